import { ManagedUserListSchema } from '@konsil/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../../storage/seed/demoUsers';
import { signIn } from '../../../test/api';
import { describeEachDatabase } from '../../../test/databases';
import { auditRows, institutionIdOf, storedUser, userIdOf } from '../../../test/queries';
import { expectError, expectValidationFailed } from '../../../test/refusals';
import { startTestServer, type TestServer } from '../../../test/testServer';
import {
  ADMIN_BERLIN,
  managedUserOf,
  newUserInput,
  ONCOLOGIST_BERLIN,
  SURGEON_BERLIN,
  TEMPORARY_PASSWORD,
} from './adminUsersFixture';

describeEachDatabase('admin users API', (dialect) => {
  let server: TestServer;

  beforeEach(async () => {
    server = await startTestServer({ dialect });
  });

  afterEach(async () => {
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
        expectError(response, 409, 'email_taken', {}, email);
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

      expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
      for (const response of responses) {
        if (response.status !== 201) expectError(response, 409, 'email_taken');
      }
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

      expectValidationFailed(response, [path]);
      expect(await storedUser(server.db, String(input.email))).toBeUndefined();
      expect(await auditRows(server.db, { action: 'user.created' })).toEqual([]);
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

      for (const response of responses) expectError(response, 403, 'forbidden');
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
      expectError(await anonymous.get('/api/admin/users'), 401, 'unauthenticated');
      const admin = await signIn(server, ADMIN_BERLIN);
      const fromElsewhere = await admin.request('POST', '/api/admin/users', {
        body: newUserInput(),
        origin: 'https://evil.example',
      });
      expectError(fromElsewhere, 403, 'origin_not_allowed');
      expect(await auditRows(server.db, { action: 'user.created' })).toEqual([]);
    });
  });
});
