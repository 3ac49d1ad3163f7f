import { type FhirReasonParams, isFhirImportReason } from '@konsil/shared';
import type { TFunction } from 'i18next';
import { formatCalendarDate } from '../../../lib/time';

/** A note of the FHIR import as the server sends it: a preview entry or a refused field. */
export interface FhirReasonNote {
  path: string;
  /** The server's English sentence. */
  reason: string;
  code?: string | undefined;
  params?: FhirReasonParams | undefined;
}

/** The reason as shown, with its language when it is not the reader's. */
export interface FhirReasonText {
  text: string;
  lang: 'en' | undefined;
}

/** Parameters that are calendar dates (YYYY-MM-DD), written the reader's way. */
const DATE_PARAMS = new Set(['today']);

/**
 * The reason for a note in the reader's language, from its id and parameters. Only an id this
 * client does not know (a newer server) falls back to the server's English sentence, marked as
 * English so screen readers pronounce it right.
 */
export function fhirReasonText(
  note: FhirReasonNote,
  t: TFunction<'clinical'>,
  language: string,
): FhirReasonText {
  if (!note.code || !isFhirImportReason(note.code)) return { text: note.reason, lang: 'en' };
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(note.params ?? {}))
    params[name] =
      DATE_PARAMS.has(name) && typeof value === 'string'
        ? formatCalendarDate(value, language)
        : value;
  return { text: t(`fhirImport.reasons.${note.code}`, params), lang: undefined };
}
