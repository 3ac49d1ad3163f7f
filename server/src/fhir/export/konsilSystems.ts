import { createHash } from 'node:crypto';

/**
 * Systems, code systems and extensions of the export. Konsil's own live under one base URL;
 * everything else is a published system the importer also reads.
 */
export const KONSIL_BASE = 'https://konsil.example/fhir';

export const KONSIL = {
  pseudonym: `${KONSIL_BASE}/sid/case-pseudonym`,
  caseId: `${KONSIL_BASE}/sid/case`,
  export: `${KONSIL_BASE}/sid/export`,
  minutesHash: `${KONSIL_BASE}/sid/minutes-content-hash`,
  trialRegistryId: `${KONSIL_BASE}/sid/trial-registry-id`,
  caseOutcome: `${KONSIL_BASE}/CodeSystem/case-outcome`,
  modality: `${KONSIL_BASE}/CodeSystem/treatment-modality`,
  intent: `${KONSIL_BASE}/CodeSystem/treatment-intent`,
  guidelineBody: `${KONSIL_BASE}/CodeSystem/guideline-body`,
  position: `${KONSIL_BASE}/CodeSystem/position`,
  boardItem: `${KONSIL_BASE}/CodeSystem/board-item`,
  grade: `${KONSIL_BASE}/CodeSystem/tumor-grade`,
} as const;

const extension = (name: string) => `${KONSIL_BASE}/StructureDefinition/${name}`;

export const KONSIL_EXTENSION = {
  recommendationVersion: extension('recommendation-version'),
  treatmentIntent: extension('treatment-intent'),
  guideline: extension('guideline'),
  guidelineConcordance: extension('guideline-concordance'),
  trialReferral: extension('trial-referral'),
  rePresent: extension('re-present'),
  positionCounted: extension('position-counted'),
  minutesVersion: extension('minutes-version'),
  tumorGrade: extension('tumor-grade'),
  stagingNotApplicable: extension('staging-not-applicable'),
  referenceUrl: extension('reference-url'),
} as const;

export const SYSTEM = {
  loinc: 'http://loinc.org',
  snomed: 'http://snomed.info/sct',
  icdO3: 'http://terminology.hl7.org/CodeSystem/icd-o-3',
  uicc: 'https://www.uicc.org/resources/tnm',
  miiLaterality:
    'https://www.medizininformatik-initiative.de/fhir/ext/modul-onko/CodeSystem/mii-cs-onko-seitenlokalisation',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  v2IdentifierType: 'http://terminology.hl7.org/CodeSystem/v2-0203',
  v2DiagnosticService: 'http://terminology.hl7.org/CodeSystem/v2-0074',
  dicomUid: 'urn:dicom:uid',
} as const;

/**
 * SNOMED CT 720006006 |Cancer care review (procedure)|: the code the CH UMZH Connect IG uses for
 * a sarcoma tumor board (referral category, the board's service type). 312384001 |Multidisciplinary assessment| is the category the
 * ICHOM Breast Cancer IG gives a treatment plan recommended by a multidisciplinary team.
 */
export const TUMOR_BOARD_REVIEW = {
  system: SYSTEM.snomed,
  code: '720006006',
  display: 'Cancer care review (procedure)',
} as const;
export const MULTIDISCIPLINARY_ASSESSMENT = {
  system: SYSTEM.snomed,
  code: '312384001',
  display: 'Multidisciplinary assessment',
} as const;

/**
 * A UUID derived from what a resource is about (e.g. a case id and "condition"), so the same
 * case exports with the same resource ids and references every time.
 */
export function stableUuid(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000'), 'utf8').digest('hex');
  // Version 8 (custom) with the RFC 4122 variant bits, so it parses as any UUID.
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export type FhirResource = { resourceType: string; id: string } & Record<string, unknown>;

/** The reference to a resource of the same bundle (its fullUrl). */
export const referenceTo = (resource: FhirResource) => ({ reference: `urn:uuid:${resource.id}` });

/** The `Extension` shapes the export writes. */
export const valueExtension = (url: string, value: Record<string, unknown>) => ({ url, ...value });
