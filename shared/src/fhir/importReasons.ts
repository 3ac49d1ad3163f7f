import { z } from 'zod';

/**
 * Why the FHIR import dropped, left unmapped or refused an element of a bundle: one stable id
 * per kind of reason, with the names of the parameters its text takes. The server sends the id
 * next to its English sentence; clients show their own text for the id in the reader's language
 * and fall back to the English sentence only for an id they do not know yet.
 *
 * Parameters never carry a value from the Patient: only versions, counts, item numbers, resource
 * types, TNM letters, dates of the importer's calendar and FHIR paths.
 */
export const FHIR_IMPORT_REASON_PARAMS = {
  // The body and the bundle as a whole.
  body_too_large: ['maxMegabytes'],
  body_not_json: [],
  not_a_bundle: [],
  fhir_version_unsupported: ['version'],
  bundle_type_unsupported: ['bundleType'],
  entry_not_a_list: [],
  too_many_entries: ['max'],
  entry_without_resource: [],
  second_patient: [],
  // The Patient: dropped at the door.
  patient_name_dropped: [],
  patient_address_dropped: [],
  patient_telecom_dropped: [],
  patient_birth_date_dropped: [],
  patient_photo_dropped: [],
  patient_contact_dropped: [],
  patient_narrative_dropped: [],
  patient_element_dropped: [],
  identifier_dropped: [],
  record_number_ambiguous: [],
  record_number_too_long: ['max'],
  birth_date_unusable: [],
  age_needs_diagnosis_date: [],
  // Other resources never imported or not used.
  resource_never_imported: ['resourceType'],
  resource_not_used: ['resourceType'],
  // Conditions.
  condition_code_system_unknown: [],
  condition_not_asserted: [],
  cancer_diagnosis_uncoded: [],
  second_cancer_diagnosis: [],
  diagnosis_version_differs: ['system', 'version', 'recordedAs'],
  diagnosis_date_imprecise: [],
  comorbidities_too_long: ['max'],
  // Observations: TNM, ECOG, histology, biomarkers.
  observation_cancelled: [],
  tnm_code_system_unknown: ['expected'],
  tnm_value_uncoded: [],
  tnm_stage_unknown: [],
  tnm_category_mismatch: ['letter'],
  tnm_prefix_unsupported: ['prefix'],
  tnm_edition_conflict: ['edition', 'otherEdition', 'otherPath'],
  tnm_edition_missing: [],
  tnm_category_not_in_edition: ['letter', 'edition'],
  tnm_reading_superseded: [],
  ecog_without_grade: [],
  ecog_superseded: [],
  histology_code_missing: [],
  histology_differs: [],
  observation_category_unused: [],
  observation_unreadable: [],
  too_many_biomarkers: ['max'],
  // Imaging studies and reports.
  imaging_study_undescribed: [],
  imaging_series_not_imported: [],
  report_document_dropped: [],
  report_kind_unused: [],
  report_undescribed: [],
  too_many_references: ['max'],
  // Prior therapies.
  procedure_unnamed: [],
  procedure_board_review: [],
  medication_uncoded: [],
  too_many_prior_therapies: ['max'],
  // Patient-reported outcomes.
  questionnaire_not_scored: [],
  qlq_c30_undated: [],
  qlq_c30_answer_unreadable: [],
  qlq_c30_answer_out_of_range: ['item'],
  too_many_prom_scores: ['max'],
  // The case content as a whole.
  case_field_invalid: ['field'],
  date_in_future: ['today'],
} as const satisfies Record<string, readonly string[]>;

export type FhirImportReason = keyof typeof FHIR_IMPORT_REASON_PARAMS;

/** Every reason id, the closed list clients must have a text for. */
export const FHIR_IMPORT_REASONS = Object.keys(FHIR_IMPORT_REASON_PARAMS) as FhirImportReason[];

export function isFhirImportReason(code: string): code is FhirImportReason {
  return Object.hasOwn(FHIR_IMPORT_REASON_PARAMS, code);
}

/** The parameters a reason's text takes, by name. */
export type FhirImportReasonParams<C extends FhirImportReason> = Record<
  (typeof FHIR_IMPORT_REASON_PARAMS)[C][number],
  string | number
>;

type ParamsOf<C extends FhirImportReason> =
  (typeof FHIR_IMPORT_REASON_PARAMS)[C] extends readonly []
    ? { params?: undefined }
    : { params: FhirImportReasonParams<C> };

/** A reason id with exactly the parameters its text takes (what the server builds). */
export type FhirImportReasonCode = {
  [C in FhirImportReason]: { code: C } & ParamsOf<C>;
}[FhirImportReason];

/** Parameters on the wire: any names, so an older client still reads a newer server's reasons. */
export const FhirReasonParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type FhirReasonParams = z.infer<typeof FhirReasonParamsSchema>;
