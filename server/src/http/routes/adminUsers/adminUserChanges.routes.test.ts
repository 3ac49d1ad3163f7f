import { randomUUID } from 'node:crypto';
import { MeResponseSchema } from '@konsil/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signIn } from '../../../test/api';
import { describeEachDatabase } from '../../../test/databases';
import { auditRows, sessionCountOf, storedUser, userIdOf } from '../../../test/queries';
import { expectError, expectSameAsMissing, expectValidationFailed } from '../../../test/refusals';
import { connectSocket, type TestSocket, watchSessionEnd } from '../../../test/socketClient';
import { startTestServer, type TestServer } from '../../../test/testServer';
import {
  ADMIN_BERLIN,
  ADMIN_SEOUL,
  managedUserOf,
  ONCOLOGIST_BERLIN,
  SURGEON_BERLIN,
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

  describe('changing a user', () => {
    it("applies a role change to the user's next request and audits it", async () => {
      const admin = await signIn(server, ADMIN_BERLIN);
      const surgeon = await signIn(server, SURGEON_BERLIN);
      const surgeonId = await userIdOf(server.db, SURGEON_BERLIN);
      expectError(await surgeon.get('/api/admin/users'), 403, 'forbidden');

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
      expectError(await surgeon.get('/api/admin/users'), 403, 'forbidden');
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
        expectError(await browser.get('/api/auth/me'), 401, 'session_expired');
      }
      expect(await sessionCountOf(server.db, oncologistId)).toBe(0);
      expect((await storedUser(server.db, ONCOLOGIST_BERLIN))?.is_active).toBe(0);
      expectError(await server.client().login(ONCOLOGIST_BERLIN), 401, 'invalid_credentials');
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
        expectError(response, 409, 'cannot_change_own_account', {}, JSON.stringify(change));
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

      // Exactly what an id that names no user answers: nothing tells "exists elsewhere" apart.
      const nobody = randomUUID();
      expectSameAsMissing(
        patched,
        await seoulAdmin.patch(`/api/admin/users/${nobody}`, { role: 'observer', isActive: false }),
        'change',
      );
      expectSameAsMissing(
        reset,
        await seoulAdmin.post(`/api/admin/users/${nobody}/password`, {
          temporaryPassword: 'taken-over-from-seoul',
        }),
        'password',
      );
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

      expectError(unknown, 404, 'not_found');
      expectValidationFailed(malformed, ['userId']);
    });
  });
});
