import { describe, expect, it } from 'vitest';
import { FHIR_BUNDLE_MAX_BYTES, mapBundleToCase } from './importBundle';
import { mapped, refused, resourceOf, sample } from './mapperTestKit';

describe('mapBundleToCase: refusals name the FHIR path', () => {
  it('refuses a body that is not JSON', () => {
    expect(refused(mapBundleToCase('{"resourceType": "Bundle", '))).toEqual([
      { path: '', code: 'body_not_json', reason: 'Body is not JSON' },
    ]);
  });

  it('refuses a body over the size limit before parsing it', () => {
    const big = `{"resourceType":"Bundle","entry":[],"pad":"${'x'.repeat(FHIR_BUNDLE_MAX_BYTES)}"}`;
    expect(refused(mapBundleToCase(big))).toEqual([
      {
        path: 'Bundle',
        code: 'body_too_large',
        params: { maxMegabytes: 5 },
        reason: 'Body larger than 5 MB',
      },
    ]);
  });

  it('refuses anything that is not a Bundle', () => {
    for (const input of [null, [], 'null', { resourceType: 'Patient' }])
      expect(refused(mapBundleToCase(input))[0]?.path).toBe('Bundle');
  });

  it('refuses a FHIR version other than R4', () => {
    expect(refused(mapBundleToCase({ ...sample(), fhirVersion: '5.0.0' }))).toEqual([
      {
        path: 'Bundle.fhirVersion',
        code: 'fhir_version_unsupported',
        params: { version: '5.0.0' },
        reason: 'FHIR version 5.0.0 is not supported; send R4 (4.0.1)',
      },
    ]);
    expect(refused(mapBundleToCase(sample(), { fhirVersion: '3.0' }))).toEqual([
      expect.objectContaining({
        path: 'Bundle',
        code: 'fhir_version_unsupported',
        params: { version: '3.0' },
      }),
    ]);
    expect(mapBundleToCase(sample(), { fhirVersion: '4.0' }).ok).toBe(true);
  });

  it('refuses a second Patient', () => {
    const bundle = sample();
    bundle.entry.push({ resource: { resourceType: 'Patient', id: 'other' } });
    const problems = refused(mapBundleToCase(bundle));
    expect(problems).toEqual([
      {
        path: `Bundle.entry[${bundle.entry.length - 1}].resource`,
        code: 'second_patient',
        reason: expect.stringContaining('More than one Patient'),
      },
    ]);
  });

  it('refuses a Condition coded only in an unknown system', () => {
    const bundle = sample();
    const condition = resourceOf(bundle, 'Condition', 'cond-copd');
    condition.code = { coding: [{ system: 'http://example.org/local-diagnoses', code: 'LUNG-1' }] };
    expect(refused(mapBundleToCase(bundle))).toEqual([
      {
        path: 'Bundle.entry[2].resource.code.coding',
        code: 'condition_code_system_unknown',
        reason: expect.stringContaining('Unknown code system'),
      },
    ]);
  });

  it('refuses a TNM value coded in an unknown system', () => {
    const bundle = sample();
    resourceOf(bundle, 'Observation', 'obs-ct').valueCodeableConcept = {
      coding: [{ system: 'http://example.org/tnm', code: 'T2a' }],
    };
    expect(refused(mapBundleToCase(bundle))).toEqual([
      {
        path: 'Bundle.entry[4].resource.valueCodeableConcept',
        code: 'tnm_code_system_unknown',
        params: { expected: 'https://www.uicc.org/resources/tnm, http://cancerstaging.org' },
        reason: expect.stringContaining('Unknown code system'),
      },
    ]);
  });

  it('refuses a category outside the edition’s vocabulary, naming the Observation', () => {
    const bundle = sample();
    resourceOf(bundle, 'Observation', 'obs-cn').valueCodeableConcept = {
      coding: [{ system: 'https://www.uicc.org/resources/tnm', version: '9', code: 'cN2' }],
    };
    const problems = refused(mapBundleToCase(bundle));
    expect(problems).toEqual([
      {
        path: 'Bundle.entry[5].resource',
        code: 'tnm_category_not_in_edition',
        params: { letter: 'N', edition: '9' },
        reason: expect.stringContaining('staging.n.category'),
      },
    ]);
  });

  it('refuses more biomarkers than a case holds, naming the first one too many', () => {
    const bundle = sample();
    const pdl1 = resourceOf(bundle, 'Observation', 'obs-pdl1');
    for (let index = 0; index < 28; index += 1)
      bundle.entry.push({ resource: { ...pdl1, id: `extra-${index}` } });
    const problems = refused(mapBundleToCase(bundle));
    expect(problems).toEqual([
      {
        path: `Bundle.entry[${bundle.entry.length - 1}].resource`,
        code: 'too_many_biomarkers',
        params: { max: 30 },
        reason: "More than 30 biomarkers exceed the case's limit",
      },
    ]);
  });

  it('refuses more entries than one case can hold', () => {
    const entry = Array.from({ length: 1001 }, () => ({ resource: { resourceType: 'Basic' } }));
    expect(
      refused(mapBundleToCase({ resourceType: 'Bundle', type: 'collection', entry }))[0]?.path,
    ).toBe('Bundle.entry');
  });
});

describe('mapBundleToCase: PROMs', () => {
  it('scores the EORTC QLQ-C30 response of the sample into one PROM per scale', () => {
    const { proms } = mapped(mapBundleToCase(sample())).content;
    expect(proms).toHaveLength(15);
    expect(
      proms.every((prom) => prom.instrument === 'EORTC QLQ-C30' && prom.date === '2026-11-25'),
    ).toBe(true);
    // Items 29 and 30 answered 4 and 5 of 7: (4.5 - 1) / 6 = 58.3; dyspnoea item 8 answered 3 of 4: 66.7.
    expect(proms).toContainEqual(
      expect.objectContaining({ scale: 'Global health status/QoL', score: 58.3 }),
    );
    expect(proms).toContainEqual(expect.objectContaining({ scale: 'Dyspnoea', score: 66.7 }));
    expect(proms).toContainEqual(
      expect.objectContaining({ scale: 'Physical functioning', score: 86.7 }),
    );
  });

  it('reports an unreadable answer with its FHIR path and scores nothing of that response', () => {
    const bundle = sample();
    const response = resourceOf(bundle, 'QuestionnaireResponse');
    const items = response.item as { answer: { valueCoding: Record<string, unknown> }[] }[];
    const [firstItem] = items;
    if (!firstItem?.answer[0]) throw new Error('sample response has no first answer');
    firstItem.answer[0].valueCoding.code = 'sometimes';
    const result = mapped(mapBundleToCase(bundle));
    expect(result.content.proms).toEqual([]);
    expect(result.unmapped).toContainEqual({
      path: 'Bundle.entry[16].resource.item[0].answer[0].valueCoding.code',
      code: 'qlq_c30_answer_unreadable',
      reason: expect.stringContaining('"sometimes" is not an answer to item 1'),
    });
  });

  it('lists other questionnaires as unmapped', () => {
    const bundle = sample();
    const response = resourceOf(bundle, 'QuestionnaireResponse');
    response.questionnaire = 'http://example.org/Questionnaire/phq-9';
    response.item = [{ linkId: '1', answer: [{ valueInteger: 2 }] }];
    const result = mapped(mapBundleToCase(bundle));
    expect(result.content.proms).toEqual([]);
    expect(result.unmapped).toContainEqual({
      path: 'Bundle.entry[16].resource',
      code: 'questionnaire_not_scored',
      reason: 'Only EORTC QLQ-C30 responses are scored',
    });
  });

  it('refuses more PROM scores than a case holds, once per response', () => {
    const bundle = sample();
    const response = resourceOf(bundle, 'QuestionnaireResponse');
    for (let index = 0; index < 13; index += 1)
      bundle.entry.push({ resource: { ...response, id: `qr-${index}` } });
    // 14 responses × 15 scales = 210 > 200: the 14th response is the first one too many.
    expect(refused(mapBundleToCase(bundle))).toEqual([
      {
        path: `Bundle.entry[${bundle.entry.length - 1}].resource`,
        code: 'too_many_prom_scores',
        params: { max: 200 },
        reason: "More than 200 proms exceed the case's limit",
      },
    ]);
  });
});
