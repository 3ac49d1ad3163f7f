import { type LetterAvailabilityResponse, LetterAvailabilityResponseSchema } from '@konsil/shared';
import type { ApiClient } from '../../lib/api';

const letterPath = (boardId: string, caseId: string) =>
  `/api/boards/${encodeURIComponent(boardId)}/cases/${encodeURIComponent(caseId)}/letter`;

/** Whether the case has a letter now (signed minutes, decided in them); 404 for a non-reader. */
export function fetchLetterAvailability(
  api: ApiClient,
  boardId: string,
  caseId: string,
  signal?: AbortSignal,
): Promise<LetterAvailabilityResponse> {
  return api.request('GET', letterPath(boardId, caseId), LetterAvailabilityResponseSchema, {
    signal,
  });
}

/** The letter as a PDF; a plain download link, so the browser sends the cookie. */
export function letterPdfUrl(boardId: string, caseId: string, language: string): string {
  const query = new URLSearchParams({ lang: language });
  return `${letterPath(boardId, caseId)}.pdf?${query.toString()}`;
}
