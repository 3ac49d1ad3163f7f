/** Accounts, inputs and readers shared by the admin users API tests. */
import { randomUUID } from 'node:crypto';
import { ManagedUserSchema } from '@konsil/shared';
import { z } from 'zod';

export const ADMIN_BERLIN = 'admin.berlin@konsil.test';
export const ADMIN_SEOUL = 'admin.seoul@konsil.test';
export const ONCOLOGIST_BERLIN = 'oncologist.berlin@konsil.test';
export const SURGEON_BERLIN = 'surgeon.berlin@konsil.test';
export const TEMPORARY_PASSWORD = 'first-day-at-charite';

/** Create, update and password routes all answer `{ user }`. */
export const managedUserOf = (response: { body: unknown }) =>
  z.object({ user: ManagedUserSchema }).parse(response.body).user;

export const newUserInput = (overrides: Record<string, unknown> = {}) => ({
  name: 'Dr. Sophie Braun',
  email: `sophie.braun.${randomUUID().slice(0, 8)}@konsil.test`,
  role: 'clinician',
  specialty: 'radiology',
  temporaryPassword: TEMPORARY_PASSWORD,
  ...overrides,
});
