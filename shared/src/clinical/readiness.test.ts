import { describe, expect, it } from 'vitest';
import { completeLungCase } from '../test/caseContent';
import { assessReadiness } from './readiness';

describe('assessReadiness', () => {
  it('is ready with diagnosis, staging, ECOG, question and consent', () => {
    expect(assessReadiness(completeLungCase())).toEqual({
      isReady: true,
      missing: [],
      warnings: [],
    });
  });

  it('names exactly what is missing', () => {
    const input = completeLungCase();
    const readiness = assessReadiness({
      ...input,
      diagnosis: { ...input.diagnosis, icd10: null },
      staging: { ...input.staging, m: null },
      ecog: null,
      question: '   ',
      consent: false,
    });
    expect(readiness.isReady).toBe(false);
    expect(readiness.missing).toEqual(['diagnosis', 'staging', 'ecog', 'question', 'consent']);
  });

  it('accepts staging that is explicitly not applicable', () => {
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
    expect(assessReadiness({ ...input, staging }).missing).toEqual([]);
  });

  it('warns about missing lung markers without blocking', () => {
    const readiness = assessReadiness(
      completeLungCase({ biomarkers: [{ name: 'PD-L1', result: '60 %' }] }),
    );
    expect(readiness).toEqual({ isReady: true, missing: [], warnings: ['lung_egfr', 'lung_alk'] });
  });

  it('does not ask for NSCLC markers in small-cell lung cancer or other sites', () => {
    const input = completeLungCase({ biomarkers: [] });
    expect(
      assessReadiness({ ...input, diagnosis: { ...input.diagnosis, morphology: '8041/3' } })
        .warnings,
    ).toEqual([]);
    const breast = {
      ...input.diagnosis,
      icd10: { system: 'ICD-10-GM' as const, code: 'C50.4', text: 'Mamma-Ca' },
    };
    expect(assessReadiness({ ...input, diagnosis: breast }).warnings).toEqual([]);
  });
});
