import {
  type AmendMinutesInput,
  type MinutesDiff,
  MinutesDiffSchema,
  type MinutesResponse,
  MinutesResponseSchema,
  type MinutesVersionList,
  MinutesVersionListSchema,
} from '@konsil/shared';
import type { ApiClient } from '../../lib/api';

const minutesPath = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/minutes`;

/**
 * The latest signed version, or the draft of an ended board that nobody has signed yet.
 * 404 `minutes_not_available` while the board has not ended.
 */
export function fetchMinutes(
  api: ApiClient,
  boardId: string,
  signal?: AbortSignal,
): Promise<MinutesResponse> {
  return api.request('GET', minutesPath(boardId), MinutesResponseSchema, { signal });
}

/** One signed version; 404 `not_found` for a version that does not exist. */
export function fetchMinutesVersion(
  api: ApiClient,
  boardId: string,
  version: number,
  signal?: AbortSignal,
): Promise<MinutesResponse> {
  return api.request('GET', `${minutesPath(boardId)}/versions/${version}`, MinutesResponseSchema, {
    signal,
  });
}

export function fetchMinutesVersions(
  api: ApiClient,
  boardId: string,
  signal?: AbortSignal,
): Promise<MinutesVersionList> {
  return api.request('GET', `${minutesPath(boardId)}/versions`, MinutesVersionListSchema, {
    signal,
  });
}

export function fetchMinutesDiff(
  api: ApiClient,
  boardId: string,
  versions: { from: number; to: number },
  signal?: AbortSignal,
): Promise<MinutesDiff> {
  const query = new URLSearchParams({ from: String(versions.from), to: String(versions.to) });
  return api.request('GET', `${minutesPath(boardId)}/diff?${query.toString()}`, MinutesDiffSchema, {
    signal,
  });
}

/** Coordinators, draft only; the answer is the draft with its new hash. */
export function saveMinutesSummary(
  api: ApiClient,
  boardId: string,
  summary: string,
): Promise<MinutesResponse> {
  return api.request('PUT', `${minutesPath(boardId)}/summary`, MinutesResponseSchema, {
    body: { summary },
  });
}

/**
 * Signs exactly the draft that was reviewed: 409 `conflict` if it changed since it was loaded,
 * 409 `minutes_signed` if someone signed first.
 */
export function signMinutes(
  api: ApiClient,
  boardId: string,
  draftHash: string,
): Promise<MinutesResponse> {
  return api.request('POST', `${minutesPath(boardId)}/sign`, MinutesResponseSchema, {
    body: { draftHash },
  });
}

/** The amendment becomes the next signed version; 409 `conflict` if someone amended first. */
export function amendMinutes(
  api: ApiClient,
  boardId: string,
  input: AmendMinutesInput,
): Promise<MinutesResponse> {
  return api.request('POST', `${minutesPath(boardId)}/amendments`, MinutesResponseSchema, {
    body: input,
  });
}

/** The latest signed version as a PDF; a plain download link, so the browser sends the cookie. */
export function minutesPdfUrl(boardId: string, language: string): string {
  const query = new URLSearchParams({ lang: language });
  return `/api/boards/${encodeURIComponent(boardId)}/minutes.pdf?${query.toString()}`;
}
