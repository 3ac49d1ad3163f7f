import type { IncomingHttpHeaders } from 'node:http';
import { type ApiError, ERROR_MESSAGES, type ErrorId } from '@konsil/shared';
import { expect } from 'vitest';

/** An answer as TestClient (fetch Headers) or rawHttp (node headers) reports it. */
export interface Answer {
  status: number;
  headers: Headers | IncomingHttpHeaders;
  body: unknown;
  text?: string;
}

/** Headers that differ between any two requests, whatever they ask. */
const PER_REQUEST_HEADERS = new Set(['date', 'x-request-id', 'connection', 'keep-alive']);

/** The whole body an error id answers with; `extra` adds `fields` where a test names them. */
export function errorBody(id: ErrorId, extra: Pick<ApiError, 'fields'> = {}) {
  return { error: { id, message: ERROR_MESSAGES[id], ...extra } };
}

/**
 * Status and the whole body, compared exactly: nothing may stand beside
 * `error`, and nothing beside its id and message (and `fields` if given).
 * Unlike parsing through the shared schema, which drops unknown keys, a leak
 * anywhere in the body fails this.
 */
export function expectError(
  answer: Answer,
  status: number,
  id: ErrorId,
  extra: Pick<ApiError, 'fields'> = {},
  what?: string,
): void {
  expect({ status: answer.status, body: answer.body }, what).toEqual({
    status,
    body: errorBody(id, extra),
  });
}

function headerEntries(headers: Answer['headers']): [string, string][] {
  if (headers instanceof Headers) return [...headers];
  return Object.entries(headers).map(([name, value]) => [
    name,
    Array.isArray(value) ? value.join(', ') : String(value),
  ]);
}

/** All a client can observe of an answer except what differs per request (date, request id). */
export function observable(answer: Answer) {
  const headers = Object.fromEntries(
    headerEntries(answer.headers)
      .filter(([name]) => !PER_REQUEST_HEADERS.has(name.toLowerCase()))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  return { status: answer.status, headers, body: answer.body, text: answer.text };
}

/**
 * For refusals where "exists, but not yours" must look exactly like "does not
 * exist": the refused answer has the same status, headers (length and ETag
 * included) and bytes as the answer for an id that does not exist — and that
 * one must itself be a plain 404 `not_found`, so two equal failures of another
 * kind do not pass. Only per-request headers are ignored.
 */
export function expectSameAsMissing(refused: Answer, missing: Answer, what?: string): void {
  expectError(missing, 404, 'not_found', {}, `${what ?? 'refusal'}: the answer for a missing id`);
  expect(observable(refused), what).toEqual(observable(missing));
}
