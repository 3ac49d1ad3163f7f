import { AGE_BANDS, SEXES } from '@konsil/shared';
import {
  asArray,
  asString,
  codingsOf,
  type FhirRecord,
  isRecord,
  type NoteReason,
  type PathNote,
  SYSTEMS,
} from './fhirValues';

type AgeBand = (typeof AGE_BANDS)[number];
type Sex = (typeof SEXES)[number];

/** What survives pseudonymisation of the Patient: never a name, address, contact or birth date. */
export interface PseudonymousPatient {
  sex: Sex | null;
  /** Kept only in memory to compute the age at diagnosis; never returned. */
  birthDate: string | null;
  homeReference: string | null;
}

const DROP_REASONS: Record<string, NoteReason> = {
  name: { code: 'patient_name_dropped', reason: 'Patient name is never imported' },
  address: { code: 'patient_address_dropped', reason: 'Patient address is never imported' },
  telecom: {
    code: 'patient_telecom_dropped',
    reason: 'Patient phone numbers and e-mail are never imported',
  },
  birthDate: {
    code: 'patient_birth_date_dropped',
    reason: 'Birth date is never imported; it only gives the age at diagnosis',
  },
  photo: { code: 'patient_photo_dropped', reason: 'Patient photo is never imported' },
  contact: { code: 'patient_contact_dropped', reason: 'Contact persons are never imported' },
  text: {
    code: 'patient_narrative_dropped',
    reason: 'The narrative may name the patient; it is never imported',
  },
};
const OTHER_PATIENT_DATA: NoteReason = {
  code: 'patient_element_dropped',
  reason: 'Identifying patient data is never imported',
};
/** Longest home record number a case keeps (the shared schema's limit). */
const RECORD_NUMBER_MAX = 64;
/** Fields of Patient that carry no identity or are read explicitly. */
const KEPT_FIELDS = new Set(['resourceType', 'id', 'meta', 'gender', 'identifier', 'active']);

/**
 * The home institution's record number: the identifier of the configured system
 * when the institution has one, otherwise the one identifier typed `MR`
 * (HL7 v2 table 0203). Every other identifier is dropped.
 */
export function pseudonymisePatient(
  patient: FhirRecord,
  path: string,
  options: { homeRecordNumberSystem?: string },
  dropped: PathNote[],
): PseudonymousPatient {
  for (const key of Object.keys(patient)) {
    if (KEPT_FIELDS.has(key)) continue;
    dropped.push({ path: `${path}.${key}`, ...(DROP_REASONS[key] ?? OTHER_PATIENT_DATA) });
  }

  const identifiers = asArray(patient.identifier);
  const candidates = identifiers.flatMap((identifier, index) => {
    if (!isRecord(identifier)) return [];
    const value = asString(identifier.value);
    if (value === null) return [];
    const system = asString(identifier.system);
    const isHome = options.homeRecordNumberSystem
      ? system === options.homeRecordNumberSystem
      : codingsOf(identifier.type).some(
          (coding) => coding.system === SYSTEMS.v2IdentifierType && coding.code === 'MR',
        );
    return isHome ? [{ index, value }] : [];
  });
  const distinct = new Set(candidates.map((candidate) => candidate.value));
  const home =
    distinct.size === 1 && candidates[0] && candidates[0].value.length <= RECORD_NUMBER_MAX
      ? candidates[0]
      : null;

  const identifierDropReason = (index: number): NoteReason => {
    if (!candidates.some((candidate) => candidate.index === index))
      return {
        code: 'identifier_dropped',
        reason: 'Identifiers other than the home record number are never imported',
      };
    if (distinct.size > 1)
      return {
        code: 'record_number_ambiguous',
        reason:
          'Several home record numbers; none is imported (configure the institution’s record-number system)',
      };
    return {
      code: 'record_number_too_long',
      params: { max: RECORD_NUMBER_MAX },
      reason: `Record number longer than ${RECORD_NUMBER_MAX} characters is not imported`,
    };
  };
  for (const [index] of identifiers.entries()) {
    if (home && candidates.some((candidate) => candidate.index === index)) continue;
    dropped.push({ path: `${path}.identifier[${index}]`, ...identifierDropReason(index) });
  }

  const gender = asString(patient.gender);
  const birthDate = asString(patient.birthDate);
  return {
    sex: SEXES.find((sex) => sex === gender) ?? null,
    birthDate: birthDate && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(birthDate) ? birthDate : null,
    homeReference: home?.value ?? null,
  };
}

/** Whole years between two calendar dates (YYYY-MM-DD). */
export function yearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const hadBirthday = tm > fm || (tm === fm && td >= fd);
  return ty - fy - (hadBirthday ? 0 : 1);
}

export function ageBandOf(years: number): AgeBand {
  if (years < 18) return '0-17';
  if (years < 40) return '18-39';
  if (years >= 80) return '80+';
  const decade = Math.floor(years / 10) * 10;
  return AGE_BANDS.find((band) => band === `${decade}-${decade + 9}`) ?? '80+';
}

/**
 * Age at diagnosis from the birth date. A partial birth date (year or month)
 * gives a band only when every possible day falls into the same band.
 */
export function ageAtDiagnosis(
  birthDate: string,
  diagnosedOn: string,
  mode: 'years' | 'band',
): { ageYears: number | null; ageBand: AgeBand | null } | null {
  const [year, month, day] = birthDate.split('-');
  const earliest = `${year}-${month ?? '01'}-${day ?? '01'}`;
  const latest = `${year}-${month ?? '12'}-${day ?? (month ? '28' : '31')}`;
  const oldest = yearsBetween(earliest, diagnosedOn);
  const youngest = yearsBetween(latest, diagnosedOn);
  if (youngest < 0 || oldest > 120) return null;
  if (mode === 'years' && oldest === youngest) return { ageYears: oldest, ageBand: null };
  const band = ageBandOf(oldest);
  return band === ageBandOf(youngest) ? { ageYears: null, ageBand: band } : null;
}
