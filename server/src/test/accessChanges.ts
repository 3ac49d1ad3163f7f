import type { Role } from '@konsil/shared';
import { expect } from 'vitest';
import { caseOf, signIn } from './api';
import { caseUpdate, contentOf } from './caseContent';
import { userIdOf } from './queries';
import type { TestClient } from './testClient';
import type { TestServer } from './testServer';

/**
 * Changes that narrow (or widen) access while people are connected, made through the same
 * requests the app makes, so that what follows them is what follows in production.
 */

/** `editorEmail` (someone of the case's home institution) withdraws consent in the case form. */
export async function withdrawConsent(
  server: TestServer,
  where: { boardId: string; caseId: string },
  editorEmail: string,
): Promise<void> {
  await withdrawConsentAs(await signIn(server, editorEmail), where);
}

/** The same, by a signed-in editor of the case's home institution (on any instance). */
export async function withdrawConsentAs(
  editor: TestClient,
  where: { boardId: string; caseId: string },
): Promise<void> {
  const path = `/api/boards/${where.boardId}/cases/${where.caseId}`;
  const current = caseOf(await editor.get(path));
  const response = await editor.put(
    path,
    caseUpdate({ ...contentOf(current), consent: false }, current.version),
  );
  expect(response.status, 'consent withdrawn').toBe(200);
}

/** The signed-in `admin` gives `email` (of the admin's institution) another role. */
export async function changeRole(
  server: TestServer,
  admin: TestClient,
  email: string,
  role: Role,
): Promise<void> {
  const userId = await userIdOf(server.db, email);
  const response = await admin.patch(`/api/admin/users/${userId}`, { role });
  expect(response.status, `${email} made ${role}`).toBe(200);
}

/** Resolves with what `promise` resolves to, or fails naming `what` after `ms`. */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
