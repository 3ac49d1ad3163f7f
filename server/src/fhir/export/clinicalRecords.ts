import type { CaseRecord } from '../../storage/repositories/cases';
import {
  type FhirResource,
  KONSIL_EXTENSION,
  referenceTo,
  SYSTEM,
  stableUuid,
} from './konsilSystems';

type ClinicalReference = CaseRecord['content']['references'][number];

/** LOINC 11526-1 |Pathology study|: a pathology report the importer recognises. */
const PATHOLOGY_REPORT = { system: SYSTEM.loinc, code: '11526-1' } as const;

function imagingStudy(
  item: CaseRecord,
  patient: FhirResource,
  reference: ClinicalReference,
  index: number,
): FhirResource {
  return {
    resourceType: 'ImagingStudy',
    id: stableUuid(item.id, 'reference', String(index)),
    // ImagingStudy has no element for a viewer link; the URL travels in an extension.
    ...(reference.url
      ? { extension: [{ url: KONSIL_EXTENSION.referenceUrl, valueUrl: reference.url }] }
      : {}),
    ...(reference.dicomStudyUid
      ? { identifier: [{ system: SYSTEM.dicomUid, value: `urn:oid:${reference.dicomStudyUid}` }] }
      : {}),
    status: 'available',
    subject: referenceTo(patient),
    ...(reference.date ? { started: reference.date } : {}),
    description: reference.description,
  };
}

function pathologyReport(
  item: CaseRecord,
  patient: FhirResource,
  reference: ClinicalReference,
  index: number,
): FhirResource {
  return {
    resourceType: 'DiagnosticReport',
    id: stableUuid(item.id, 'reference', String(index)),
    status: 'final',
    category: [{ coding: [{ system: SYSTEM.v2DiagnosticService, code: 'PAT' }] }],
    code: { coding: [PATHOLOGY_REPORT], text: reference.description },
    subject: referenceTo(patient),
    ...(reference.date ? { effectiveDateTime: reference.date } : {}),
    ...(reference.url
      ? { presentedForm: [{ url: reference.url, title: reference.description }] }
      : {}),
  };
}

/** Imaging references as ImagingStudy, pathology references as DiagnosticReport (category PAT). */
export function referencesOf(item: CaseRecord, patient: FhirResource): FhirResource[] {
  return item.content.references.map((reference, index) =>
    reference.kind === 'imaging'
      ? imagingStudy(item, patient, reference, index)
      : pathologyReport(item, patient, reference, index),
  );
}

/**
 * Prior therapies as Procedures with their period: completed when it ended, otherwise of
 * unknown status (Konsil does not record whether a therapy without an end is still given).
 */
export function priorTherapiesOf(item: CaseRecord, patient: FhirResource): FhirResource[] {
  return item.content.priorTherapies.map((therapy, index) => {
    const period = {
      ...(therapy.startedOn ? { start: therapy.startedOn } : {}),
      ...(therapy.endedOn ? { end: therapy.endedOn } : {}),
    };
    return {
      resourceType: 'Procedure',
      id: stableUuid(item.id, 'prior-therapy', String(index)),
      status: therapy.endedOn ? 'completed' : 'unknown',
      code: { text: therapy.description },
      subject: referenceTo(patient),
      ...(Object.keys(period).length > 0 ? { performedPeriod: period } : {}),
    };
  });
}
