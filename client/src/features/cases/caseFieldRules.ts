import type { ReadinessGap } from '@konsil/shared';
import type { FieldRule } from '../../lib/fieldPaths';

export type CaseFieldHint =
  | 'presenterId'
  | 'ageYears'
  | 'ageBand'
  | 'sex'
  | 'diagnosisSystem'
  | 'icd10Code'
  | 'icd10Text'
  | 'topography'
  | 'morphology'
  | 'laterality'
  | 'pastDate'
  | 'edition'
  | 'tnmPrefix'
  | 'tnmCategory'
  | 'uiccStage'
  | 'grade'
  | 'requiredText'
  | 'tooMany'
  | 'ecog'
  | 'tooLong'
  | 'referenceKind'
  | 'dicomUid'
  | 'url'
  | 'promDate'
  | 'promScore'
  | 'homeReference';

const tnmRules = (axis: 't' | 'n' | 'm'): Record<string, FieldRule<CaseFieldHint>> => ({
  [`staging.${axis}`]: { hint: 'tnmCategory', field: `staging.${axis}.category` },
  [`staging.${axis}.prefix`]: { hint: 'tnmPrefix' },
  [`staging.${axis}.category`]: { hint: 'tnmCategory' },
});

/**
 * Where each field error of a case (from the server or the shared schema) is shown, and which
 * hint explains it. Paths are those of CreateCaseInput / UpdateCaseInput.
 */
export const CASE_FIELD_RULES: Record<string, FieldRule<CaseFieldHint>> = {
  presenterId: { hint: 'presenterId' },
  ageYears: { hint: 'ageYears' },
  ageBand: { hint: 'ageBand' },
  sex: { hint: 'sex' },
  'diagnosis.icd10': { hint: 'icd10Code', field: 'diagnosis.icd10.code' },
  'diagnosis.icd10.system': { hint: 'diagnosisSystem' },
  'diagnosis.icd10.code': { hint: 'icd10Code' },
  'diagnosis.icd10.text': { hint: 'icd10Text' },
  'diagnosis.topography': { hint: 'topography' },
  'diagnosis.morphology': { hint: 'morphology' },
  'diagnosis.laterality': { hint: 'laterality' },
  'diagnosis.diagnosedOn': { hint: 'pastDate' },
  'staging.edition': { hint: 'edition' },
  ...tnmRules('t'),
  ...tnmRules('n'),
  ...tnmRules('m'),
  'staging.uiccStage': { hint: 'uiccStage' },
  'staging.grade': { hint: 'grade' },
  biomarkers: { hint: 'tooMany' },
  'biomarkers.*.name': { hint: 'requiredText' },
  'biomarkers.*.result': { hint: 'requiredText' },
  ecog: { hint: 'ecog' },
  comorbidities: { hint: 'tooLong' },
  priorTherapies: { hint: 'tooMany' },
  'priorTherapies.*.description': { hint: 'requiredText' },
  'priorTherapies.*.startedOn': { hint: 'pastDate' },
  'priorTherapies.*.endedOn': { hint: 'pastDate' },
  references: { hint: 'tooMany' },
  'references.*.kind': { hint: 'referenceKind' },
  'references.*.description': { hint: 'requiredText' },
  'references.*.date': { hint: 'pastDate' },
  'references.*.dicomStudyUid': { hint: 'dicomUid' },
  'references.*.url': { hint: 'url' },
  proms: { hint: 'tooMany' },
  'proms.*.instrument': { hint: 'requiredText' },
  'proms.*.scale': { hint: 'requiredText' },
  'proms.*.date': { hint: 'promDate' },
  'proms.*.score': { hint: 'promScore' },
  question: { hint: 'tooLong' },
  homeReference: { hint: 'homeReference' },
};

/** The input to go to for each readiness gap. */
export const GAP_FIELDS: Record<ReadinessGap, string> = {
  diagnosis: 'diagnosis.icd10.code',
  staging: 'staging.edition',
  ecog: 'ecog',
  question: 'question',
  consent: 'consent',
};

/** DOM id of a case form input: "proms.2.date" → "case-proms-2-date". */
export function caseFieldId(path: string): string {
  return `case-${path.replace(/\./g, '-')}`;
}
