import { MeResponseSchema } from '@konsil/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signIn } from '../../../test/api';
import { describeEachDatabase } from '../../../test/databases';
import { auditRows, sessionCountOf, storedUser, userIdOf } from '../../../test/queries';
import { expectError, expectValidationFailed } from '../../../test/refusals';
import { connectSocket, type TestSocket, watchSessionEnd } from '../../../test/socketClient';
import { startTestServer, type TestServer } from '../../../test/testServer';
import {
  ADMIN_BERLIN,
  managedUserOf,
  newUserInput,
  ONCOLOGIST_BERLIN,
  TEMPORARY_PASSWORD,
} from './adminUsersFixture';

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

  describe("a new user's first login", () => {
    it('holds them at the password change until they set their own password', async () => {
      const admin = await signIn(server, ADMIN_BERLIN);
      const input = newUserInput();
      expect((await admin.post('/api/admin/users', input)).status).toBe(201);
      const newcomer = await signIn(server, input.email, TEMPORARY_PASSWORD);

      const me = await newcomer.get('/api/auth/me');
      expect(me.status).toBe(200);
      expect(MeResponseSchema.parse(me.body).user.mustChangePassword).toBe(true);
      expectError(await newcomer.get('/api/boards'), 403, 'password_change_required');

      const wrongCurrent = await newcomer.post('/api/auth/password', {
        currentPassword: 'not-the-one-time-password',
        newPassword: 'my-own-secret-phrase',
      });
      expectValidationFailed(wrongCurrent, ['currentPassword']);
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
      expectError(
        await server.client().login(input.email, TEMPORARY_PASSWORD),
        401,
        'invalid_credentials',
      );
      expect((await server.client().login(input.email, 'my-own-secret-phrase')).status).toBe(200);
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
      expect(await sessionEnd.ended).toBe('password_changed');
      expect(await sessionEnd.disconnected).toBe('io server disconnect');
      expectError(await oncologist.get('/api/auth/me'), 401, 'session_expired');
      expect(await sessionCountOf(server.db, oncologistId)).toBe(0);
      expectError(await server.client().login(ONCOLOGIST_BERLIN), 401, 'invalid_credentials');
      const again = await signIn(server, ONCOLOGIST_BERLIN, TEMPORARY_PASSWORD);
      expect(MeResponseSchema.parse((await again.get('/api/auth/me')).body).user).toMatchObject({
        mustChangePassword: true,
      });
      expectError(await again.get('/api/boards'), 403, 'password_change_required');
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

      expectValidationFailed(response, ['temporaryPassword']);
      expect(await storedUser(server.db, ONCOLOGIST_BERLIN)).toEqual(before);
    });
  });
});
