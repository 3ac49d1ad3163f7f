import { randomInt } from 'node:crypto';
import type { CaseContent, CaseDetail, UpdateCaseInput } from '@konsil/shared';
import type { DemoInstitutionCode } from '../storage/seed/demoUsers';

/** A home-institution reference (MRN) unique enough to search for in raw responses. */
export const newMrn = (home: DemoInstitutionCode = 'CCCC') =>
  `${home === 'SCCC' ? 'SMC' : 'CHA'}-MRN-${randomInt(10_000_000, 99_999_999)}`;

/** How each home institution codes lung cancer: ICD-10-GM in Berlin (and Vienna), KCD-8 in Seoul. */
const LUNG_DIAGNOSIS = {
  CCCC: { system: 'ICD-10-GM', text: 'Bösartige Neubildung: Oberlappen (-Bronchus)' },
  SCCC: { system: 'KCD', text: '상엽, 기관지 또는 폐의 악성 신생물' },
  VCCC: { system: 'ICD-10-GM', text: 'Bösartige Neubildung: Oberlappen (-Bronchus)' },
} as const;

const QUESTION = {
  CCCC: 'Neoadjuvante Chemoimmuntherapie und Resektion oder definitive Radiochemotherapie?',
  SCCC: '수술 전 항암면역치료 후 절제술 또는 근치적 항암방사선치료?',
  VCCC: 'Neoadjuvante Chemoimmuntherapie oder definitive Radiochemotherapie?',
} as const;

/**
 * A complete NSCLC case as its home institution submits it: adenocarcinoma of
 * the right upper lobe, TNM 9 cT2a cN2b cM0, UICC IIIB, ECOG 1, biomarkers,
 * imaging and pathology references and a PROM trend. Dates lie before the fake
 * clock's start (2026-12-03).
 */
export function lungCase(
  home: DemoInstitutionCode = 'CCCC',
  overrides: Partial<CaseContent> = {},
): CaseContent {
  return {
    presenterId: null,
    ageYears: 64,
    ageBand: null,
    sex: 'female',
    diagnosis: {
      icd10: { ...LUNG_DIAGNOSIS[home], code: 'C34.1' },
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
      { name: 'EGFR', result: 'Wildtyp (NGS)' },
      { name: 'ALK', result: 'negativ (IHC D5F3)' },
      { name: 'PD-L1 TPS', result: '60 %' },
      { name: 'KRAS', result: 'G12C' },
    ],
    ecog: 1,
    comorbidities: 'COPD GOLD 2, arterielle Hypertonie',
    priorTherapies: [],
    references: [
      {
        kind: 'imaging',
        description: 'PET-CT Thorax/Abdomen',
        date: '2026-10-12',
        dicomStudyUid: '1.2.840.113619.2.55.3.604688119.971.1717500000.1',
        url: null,
      },
      {
        kind: 'pathology',
        description: 'EBUS-TBNA Station 4R und 7',
        date: '2026-10-02',
        dicomStudyUid: null,
        url: 'https://pacs.example.org/studies/4711',
      },
    ],
    proms: [
      {
        instrument: 'EORTC QLQ-C30',
        scale: 'Global health status',
        date: '2026-10-05',
        score: 66.7,
      },
      {
        instrument: 'EORTC QLQ-C30',
        scale: 'Global health status',
        date: '2026-11-20',
        score: 58.3,
      },
      { instrument: 'EORTC QLQ-C30', scale: 'Dyspnoea', date: '2026-11-20', score: 33.3 },
    ],
    question: QUESTION[home],
    consent: true,
    homeReference: newMrn(home),
    ...overrides,
  };
}

/** The lung case of `home` with parts of its diagnosis changed. */
export function withDiagnosis(
  home: DemoInstitutionCode,
  changes: Partial<CaseContent['diagnosis']>,
): CaseContent {
  const content = lungCase(home);
  return { ...content, diagnosis: { ...content.diagnosis, ...changes } };
}

/** The Berlin lung case with parts of its staging changed. */
export function withStaging(changes: Partial<CaseContent['staging']>): CaseContent {
  const content = lungCase('CCCC');
  return { ...content, staging: { ...content.staging, ...changes } };
}

/** The same patient before staging, ECOG and the question for the board were filled in. */
export function incompleteLungCase(
  home: DemoInstitutionCode = 'CCCC',
  overrides: Partial<CaseContent> = {},
): CaseContent {
  return lungCase(home, {
    staging: {
      notApplicable: false,
      edition: null,
      t: null,
      n: null,
      m: null,
      uiccStage: null,
      grade: null,
    },
    ecog: null,
    question: '',
    ...overrides,
  });
}

/** The body that replaces a case with `content` (PUT), guarded by `version`. */
export function caseUpdate(content: CaseContent, version: number): UpdateCaseInput {
  return { ...content, version };
}

/** The content a client would send back after loading `detail` (its form round-trips). */
export function contentOf(detail: CaseDetail): CaseContent {
  const { icd10, icdO3Version: _icdO3Version, ...diagnosis } = detail.diagnosis;
  return {
    presenterId: detail.presenter?.id ?? null,
    ageYears: detail.ageYears,
    ageBand: detail.ageBand,
    sex: detail.sex,
    diagnosis: {
      ...diagnosis,
      icd10: icd10 ? { system: icd10.system, code: icd10.code, text: icd10.text } : null,
    },
    staging: detail.staging,
    biomarkers: detail.biomarkers,
    ecog: detail.ecog,
    comorbidities: detail.comorbidities,
    priorTherapies: detail.priorTherapies,
    references: detail.references,
    proms: detail.proms,
    question: detail.question,
    consent: detail.consent,
    homeReference: detail.homeReference ?? null,
  };
}
