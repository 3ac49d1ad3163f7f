import {
  type CaseDetail,
  CaseResponseSchema,
  type FhirImportPreviewResponse,
  FhirImportPreviewResponseSchema,
} from '@konsil/shared';
import type { ApiClient } from '../../../lib/api';

export type FhirImportPreview = FhirImportPreviewResponse['preview'];

const importPath = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/cases/fhir`;

/** The file's text goes as it is: the server parses it, and its refusals name FHIR paths. */
const asBundle = (text: string) => ({ text, contentType: 'application/fhir+json' });

/** What the bundle would become on this board: nothing is stored. */
export async function previewFhirImport(
  api: ApiClient,
  boardId: string,
  bundleText: string,
  signal?: AbortSignal,
): Promise<FhirImportPreview> {
  const { preview } = await api.request(
    'POST',
    `${importPath(boardId)}?dryRun=true`,
    FhirImportPreviewResponseSchema,
    { rawBody: asBundle(bundleText), signal },
  );
  return preview;
}

/** Stores the bundle as a draft case of the importer's institution on this board. */
export async function importFhirBundle(
  api: ApiClient,
  boardId: string,
  bundleText: string,
): Promise<CaseDetail> {
  const response = await api.request('POST', importPath(boardId), CaseResponseSchema, {
    rawBody: asBundle(bundleText),
  });
  return response.case;
}
