import { z } from 'zod';
import { FhirReasonParamsSchema } from '../fhir/importReasons';
import { CreateCaseInputSchema } from './case';

/** `?dryRun=true` previews the import and stores nothing. */
export const FhirImportQuerySchema = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
});
export type FhirImportQuery = z.infer<typeof FhirImportQuerySchema>;

/**
 * One element of the bundle and what happened to it, named by its FHIR path: `code` is the reason's
 * id (`FHIR_IMPORT_REASONS`) with its `params`, for a text in the reader's language; `reason` says
 * the same in English. `code` is any string here so that a client older than the server still
 * reads the preview (it shows `reason` then); `params` is left out when the reason takes none.
 */
export const FhirPathNoteSchema = z.object({
  path: z.string(),
  reason: z.string(),
  code: z.string(),
  params: FhirReasonParamsSchema.optional(),
});
export type FhirPathNote = z.infer<typeof FhirPathNoteSchema>;

/**
 * A dry run's answer: the case content the bundle would become, the identifying elements
 * dropped at the door and the elements no case field takes.
 */
export const FhirImportPreviewResponseSchema = z.object({
  preview: z.object({
    case: CreateCaseInputSchema,
    dropped: z.array(FhirPathNoteSchema),
    unmapped: z.array(FhirPathNoteSchema),
  }),
});
export type FhirImportPreviewResponse = z.infer<typeof FhirImportPreviewResponseSchema>;
