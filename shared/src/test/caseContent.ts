import type { CaseContent } from '../schemas/case';

/** A complete NSCLC case (TNM 9) to vary in tests. */
export function completeLungCase(overrides: Partial<CaseContent> = {}): CaseContent {
  return {
    presenterId: null,
    ageYears: 64,
    ageBand: null,
    sex: 'female',
    diagnosis: {
      icd10: { system: 'ICD-10-GM', code: 'C34.1', text: 'Adenokarzinom Oberlappen rechts' },
      topography: 'C34.1',
      morphology: '8140/3',
      laterality: 'right',
      diagnosedOn: '2026-10-02',
    },
    staging: {
      notApplicable: false,
      edition: '9',
      t: { prefix: 'c', category: 'T2a' },
      n: { prefix: 'c', category: 'N2b' },
      m: { prefix: 'c', category: 'M0' },
      uiccStage: 'IIIB',
      grade: 'G2',
    },
    biomarkers: [
      { name: 'EGFR', result: 'exon 19 deletion' },
      { name: 'PD-L1 TPS', result: '60 %' },
      { name: 'ALK', result: 'negative' },
    ],
    ecog: 1,
    comorbidities: 'COPD GOLD 2',
    priorTherapies: [],
    references: [],
    proms: [
      {
        instrument: 'EORTC QLQ-C30',
        scale: 'Global health status',
        date: '2026-10-05',
        score: 58.3,
      },
    ],
    question: 'Neoadjuvante Osimertinib-Therapie oder definitive Radiochemotherapie?',
    consent: true,
    homeReference: 'CH-4711-0815',
    ...overrides,
  };
}
