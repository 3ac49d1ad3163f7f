/**
 * Code systems and the shapes their codes take. Every stored code carries its
 * system and version so a later FHIR export can name them exactly.
 */
export const DIAGNOSIS_SYSTEMS = {
  'ICD-10-GM': { version: '2025', url: 'http://fhir.de/CodeSystem/bfarm/icd-10-gm' },
  KCD: { version: '8', url: 'urn:oid:2.16.410.100001.2.1.1.3' },
} as const;
export type DiagnosisSystem = keyof typeof DIAGNOSIS_SYSTEMS;
export const DIAGNOSIS_SYSTEM_NAMES = Object.keys(DIAGNOSIS_SYSTEMS) as DiagnosisSystem[];

export const ICD_O_VERSION = '3.2';

/** ICD-10 (GM and KCD share it): letter, two digits, optional dot and up to 2 more characters. */
export const ICD10_CODE = /^[A-Z][0-9]{2}(\.[0-9A-Z]{1,2})?$/;
/** ICD-O-3 topography: C00.0 – C80.9. */
export const ICDO3_TOPOGRAPHY = /^C[0-8][0-9]\.[0-9]$/;
/** ICD-O-3 morphology: four digits, slash, behaviour 0/1/2/3/6/9 (e.g. 8140/3). */
export const ICDO3_MORPHOLOGY = /^[89][0-9]{3}\/[012369]$/;
/** DICOM Study Instance UID: dotted numeric components, at most 64 characters. */
export const DICOM_UID = /^(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))+$/;

/** Lung and bronchus (plus trachea): staged with TNM 9 since 2025. */
export function isLungCode(icd10Code: string | null | undefined): boolean {
  return Boolean(icd10Code && /^C3[34]/.test(icd10Code));
}
