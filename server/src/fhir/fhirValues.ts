/**
 * Small readers for untrusted FHIR JSON. Nothing here trusts a shape: every
 * reader checks the type and returns null (or an empty list) when it does not fit.
 */
import type { FhirImportReasonCode } from '@konsil/shared';

export type FhirRecord = Record<string, unknown>;

/**
 * One finding with the FHIR path it came from, e.g. `Bundle.entry[2].resource.code`: the reason's
 * id and parameters for the reader's language, and the same in English (`reason`, which API users
 * read). Parameters never carry a value from the Patient.
 */
export type PathNote = { path: string } & NoteReason;

/** What a note says, without its path: the reason's id, its parameters and the English sentence. */
export type NoteReason = FhirImportReasonCode & { reason: string };

export interface Coding {
  system: string | null;
  version: string | null;
  code: string | null;
  display: string | null;
}

export const SYSTEMS = {
  loinc: 'http://loinc.org',
  snomed: 'http://snomed.info/sct',
  icdO3: ['http://terminology.hl7.org/CodeSystem/icd-o-3', 'urn:oid:2.16.840.1.113883.6.43.1'],
  uicc: 'https://www.uicc.org/resources/tnm',
  ajcc: 'http://cancerstaging.org',
  miiLaterality:
    'https://www.medizininformatik-initiative.de/fhir/ext/modul-onko/CodeSystem/mii-cs-onko-seitenlokalisation',
  v2IdentifierType: 'http://terminology.hl7.org/CodeSystem/v2-0203',
  v2DiagnosticService: 'http://terminology.hl7.org/CodeSystem/v2-0074',
  dicomUid: 'urn:dicom:uid',
} as const;

export function isRecord(value: unknown): value is FhirRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function codingsOf(concept: unknown): Coding[] {
  if (!isRecord(concept)) return [];
  return asArray(concept.coding)
    .filter(isRecord)
    .map((coding) => ({
      system: asString(coding.system),
      version: asString(coding.version),
      code: asString(coding.code),
      display: asString(coding.display),
    }));
}

export function findCoding(concept: unknown, systems: string | readonly string[]): Coding | null {
  const wanted: readonly string[] = typeof systems === 'string' ? [systems] : systems;
  return (
    codingsOf(concept).find(
      (coding) => coding.system !== null && coding.code !== null && wanted.includes(coding.system),
    ) ?? null
  );
}

export function hasCode(concept: unknown, system: string, codes: readonly string[]): boolean {
  return codingsOf(concept).some(
    (coding) => coding.system === system && coding.code !== null && codes.includes(coding.code),
  );
}

/** Readable name of a CodeableConcept: its text, else the first display, else the first code. */
export function conceptText(concept: unknown): string | null {
  if (!isRecord(concept)) return null;
  const codings = codingsOf(concept);
  return (
    asString(concept.text) ??
    codings.find((coding) => coding.display)?.display ??
    codings.find((coding) => coding.code)?.code ??
    null
  );
}

/** The calendar date of a FHIR date or dateTime; null unless day precision is given. */
export function fullDate(value: unknown): string | null {
  const text = asString(value);
  const match = text ? /^(\d{4}-\d{2}-\d{2})/.exec(text) : null;
  return match?.[1] ?? null;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
