import { describe, expect, it } from 'vitest';
import { completeLungCase } from '../test/caseContent';
import { CaseContentSchema, CreateCaseInputSchema } from './case';

function failingPaths(input: unknown): string[] {
  const result = CaseContentSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.')).sort();
}

describe('CaseContentSchema', () => {
  it('accepts a complete lung case staged with TNM 9', () => {
    expect(failingPaths(completeLungCase())).toEqual([]);
  });

  it('checks the shape of ICD-10, ICD-O-3 topography and morphology', () => {
    const input = completeLungCase();
    const bad = {
      ...input,
      diagnosis: {
        ...input.diagnosis,
        icd10: { system: 'ICD-10-GM', code: 'C341', text: 'x' },
        topography: 'C34',
        morphology: '8140',
      },
    };
    expect(failingPaths(bad)).toEqual([
      'diagnosis.icd10.code',
      'diagnosis.morphology',
      'diagnosis.topography',
    ]);
  });

  it('normalises codes to upper case', () => {
    const input = completeLungCase();
    const parsed = CaseContentSchema.parse({
      ...input,
      diagnosis: {
        ...input.diagnosis,
        icd10: { system: 'KCD', code: 'c34.1', text: '폐암' },
        topography: 'c34.1',
      },
    });
    expect(parsed.diagnosis.icd10?.code).toBe('C34.1');
    expect(parsed.diagnosis.topography).toBe('C34.1');
  });

  it('takes TNM categories from the chosen edition for lung cancer', () => {
    const input = completeLungCase();
    const m1c1 = { ...input.staging, m: { prefix: 'c' as const, category: 'M1c1' } };
    expect(failingPaths({ ...input, staging: m1c1 })).toEqual([]);
    expect(failingPaths({ ...input, staging: { ...m1c1, edition: '8' } })).toEqual([
      'staging.m.category',
      'staging.n.category',
    ]);
    expect(
      failingPaths({
        ...input,
        staging: { ...input.staging, edition: '8', n: { prefix: 'c', category: 'N2' } },
      }),
    ).toEqual([]);
  });

  it('accepts the general subdivisions for other sites', () => {
    const input = completeLungCase();
    const breast = {
      ...input,
      diagnosis: {
        ...input.diagnosis,
        icd10: { system: 'ICD-10-GM' as const, code: 'C50.4', text: 'Mamma-Ca' },
      },
      staging: {
        ...input.staging,
        edition: '8' as const,
        t: { prefix: 'p' as const, category: 'T1c' },
        n: { prefix: 'p' as const, category: 'N1a' },
      },
    };
    expect(failingPaths(breast)).toEqual([]);
    expect(
      failingPaths({
        ...breast,
        staging: { ...breast.staging, t: { prefix: 'p', category: 'T9' } },
      }),
    ).toEqual(['staging.t.category']);
  });

  it('asks for the edition once categories are given, and for ECOG 0–5, scores 0–100, one kind of age', () => {
    const input = completeLungCase();
    expect(failingPaths({ ...input, staging: { ...input.staging, edition: null } })).toEqual([
      'staging.edition',
    ]);
    expect(failingPaths({ ...input, ecog: 6 })).toEqual(['ecog']);
    expect(failingPaths({ ...input, proms: [{ ...input.proms[0], score: 101 }] })).toEqual([
      'proms.0.score',
    ]);
    expect(failingPaths({ ...input, ageBand: '60-69' })).toEqual(['ageBand']);
  });

  it('bounds free text and checks DICOM UIDs and links', () => {
    const input = completeLungCase();
    const reference = {
      kind: 'imaging',
      description: 'CT Thorax',
      date: null,
      dicomStudyUid: '1.2.abc',
      url: 'javascript:alert(1)',
    };
    expect(failingPaths({ ...input, question: 'x'.repeat(2001), references: [reference] })).toEqual(
      ['question', 'references.0.dicomStudyUid', 'references.0.url'],
    );
  });

  it('lets staging be explicitly not applicable', () => {
    const input = completeLungCase();
    const staging = {
      notApplicable: true,
      edition: null,
      t: null,
      n: null,
      m: null,
      uiccStage: null,
      grade: null,
    };
    expect(failingPaths({ ...input, staging })).toEqual([]);
  });

  it('defaults the allotted minutes of a new case', () => {
    expect(CreateCaseInputSchema.parse(completeLungCase()).allottedMinutes).toBe(5);
  });
});
