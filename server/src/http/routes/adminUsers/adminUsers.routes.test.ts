import { randomUUID } from 'node:crypto';
import { ManagedUserListSchema, ManagedUserSchema, MeResponseSchema } from '@konsil/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEMO_USERS } from '../../../storage/seed/demoUsers';
import { apiError, fieldPaths, signIn } from '../../../test/api';
import { describeEachDatabase } from '../../../test/databases';
import {
  auditRows,
  institutionIdOf,
  sessionCountOf,
  storedUser,
  userIdOf,
} from '../../../test/queries';
import { connectSocket, type TestSocket, watchSessionEnd } from '../../../test/socketClient';
import { startTestServer, type TestServer } from '../../../test/testServer';

const ADMIN_BERLIN = 'admin.berlin@konsil.test';
const ADMIN_SEOUL = 'admin.seoul@konsil.test';
const ONCOLOGIST_BERLIN = 'oncologist.berlin@konsil.test';
const SURGEON_BERLIN = 'surgeon.berlin@konsil.test';
const TEMPORARY_PASSWORD = 'first-day-at-charite';

/** Create, update and password routes all answer `{ user }`. */
const managedUserOf = (response: { body: unknown }) =>
  z.object({ user: ManagedUserSchema }).parse(response.body).user;

const newUserInput = (overrides: Record<string, unknown> = {}) => ({
  name: 'Dr. Sophie Braun',
  email: `sophie.braun.${randomUUID().slice(0, 8)}@konsil.test`,
  role: 'clinician',
  specialty: 'radiology',
  temporaryPassword: TEMPORARY_PASSWORD,
  ...overrides,
});

describeEachDatabase('admin users API', (dialect) => {
  let server: TestServer;
  const sockets: TestSocket[] = [];

  beforeEach(async () => {
    server = await startTestServer({ dialect });
  });

  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.close();
    await server.close();
  });

  describe('listing', () => {
    it("shows an admin exactly their own institution's users", async () => {
      const admin = await signIn(server, ADMIN_BERLIN);

      const response = await admin.get('/api/admin/users');

      expect(response.status).toBe(200);
      const emails = ManagedUserListSchema.parse(response.body).users.map((user) => user.email);
      const berlinEmails = DEMO_USERS.filter((user) => user.institution === 'CCCC').map(
        (user) => user.email,
      );
      expect(emails.sort()).toEqual(berlinEmails.sort());
      expect(emails.filter((email) => /seoul|vienna/.test(email))).toEqual([]);
    });
  });

  describe('creating a user', () => {
    it('stores a Berlin user who must change the one-time password, and audits it', async () => {
      const admin = await signIn(server, ADMIN_BERLIN);
      const input = newUserInput();

      const response = await admin.post('/api/admin/users', input);

      expect(response.status).toBe(201);
      const user = managedUserOf(response);
      expect(user).toMatchObject({
        email: input.email,
        name: input.name,
        role: 'clinician',
        specialty: 'radiology',
        isActive: true,
        mustChangePassword: true,
      });
      const stored = await storedUser(server.db, input.email);
      expect(stored).toMatchObject({
        id: user.id,
        institution_id: await institutionIdOf(server.db, 'CCCC'),
        role: 'clinician',
        must_change: 1,
      });
      expect(stored?.password_hash).not.toContain(TEMPORARY_PASSWORD);
      const audited = await auditRows(server.db, { action: 'user.created', objectId: user.id });
      expect(audited).toHaveLength(1);
      expect(audited[0]).toMatchObject({
        actor_user_id: await userIdOf(server.db, ADMIN_BERLIN),
        object_type: 'user',
        object_institution_id: await institutionIdOf(server.db, 'CCCC'),
        outcome: 'allowed',
      });
    });

    it('refuses an email that is already taken, in any institution and any case', async () => {
      const admin = await signIn(server, ADMIN_BERLIN);
      const usersBefore = await server.db.selectFrom('users').select('id').execute();

      for (const email of [
        'coordinator.berlin@konsil.test',
        'Coordinator.Berlin@Konsil.TEST',
        'oncologist.seoul@konsil.test',
      ]) {
        const response = await admin.post('/api/admin/users', newUserInput({ email }));
        expect(apiError(response), email).toMatchObject({ status: 409, id: 'email_taken' });
      }

      const usersAfter = await server.db.selectFrom('users').select('id').execute();
      expect(usersAfter).toHaveLength(usersBefore.length);
      expect(await auditRows(server.db, { action: 'user.created' })).toEqual([]);
    });

    it('answers the loser of two simultaneous creations of one email with 409', async () => {
      const admin = await signIn(server, ADMIN_BERLIN);
      const otherAdminTab = await signIn(server, ADMIN_BERLIN);
      const input = newUserInput();

      const responses = await Promise.all([
        admin.post('/api/admin/users', input),
        otherAdminTab.post('/api/admin/users', input),
      ]);

      expect(responses.map((response) => apiError(response).status).sort()).toEqual([201, 409]);
      expect(responses.map((response) => apiError(response).id)).toContain('email_taken');
      expect(await auditRows(server.db, { action: 'user.created' })).toHaveLength(1);
    });

    it.each([
      ['an unknown role', { role: 'superuser' }, 'role'],
      ['a short one-time password', { temporaryPassword: 'short' }, 'temporaryPassword'],
      ['a malformed email', { email: 'not-an-email' }, 'email'],
    ])('refuses %s and names the field', async (_case, overrides, path) => {
      const admin = await signIn(server, ADMIN_BERLIN);
      const input = newUserInput(overrides);

      const response = await admin.post('/api/admin/users', input);

      expect(apiError(response)).toMatchObject({ status: 400, id: 'validation_failed' });
      expect(fieldPaths(response)).toEqual([path]);
      expect(await storedUser(server.db, String(input.email))).toBeUndefined();
      expect(await auditRows(server.db, { action: 'user.created' })).toEqual([]);
    });
  });

  describe("a new user's first login", () => {
    it('holds them at the password change until they set their own password', async () => {
      const admin = await signIn(server, ADMIN_BERLIN);
      const input = newUserInput();
      expect((await admin.post('/api/admin/users', input)).status).toBe(201);
      const newcomer = await signIn(server, input.email, TEMPORARY_PASSWORD);

      const me = await newcomer.get('/api/auth/me');
      expect(me.status).toBe(200);
      expect(MeResponseSchema.parse(me.body).user.mustChangePassword).toBe(true);
      expect(apiError(await newcomer.get('/api/boards'))).toMatchObject({
        status: 403,
        id: 'password_change_required',
      });

      const wrongCurrent = await newcomer.post('/api/auth/password', {
        currentPassword: 'not-the-one-time-password',
        newPassword: 'my-own-secret-phrase',
      });
      expect(apiError(wrongCurrent)).toMatchObject({ status: 400, id: 'validation_failed' });
      expect(fieldPaths(wrongCurrent)).toEqual(['currentPassword']);
      expect((await storedUser(server.db, input.email))?.must_change).toBe(1);

      const changed = await newcomer.post('/api/auth/password', {
        currentPassword: TEMPORARY_PASSWORD,
        newPassword: 'my-own-secret-phrase',
      });
      expect(changed.status).toBe(200);
      expect(MeResponseSchema.parse(changed.body).user.mustChangePassword).toBe(false);
      expect((await newcomer.get('/api/boards')).status).toBe(200);
      expect((await storedUser(server.db, input.email))?.must_change).toBe(0);
      const userId = await userIdOf(server.db, input.email);
      expect(await auditRows(server.db, { action: 'auth.password_changed' })).toMatchObject([
        { actor_user_id: userId, object_id: userId },
      ]);
      expect((await server.client().login(input.email, TEMPORARY_PASSWORD)).status).toBe(401);
      expect((await server.client().login(input.email, 'my-own-secret-phrase')).status).toBe(200);
    });
  });

  describe('changing a user', () => {
    it("applies a role change to the user's next request and audits it", async () => {
      const admin = await signIn(server, ADMIN_BERLIN);
      const surgeon = await signIn(server, SURGEON_BERLIN);
      const surgeonId = await userIdOf(server.db, SURGEON_BERLIN);
      expect((await surgeon.get('/api/admin/users')).status).toBe(403);

      const promoted = await admin.patch(`/api/admin/users/${surgeonId}`, { role: 'admin' });

      expect(promoted.status).toBe(200);
      expect(managedUserOf(promoted).role).toBe('admin');
      expect((await storedUser(server.db, SURGEON_BERLIN))?.role).toBe('admin');
      expect(MeResponseSchema.parse((await surgeon.get('/api/auth/me')).body).user.role).toBe(
        'admin',
      );
      expect((await surgeon.get('/api/admin/users')).status).toBe(200);

      expect(
        (await admin.patch(`/api/admin/users/${surgeonId}`, { role: 'clinician' })).status,
      ).toBe(200);
      expect(apiError(await surgeon.get('/api/admin/users'))).toMatchObject({
        status: 403,
        id: 'forbidden',
      });
      const audited = await auditRows(server.db, { action: 'user.updated', objectId: surgeonId });
      expect(audited.map((row) => JSON.parse(row.details ?? '{}'))).toEqual([
        { changed: 'role', role: 'admin' },
        { changed: 'role', role: 'clinician' },
      ]);
    });

    it('deactivation ends every session and socket of the user and blocks their login', async () => {
      const admin = await signIn(server, ADMIN_BERLIN);
      const oncologist = await signIn(server, ONCOLOGIST_BERLIN);
      const onOtherDevice = await signIn(server, ONCOLOGIST_BERLIN);
      const socket = await connectSocket(oncologist);
      sockets.push(socket);
      const sessionEnd = watchSessionEnd(socket);
      const oncologistId = await userIdOf(server.db, ONCOLOGIST_BERLIN);

      const response = await admin.patch(`/api/admin/users/${oncologistId}`, { isActive: false });

      expect(response.status).toBe(200);
      expect(managedUserOf(response).isActive).toBe(false);
      expect(await sessionEnd.ended).toBe('deactivated');
      expect(await sessionEnd.disconnected).toBe('io server disconnect');
      expect(socket.connected).toBe(false);
      for (const browser of [oncologist, onOtherDevice]) {
        expect(apiError(await browser.get('/api/auth/me'))).toMatchObject({ status: 401 });
      }
      expect(await sessionCountOf(server.db, oncologistId)).toBe(0);
      expect((await storedUser(server.db, ONCOLOGIST_BERLIN))?.is_active).toBe(0);
      expect(apiError(await server.client().login(ONCOLOGIST_BERLIN))).toMatchObject({
        status: 401,
        id: 'invalid_credentials',
      });
      await expect(connectSocket(oncologist)).rejects.toThrow();
      expect(await auditRows(server.db, { action: 'user.deactivated' })).toMatchObject([
        {
          actor_user_id: await userIdOf(server.db, ADMIN_BERLIN),
          object_id: oncologistId,
          details: JSON.stringify({ changed: 'isActive' }),
        },
      ]);
      expect(await auditRows(server.db, { action: 'user.updated' })).toEqual([]);
    });

    it('records reactivation as an update and lets the user sign in again', async () => {
      const admin = await signIn(server, ADMIN_BERLIN);
      const oncologistId = await userIdOf(server.db, ONCOLOGIST_BERLIN);
      await admin.patch(`/api/admin/users/${oncologistId}`, { isActive: false });

      const response = await admin.patch(`/api/admin/users/${oncologistId}`, { isActive: true });

      expect(response.status).toBe(200);
      expect((await server.client().login(ONCOLOGIST_BERLIN)).status).toBe(200);
      expect(
        (await auditRows(server.db, { objectId: oncologistId }))
          .map((row) => row.action)
          .filter((action) => action.startsWith('user.')),
      ).toEqual(['user.deactivated', 'user.updated']);
    });

    it('refuses to let an admin deactivate or demote themselves', async () => {
      const admin = await signIn(server, ADMIN_BERLIN);
      const adminId = await userIdOf(server.db, ADMIN_BERLIN);

      for (const change of [{ isActive: false }, { role: 'clinician' }, { role: 'observer' }]) {
        const response = await admin.patch(`/api/admin/users/${adminId}`, change);
        expect(apiError(response), JSON.stringify(change)).toMatchObject({
          status: 409,
          id: 'cannot_change_own_account',
        });
      }

      expect(await storedUser(server.db, ADMIN_BERLIN)).toMatchObject({
        role: 'admin',
        is_active: 1,
      });
      expect((await admin.get('/api/admin/users')).status).toBe(200);
      expect(await auditRows(server.db, { objectId: adminId, action: 'user.updated' })).toEqual([]);
      // Other changes to their own account stay possible.
      expect(
        (await admin.patch(`/api/admin/users/${adminId}`, { name: 'Dr. T. Keller' })).status,
      ).toBe(200);
    });

    it("treats another institution's user as not found and changes nothing", async () => {
      const seoulAdmin = await signIn(server, ADMIN_SEOUL);
      const oncologistId = await userIdOf(server.db, ONCOLOGIST_BERLIN);
      const before = await storedUser(server.db, ONCOLOGIST_BERLIN);

      const patched = await seoulAdmin.patch(`/api/admin/users/${oncologistId}`, {
        role: 'observer',
        isActive: false,
      });
      const reset = await seoulAdmin.post(`/api/admin/users/${oncologistId}/password`, {
        temporaryPassword: 'taken-over-from-seoul',
      });

      expect(apiError(patched)).toMatchObject({ status: 404, id: 'not_found' });
      expect(apiError(reset)).toMatchObject({ status: 404, id: 'not_found' });
      expect(await storedUser(server.db, ONCOLOGIST_BERLIN)).toEqual(before);
      expect((await server.client().login(ONCOLOGIST_BERLIN)).status).toBe(200);
      const userEvents = (await auditRows(server.db, { objectId: oncologistId })).filter((row) =>
        row.action.startsWith('user.'),
      );
      expect(userEvents).toEqual([]);
    });

    it('answers an unknown user id with 404 and a malformed one with 400', async () => {
      const admin = await signIn(server, ADMIN_BERLIN);

      const unknown = await admin.patch(`/api/admin/users/${randomUUID()}`, { name: 'Nobody' });
      const malformed = await admin.patch('/api/admin/users/42', { name: 'Nobody' });

      expect(apiError(unknown)).toMatchObject({ status: 404, id: 'not_found' });
      expect(apiError(malformed)).toMatchObject({ status: 400, id: 'validation_failed' });
      expect(fieldPaths(malformed)).toEqual(['userId']);
    });
  });

  describe('setting a one-time password', () => {
    it('signs the user out everywhere and makes them change it at next login', async () => {
      const admin = await signIn(server, ADMIN_BERLIN);
      const oncologist = await signIn(server, ONCOLOGIST_BERLIN);
      const socket = await connectSocket(oncologist);
      sockets.push(socket);
      const sessionEnd = watchSessionEnd(socket);
      const oncologistId = await userIdOf(server.db, ONCOLOGIST_BERLIN);

      const response = await admin.post(`/api/admin/users/${oncologistId}/password`, {
        temporaryPassword: TEMPORARY_PASSWORD,
      });

      expect(response.status).toBe(200);
      expect(managedUserOf(response).mustChangePassword).toBe(true);
      expect(await sessionEnd.ended).toBe('logout');
      expect(await sessionEnd.disconnected).toBe('io server disconnect');
      expect(apiError(await oncologist.get('/api/auth/me'))).toMatchObject({ status: 401 });
      expect(await sessionCountOf(server.db, oncologistId)).toBe(0);
      expect(apiError(await server.client().login(ONCOLOGIST_BERLIN))).toMatchObject({
        status: 401,
        id: 'invalid_credentials',
      });
      const again = await signIn(server, ONCOLOGIST_BERLIN, TEMPORARY_PASSWORD);
      expect(MeResponseSchema.parse((await again.get('/api/auth/me')).body).user).toMatchObject({
        mustChangePassword: true,
      });
      expect(apiError(await again.get('/api/boards'))).toMatchObject({
        status: 403,
        id: 'password_change_required',
      });
      expect(await auditRows(server.db, { action: 'user.password_reset' })).toMatchObject([
        { actor_user_id: await userIdOf(server.db, ADMIN_BERLIN), object_id: oncologistId },
      ]);
    });

    it('refuses a one-time password that is too short', async () => {
      const admin = await signIn(server, ADMIN_BERLIN);
      const oncologistId = await userIdOf(server.db, ONCOLOGIST_BERLIN);
      const before = await storedUser(server.db, ONCOLOGIST_BERLIN);

      const response = await admin.post(`/api/admin/users/${oncologistId}/password`, {
        temporaryPassword: 'short',
      });

      expect(apiError(response)).toMatchObject({ status: 400, id: 'validation_failed' });
      expect(fieldPaths(response)).toEqual(['temporaryPassword']);
      expect(await storedUser(server.db, ONCOLOGIST_BERLIN)).toEqual(before);
    });
  });

  describe('non-admins', () => {
    it('are refused on every admin route, and each refusal is audited', async () => {
      const clinician = await signIn(server, ONCOLOGIST_BERLIN);
      const clinicianId = await userIdOf(server.db, ONCOLOGIST_BERLIN);
      const surgeonId = await userIdOf(server.db, SURGEON_BERLIN);
      const surgeonBefore = await storedUser(server.db, SURGEON_BERLIN);

      const responses = [
        await clinician.get('/api/admin/users'),
        await clinician.post('/api/admin/users', newUserInput()),
        await clinician.patch(`/api/admin/users/${surgeonId}`, { isActive: false }),
        await clinician.post(`/api/admin/users/${surgeonId}/password`, {
          temporaryPassword: TEMPORARY_PASSWORD,
        }),
      ];

      for (const response of responses) {
        expect(apiError(response)).toMatchObject({ status: 403, id: 'forbidden' });
      }
      expect(await storedUser(server.db, SURGEON_BERLIN)).toEqual(surgeonBefore);
      const refusals = await auditRows(server.db, {
        action: 'access.refused',
        actorUserId: clinicianId,
      });
      expect(refusals).toHaveLength(responses.length);
      for (const refusal of refusals) {
        expect(refusal).toMatchObject({
          outcome: 'refused',
          object_type: 'user',
          actor_institution_id: await institutionIdOf(server.db, 'CCCC'),
          details: JSON.stringify({ attempted: 'users:manage' }),
        });
      }
    });

    it('are refused without a session (401), and from a foreign origin (403)', async () => {
      const anonymous = server.client();
      expect(apiError(await anonymous.get('/api/admin/users'))).toMatchObject({
        status: 401,
        id: 'unauthenticated',
      });
      const admin = await signIn(server, ADMIN_BERLIN);
      const fromElsewhere = await admin.request('POST', '/api/admin/users', {
        body: newUserInput(),
        origin: 'https://evil.example',
      });
      expect(apiError(fromElsewhere)).toMatchObject({ status: 403, id: 'origin_not_allowed' });
      expect(await auditRows(server.db, { action: 'user.created' })).toEqual([]);
    });
  });
});
