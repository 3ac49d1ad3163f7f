import { describe, expect, it } from 'vitest';
import { mapBundleToCase } from './importBundle';
import { type Json, type Resource, refused, sample } from './mapperTestKit';

function indexOf(bundle: Json, type: string): number {
  const index = bundle.entry.findIndex((entry) => entry.resource.resourceType === type);
  if (index < 0) throw new Error(`sample has no ${type}`);
  return index;
}

function resourceAt(bundle: Json, index: number): Resource {
  const resource = bundle.entry[index]?.resource;
  if (!resource) throw new Error(`sample has no entry ${index}`);
  return resource;
}

/** The sample's latest clinical date is 2026-11-25 (the QLQ-C30 response). */
const DAY_AFTER_SAMPLE = '2026-11-26';

describe('mapBundleToCase: clinical dates after today', () => {
  it('accepts the sample on the day after its latest date', () => {
    expect(mapBundleToCase(sample(), { today: DAY_AFTER_SAMPLE }).ok).toBe(true);
  });

  it('refuses a diagnosis date after today by the element it came from, not by case field', () => {
    const bundle = sample();
    const at = indexOf(bundle, 'Condition');
    resourceAt(bundle, at).onsetDateTime = '2026-12-01';
    const problems = refused(mapBundleToCase(bundle, { today: DAY_AFTER_SAMPLE }));
    expect(problems).toEqual([
      {
        path: `Bundle.entry[${at}].resource.onsetDateTime`,
        code: 'date_in_future',
        params: { today: DAY_AFTER_SAMPLE },
        reason: `Date is in the future (today is ${DAY_AFTER_SAMPLE})`,
      },
    ]);
    expect(JSON.stringify(problems)).not.toContain('diagnosis.diagnosedOn');
  });

  it('names the asserted-date extension or the recorded date when the diagnosis date comes from there', () => {
    const bundle = sample();
    const at = indexOf(bundle, 'Condition');
    const condition = resourceAt(bundle, at);
    delete condition.onsetDateTime;
    const [asserted] = condition.extension as Resource[];
    if (asserted) asserted.valueDateTime = '2026-12-02';
    expect(refused(mapBundleToCase(bundle, { today: DAY_AFTER_SAMPLE }))[0]?.path).toBe(
      `Bundle.entry[${at}].resource.extension[0].valueDateTime`,
    );

    delete condition.extension;
    condition.recordedDate = '2026-12-03';
    expect(refused(mapBundleToCase(bundle, { today: DAY_AFTER_SAMPLE }))[0]?.path).toBe(
      `Bundle.entry[${at}].resource.recordedDate`,
    );
  });

  it('names the resource of a prior therapy, a reference or a PROM dated after today', () => {
    const bundle = sample();
    const procedure = indexOf(bundle, 'Procedure');
    const imaging = indexOf(bundle, 'ImagingStudy');
    const response = indexOf(bundle, 'QuestionnaireResponse');
    resourceAt(bundle, procedure).performedPeriod = { start: '2026-10-12', end: '2026-12-20' };
    resourceAt(bundle, imaging).started = '2027-01-05T09:00:00+01:00';
    resourceAt(bundle, response).authored = '2026-12-24';
    const paths = refused(mapBundleToCase(bundle, { today: DAY_AFTER_SAMPLE })).map(
      (problem) => problem.path,
    );
    expect(paths).toContain(`Bundle.entry[${procedure}].resource`);
    expect(paths).toContain(`Bundle.entry[${imaging}].resource`);
    expect(paths).toContain(`Bundle.entry[${response}].resource`);
    expect(paths.every((path) => path.startsWith('Bundle.entry['))).toBe(true);
  });

  it('leaves dates alone when no today is given (the mapper itself has no clock)', () => {
    const bundle = sample();
    resourceAt(bundle, indexOf(bundle, 'Condition')).onsetDateTime = '2030-01-01';
    expect(mapBundleToCase(bundle).ok).toBe(true);
  });
});
