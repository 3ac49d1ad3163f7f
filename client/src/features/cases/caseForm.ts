import {
  AGE_BANDS,
  assessReadiness,
  type CaseDetail,
  type CreateCaseInput,
  CreateCaseInputSchema,
  type DiagnosisSystem,
  futureDateIssues,
  isLungCode,
  type Locale,
  type Readiness,
  type TnmAxis,
  type TnmEdition,
  type TnmPrefix,
} from '@konsil/shared';

/** Rows of repeatable sections carry a key so React keeps focus on the right row. */
interface Row {
  key: string;
}
export interface BiomarkerRow extends Row {
  name: string;
  result: string;
}
export interface TherapyRow extends Row {
  description: string;
  startedOn: string;
  endedOn: string;
}
export interface ReferenceRow extends Row {
  kind: 'imaging' | 'pathology';
  description: string;
  date: string;
  dicomStudyUid: string;
  url: string;
}
export interface PromRow extends Row {
  instrument: string;
  scale: string;
  date: string;
  score: string;
}
export interface TnmValue {
  prefix: TnmPrefix;
  /** '' while not chosen. */
  category: string;
}

/** The case form as typed; `caseContent` turns it into the contract's shape. */
export interface CaseFormValues {
  presenterId: string;
  ageMode: 'years' | 'band';
  ageYears: string;
  ageBand: string;
  sex: string;
  diagnosis: {
    system: DiagnosisSystem;
    code: string;
    text: string;
    topography: string;
    morphology: string;
    laterality: string;
    diagnosedOn: string;
  };
  staging: {
    notApplicable: boolean;
    edition: '' | TnmEdition;
    t: TnmValue;
    n: TnmValue;
    m: TnmValue;
    uiccStage: string;
    grade: string;
  };
  biomarkers: BiomarkerRow[];
  ecog: string;
  comorbidities: string;
  priorTherapies: TherapyRow[];
  references: ReferenceRow[];
  proms: PromRow[];
  question: string;
  consent: boolean;
  homeReference: string;
}

export const TNM_AXES: readonly TnmAxis[] = ['t', 'n', 'm'];

let rowCounter = 0;
export function rowKey(): string {
  rowCounter += 1;
  return `row-${rowCounter}`;
}

export const emptyBiomarker = (): BiomarkerRow => ({ key: rowKey(), name: '', result: '' });
export const emptyTherapy = (): TherapyRow => ({
  key: rowKey(),
  description: '',
  startedOn: '',
  endedOn: '',
});
export const emptyReference = (): ReferenceRow => ({
  key: rowKey(),
  kind: 'imaging',
  description: '',
  date: '',
  dicomStudyUid: '',
  url: '',
});
export const emptyProm = (): PromRow => ({
  key: rowKey(),
  instrument: '',
  scale: '',
  date: '',
  score: '',
});

/** Korean centres code diagnoses in KCD-8, German and Austrian ones in ICD-10-GM. */
export function defaultDiagnosisSystem(locale: Locale): DiagnosisSystem {
  return locale === 'ko' ? 'KCD' : 'ICD-10-GM';
}

/** Lung cancer is staged with the 9th TNM edition since 2025; other sites still with the 8th. */
export function suggestedEdition(icd10Code: string): TnmEdition | null {
  return isLungCode(icd10Code.trim().toUpperCase()) ? '9' : null;
}

/** Typing a lung code into a case without an edition chooses the 9th; a chosen one stays. */
export function withSuggestedEdition(values: CaseFormValues): CaseFormValues {
  const edition = suggestedEdition(values.diagnosis.code);
  if (values.staging.edition !== '' || !edition) return values;
  return { ...values, staging: { ...values.staging, edition } };
}

export function emptyCaseValues(locale: Locale, presenterId: string | null): CaseFormValues {
  const tnm = (): TnmValue => ({ prefix: 'c', category: '' });
  return {
    presenterId: presenterId ?? '',
    ageMode: 'years',
    ageYears: '',
    ageBand: '',
    sex: '',
    diagnosis: {
      system: defaultDiagnosisSystem(locale),
      code: '',
      text: '',
      topography: '',
      morphology: '',
      laterality: '',
      diagnosedOn: '',
    },
    staging: {
      notApplicable: false,
      edition: '',
      t: tnm(),
      n: tnm(),
      m: tnm(),
      uiccStage: '',
      grade: '',
    },
    biomarkers: [],
    ecog: '',
    comorbidities: '',
    priorTherapies: [],
    references: [],
    proms: [],
    question: '',
    consent: false,
    homeReference: '',
  };
}

export function caseValues(detail: CaseDetail, locale: Locale): CaseFormValues {
  const empty = emptyCaseValues(locale, detail.presenter?.id ?? null);
  const tnm = (value: CaseDetail['staging']['t']): TnmValue =>
    value ? { prefix: value.prefix, category: value.category } : { prefix: 'c', category: '' };
  const text = (value: string | null | undefined) => value ?? '';
  return {
    ...empty,
    ageMode: detail.ageBand !== null ? 'band' : 'years',
    ageYears: detail.ageYears === null ? '' : String(detail.ageYears),
    ageBand: text(detail.ageBand),
    sex: text(detail.sex),
    diagnosis: {
      system: detail.diagnosis.icd10?.system ?? empty.diagnosis.system,
      code: text(detail.diagnosis.icd10?.code),
      text: text(detail.diagnosis.icd10?.text),
      topography: text(detail.diagnosis.topography),
      morphology: text(detail.diagnosis.morphology),
      laterality: text(detail.diagnosis.laterality),
      diagnosedOn: text(detail.diagnosis.diagnosedOn),
    },
    staging: {
      notApplicable: detail.staging.notApplicable,
      edition: detail.staging.edition ?? '',
      t: tnm(detail.staging.t),
      n: tnm(detail.staging.n),
      m: tnm(detail.staging.m),
      uiccStage: text(detail.staging.uiccStage),
      grade: text(detail.staging.grade),
    },
    biomarkers: detail.biomarkers.map((entry) => ({ key: rowKey(), ...entry })),
    ecog: detail.ecog === null ? '' : String(detail.ecog),
    comorbidities: detail.comorbidities,
    priorTherapies: detail.priorTherapies.map((entry) => ({
      key: rowKey(),
      description: entry.description,
      startedOn: text(entry.startedOn),
      endedOn: text(entry.endedOn),
    })),
    references: detail.references.map((entry) => ({
      key: rowKey(),
      kind: entry.kind,
      description: entry.description,
      date: text(entry.date),
      dicomStudyUid: text(entry.dicomStudyUid),
      url: text(entry.url),
    })),
    proms: detail.proms.map((entry) => ({
      key: rowKey(),
      instrument: entry.instrument,
      scale: entry.scale,
      date: entry.date,
      score: String(entry.score),
    })),
    question: detail.question,
    consent: detail.consent,
    homeReference: text(detail.homeReference),
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** A number as typed, or NaN for anything else so the schema reports the field. */
function numberOrNull(value: string): number | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function isBlank(row: object): boolean {
  return Object.entries(row).every(
    ([key, value]) => key === 'key' || key === 'kind' || String(value).trim() === '',
  );
}

/**
 * Rows left completely empty are dropped before saving, so that the positions in error paths
 * ("proms.2.date") are the positions of the rows on screen. Partly filled rows stay, so
 * validation can point at what is missing.
 */
export function withoutBlankRows(values: CaseFormValues): CaseFormValues {
  return {
    ...values,
    biomarkers: values.biomarkers.filter((row) => !isBlank(row)),
    priorTherapies: values.priorTherapies.filter((row) => !isBlank(row)),
    references: values.references.filter((row) => !isBlank(row)),
    proms: values.proms.filter((row) => !isBlank(row)),
  };
}

/** The case in the contract's shape, not yet validated. */
export function caseContent(values: CaseFormValues) {
  const { diagnosis, staging } = values;
  const hasIcd10 = diagnosis.code.trim() !== '' || diagnosis.text.trim() !== '';
  const tnm = (axis: TnmAxis) => {
    const value = staging[axis];
    return value.category === '' ? null : { prefix: value.prefix, category: value.category };
  };
  const isStaged = !staging.notApplicable;
  return {
    presenterId: orNull(values.presenterId),
    ageYears: values.ageMode === 'years' ? numberOrNull(values.ageYears) : null,
    ageBand:
      values.ageMode === 'band' && (AGE_BANDS as readonly string[]).includes(values.ageBand)
        ? (values.ageBand as (typeof AGE_BANDS)[number])
        : null,
    sex: orNull(values.sex),
    diagnosis: {
      icd10: hasIcd10
        ? {
            system: diagnosis.system,
            code: diagnosis.code.trim().toUpperCase(),
            text: diagnosis.text.trim(),
          }
        : null,
      topography: orNull(diagnosis.topography.toUpperCase()),
      morphology: orNull(diagnosis.morphology),
      laterality: orNull(diagnosis.laterality),
      diagnosedOn: orNull(diagnosis.diagnosedOn),
    },
    staging: {
      notApplicable: staging.notApplicable,
      edition: isStaged && staging.edition !== '' ? staging.edition : null,
      t: isStaged ? tnm('t') : null,
      n: isStaged ? tnm('n') : null,
      m: isStaged ? tnm('m') : null,
      uiccStage: isStaged ? orNull(staging.uiccStage) : null,
      grade: orNull(staging.grade),
    },
    biomarkers: values.biomarkers.map((row) => ({
      name: row.name.trim(),
      result: row.result.trim(),
    })),
    ecog: numberOrNull(values.ecog),
    comorbidities: values.comorbidities.trim(),
    priorTherapies: values.priorTherapies.map((row) => ({
      description: row.description.trim(),
      startedOn: orNull(row.startedOn),
      endedOn: orNull(row.endedOn),
    })),
    references: values.references.map((row) => ({
      kind: row.kind,
      description: row.description.trim(),
      date: orNull(row.date),
      dicomStudyUid: orNull(row.dicomStudyUid),
      url: orNull(row.url),
    })),
    proms: values.proms.map((row) => ({
      instrument: row.instrument.trim(),
      scale: row.scale.trim(),
      date: row.date,
      score: numberOrNull(row.score),
    })),
    question: values.question.trim(),
    consent: values.consent,
    homeReference: orNull(values.homeReference),
  };
}

/** Readiness as the board will judge it, live while the form is being filled in. */
export function liveReadiness(values: CaseFormValues): Readiness {
  const content = caseContent(values);
  return assessReadiness({
    diagnosis: { ...content.diagnosis, laterality: null, diagnosedOn: null },
    staging: {
      ...content.staging,
      uiccStage: null,
      grade: null,
    },
    ecog: content.ecog !== null && Number.isInteger(content.ecog) ? content.ecog : null,
    question: content.question,
    consent: content.consent,
    biomarkers: content.biomarkers,
  });
}

/**
 * Only the dates of the content, in the shape futureDateIssues reads: the rest of an unvalidated
 * form need not match the contract for its dates to be checked.
 */
function datedContent(
  content: ReturnType<typeof caseContent>,
): Parameters<typeof futureDateIssues>[0] {
  return {
    diagnosis: {
      icd10: null,
      topography: null,
      morphology: null,
      laterality: null,
      diagnosedOn: content.diagnosis.diagnosedOn,
    },
    priorTherapies: content.priorTherapies,
    references: content.references.map((row) => ({ ...row, dicomStudyUid: null, url: null })),
    proms: content.proms.map((row) => ({ ...row, score: 0 })),
  };
}

export type CaseValidation =
  | { success: true; data: CreateCaseInput }
  | { success: false; paths: string[] };

/**
 * Checks the content with the shared schema. Dates in the future are refused too, judged in the
 * submitter's zone (`today`), as the server does.
 */
export function validateCase(values: CaseFormValues, today: string): CaseValidation {
  // Expects rows already passed through withoutBlankRows, so positions match the screen.
  const content = caseContent(values);
  const parsed = CreateCaseInputSchema.safeParse(content);
  const paths = parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'));
  // Dates are checked even when other fields are invalid, so every problem shows at once.
  paths.push(...futureDateIssues(datedContent(content), today).map((issue) => issue.path));
  if (parsed.success && paths.length === 0) return { success: true, data: parsed.data };
  return { success: false, paths };
}
