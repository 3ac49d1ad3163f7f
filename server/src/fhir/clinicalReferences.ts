import { DICOM_UID } from '@konsil/shared';
import {
  asArray,
  asString,
  codingsOf,
  conceptText,
  type FhirRecord,
  fullDate,
  hasCode,
  isRecord,
  type PathNote,
  SYSTEMS,
  truncate,
} from './fhirValues';

export interface ClinicalReference {
  kind: 'imaging' | 'pathology';
  description: string;
  date: string | null;
  dicomStudyUid: string | null;
  url: null;
}

/** The Study Instance UID: ImagingStudy.identifier with system urn:dicom:uid (value urn:oid:…). */
function studyUid(study: FhirRecord): string | null {
  for (const identifier of asArray(study.identifier)) {
    if (!isRecord(identifier) || asString(identifier.system) !== SYSTEMS.dicomUid) continue;
    const uid = (asString(identifier.value) ?? '').replace(/^urn:oid:/, '');
    if (uid.length <= 64 && DICOM_UID.test(uid)) return uid;
  }
  return null;
}

/** An ImagingStudy becomes a reference to the study; the images themselves never come in. */
export function mapImagingStudy(
  study: FhirRecord,
  path: string,
  unmapped: PathNote[],
): ClinicalReference | null {
  const modalities = [
    ...asArray(study.modality).flatMap((modality) => codingsOf({ coding: [modality] })),
    ...asArray(study.series).flatMap((series) =>
      isRecord(series) ? codingsOf({ coding: [series.modality] }) : [],
    ),
  ]
    .map((coding) => coding.code)
    .filter((code): code is string => code !== null);
  const seriesDescription = asArray(study.series)
    .map((series) => (isRecord(series) ? asString(series.description) : null))
    .find(Boolean);
  const description =
    asString(study.description) ??
    seriesDescription ??
    (modalities.length > 0 ? `${[...new Set(modalities)].join('/')} study` : null);
  if (!description) {
    unmapped.push({
      path,
      code: 'imaging_study_undescribed',
      reason: 'ImagingStudy without a description or modality',
    });
    return null;
  }
  if (asArray(study.series).some((series) => isRecord(series) && Array.isArray(series.instance))) {
    unmapped.push({
      path: `${path}.series`,
      code: 'imaging_series_not_imported',
      reason: 'Series and instances are not imported; only the study reference',
    });
  }
  return {
    kind: 'imaging',
    description: truncate(description, 300),
    date: fullDate(study.started),
    dicomStudyUid: studyUid(study),
    url: null,
  };
}

const PATHOLOGY_SERVICES = ['PAT', 'SP', 'CP', 'CG', 'GE'];
const RADIOLOGY_SERVICES = ['RAD', 'CT', 'MR', 'NMR', 'NMS', 'US', 'RX'];
/** LOINC report codes: pathology study, surgical pathology report, comprehensive pathology panel. */
const PATHOLOGY_REPORTS = ['11526-1', '22034-3', '60567-5', '60568-3'];

export function mapDiagnosticReport(
  report: FhirRecord,
  path: string,
  dropped: PathNote[],
  unmapped: PathNote[],
): ClinicalReference | null {
  const categories = asArray(report.category);
  const isPathology =
    categories.some((category) =>
      hasCode(category, SYSTEMS.v2DiagnosticService, PATHOLOGY_SERVICES),
    ) || hasCode(report.code, SYSTEMS.loinc, PATHOLOGY_REPORTS);
  const isImaging = categories.some((category) =>
    hasCode(category, SYSTEMS.v2DiagnosticService, RADIOLOGY_SERVICES),
  );
  if (Array.isArray(report.presentedForm)) {
    dropped.push({
      path: `${path}.presentedForm`,
      code: 'report_document_dropped',
      reason: 'Attached report documents may carry identifying data; they are never imported',
    });
  }
  if (!isPathology && !isImaging) {
    unmapped.push({
      path,
      code: 'report_kind_unused',
      reason: 'DiagnosticReport that is neither pathology nor imaging',
    });
    return null;
  }
  const title = conceptText(report.code);
  const conclusion = asString(report.conclusion);
  const description = [title, conclusion].filter(Boolean).join(': ');
  if (!description) {
    unmapped.push({
      path,
      code: 'report_undescribed',
      reason: 'DiagnosticReport without a title or conclusion',
    });
    return null;
  }
  return {
    kind: isPathology ? 'pathology' : 'imaging',
    description: truncate(description, 300),
    date: fullDate(report.effectiveDateTime) ?? fullDate(report.issued),
    dicomStudyUid: null,
    url: null,
  };
}
