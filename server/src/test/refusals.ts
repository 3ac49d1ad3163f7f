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

/** What a test may add to or change in the usual body of an error id. */
export type ErrorDetails = Partial<Pick<ApiError, 'fields' | 'message'>>;

/**
 * The whole body an error id answers with: the id's own message unless the
 * test names another (a route may explain a conflict in its own words).
 */
export function errorBody(id: ErrorId, details: ErrorDetails = {}) {
  return { error: { id, message: ERROR_MESSAGES[id], ...details } };
}

/**
 * Status and the whole body, compared exactly: nothing may stand beside
 * `error`, and nothing beside its id and message (and `fields` if given).
 * Pass `message: expect.any(String)` where a route words the error itself.
 * Unlike parsing through the shared schema, which drops unknown keys, a leak
 * anywhere in the body fails this.
 */
export function expectError(
  answer: Answer,
  status: number,
  id: ErrorId,
  details: ErrorDetails = {},
  what?: string,
): void {
  expect({ status: answer.status, body: answer.body }, what).toEqual({
    status,
    body: errorBody(id, details),
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

/** The `path` of each field error in a body, in the order the server gave them. */
function fieldPathsIn(body: unknown): unknown[] {
  const fields: unknown = Reflect.get(Object(Reflect.get(Object(body), 'error')), 'fields');
  return Array.isArray(fields) ? fields.map((field) => Reflect.get(Object(field), 'path')) : [];
}

/**
 * A 400 `validation_failed` naming exactly these field paths (in any order),
 * each with a message, and nothing else in the body.
 */
export function expectValidationFailed(answer: Answer, paths: string[], what?: string): void {
  const named = fieldPathsIn(answer.body);
  const inServerOrder = [...paths].sort((a, b) => named.indexOf(a) - named.indexOf(b));
  expectError(
    answer,
    400,
    'validation_failed',
    { fields: inServerOrder.map((path) => ({ path, message: expect.any(String) })) },
    what,
  );
}
