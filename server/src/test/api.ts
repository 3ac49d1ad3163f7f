import { ApiErrorResponseSchema, BoardResponseSchema, CaseResponseSchema } from '@konsil/shared';
import { expect } from 'vitest';
import type { TestServer } from './testServer';

/** A new browser signed in as `email`; fails the test if the login is refused. */
export async function signIn(server: TestServer, email: string, password?: string) {
  const client = server.client();
  const response = await client.login(email, password);
  expect(response.status, `login of ${email}`).toBe(200);
  return client;
}

/**
 * Status plus the error body, so one assertion shows both on failure:
 * `expect(apiError(res)).toMatchObject({ status: 409, id: 'email_taken' })`.
 */
export function apiError(response: { status: number; body: unknown }) {
  const parsed = ApiErrorResponseSchema.safeParse(response.body);
  if (!parsed.success) return { status: response.status, id: null, body: response.body };
  return { status: response.status, ...parsed.data.error };
}

/** The paths named by a 400 `validation_failed`. */
export function fieldPaths(response: { body: unknown }): string[] {
  const parsed = ApiErrorResponseSchema.safeParse(response.body);
  return parsed.success ? (parsed.data.error.fields ?? []).map((field) => field.path) : [];
}

/** The board of a `{ board }` reply, checked against the shared contract. */
export function boardOf(response: { body: unknown }) {
  return BoardResponseSchema.parse(response.body).board;
}

/** The case of a `{ case }` reply, checked against the shared contract. */
export function caseOf(response: { body: unknown }) {
  return CaseResponseSchema.parse(response.body).case;
}
