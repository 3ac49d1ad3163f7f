import { AuditPageSchema, AuditVerifyResultSchema } from '@konsil/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit } from '../../../audit/auditLog';
import { apiError, fieldPaths, signIn } from '../../../test/api';
import { describeEachDatabase } from '../../../test/databases';
import { buildUser } from '../../../test/factories';
import { auditRows, institutionIdOf, userIdOf } from '../../../test/queries';
import type { TestClient } from '../../../test/testClient';
import { startTestServer, type TestServer } from '../../../test/testServer';

const ADMIN_BERLIN = 'admin.berlin@konsil.test';
const ADMIN_SEOUL = 'admin.seoul@konsil.test';

async function auditPage(admin: TestClient, query = '') {
  const response = await admin.get(`/api/audit${query}`);
  expect(response.status, `GET /api/audit${query}`).toBe(200);
  return AuditPageSchema.parse(response.body);
}

describeEachDatabase('audit API', (dialect) => {
  let server: TestServer;
  let berlinId: string;

  beforeEach(async () => {
    server = await startTestServer({ dialect });
    berlinId = await institutionIdOf(server.db, 'CCCC');
  });

  afterEach(async () => {
    await server.close();
  });

  /** Ids of the stored events Berlin's admin may read, newest first. */
  async function berlinVisibleIds() {
    const rows = await auditRows(server.db);
    return rows
      .filter(
        (row) => row.actor_institution_id === berlinId || row.object_institution_id === berlinId,
      )
      .reverse()
      .map((row) => row.id);
  }

  /** A morning of sign-ins across three centers, ten minutes apart. */
  async function morningOfLogins() {
    for (const email of [
      'coordinator.berlin@konsil.test',
      'oncologist.seoul@konsil.test',
      'oncologist.berlin@konsil.test',
      'oncologist.vienna@konsil.test',
      'surgeon.berlin@konsil.test',
    ]) {
      await signIn(server, email);
      server.clock.advanceMinutes(10);
    }
    expect((await server.client().login('coordinator.berlin@konsil.test', 'wrong')).status).toBe(
      401,
    );
    server.clock.advanceMinutes(10);
  }

  describe('reading events', () => {
    it("returns all of Berlin's events newest first, and no one else's", async () => {
      await morningOfLogins();
      const admin = await signIn(server, ADMIN_BERLIN);
      const expected = await berlinVisibleIds();

      const page = await auditPage(admin);

      expect(page.events.map((event) => event.id)).toEqual(expected);
      expect(page.nextBefore).toBeNull();
      const emails = page.events.map((event) => event.actor?.email);
      expect(emails).toContain('coordinator.berlin@konsil.test');
      expect(emails).not.toContain('oncologist.seoul@konsil.test');
      expect(emails).not.toContain('oncologist.vienna@konsil.test');
      for (const event of page.events) {
        expect([event.actorInstitution?.code, event.objectInstitution?.code]).toContain('CCCC');
      }
      const seqs = page.events.map((event) => event.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    });

    it('records that the log was viewed', async () => {
      const admin = await signIn(server, ADMIN_BERLIN);
      await auditPage(admin);
      expect(await auditRows(server.db, { action: 'audit.viewed' })).toMatchObject([
        {
          actor_user_id: await userIdOf(server.db, ADMIN_BERLIN),
          object_type: 'audit_log',
          object_institution_id: berlinId,
        },
      ]);
    });

    it('pages backwards with nextBefore until every event was seen once', async () => {
      await morningOfLogins();
      const admin = await signIn(server, ADMIN_BERLIN);
      const expected = await berlinVisibleIds();
      expect(expected.length).toBeGreaterThan(4);

      const first = await auditPage(admin, '?limit=2');
      expect(first.events.map((event) => event.id)).toEqual(expected.slice(0, 2));
      expect(first.nextBefore).toBe(first.events[1]?.seq);

      const seen = first.events.map((event) => event.id);
      let before = first.nextBefore;
      while (before !== null) {
        const page = await auditPage(admin, `?limit=2&before=${before}`);
        expect(page.events.length).toBeGreaterThan(0);
        for (const event of page.events) expect(event.seq).toBeLessThan(before);
        seen.push(...page.events.map((event) => event.id));
        before = page.nextBefore;
      }
      expect(seen).toEqual(expected);
    });

    it('gives no nextBefore when the page holds the last event exactly', async () => {
      const admin = await signIn(server, ADMIN_BERLIN);
      const expected = await berlinVisibleIds();
      const page = await auditPage(admin, `?limit=${expected.length}`);
      expect(page.events.map((event) => event.id)).toEqual(expected);
      expect(page.nextBefore).toBeNull();
    });
  });

  describe('filters', () => {
    it('matches the actor by a case-insensitive part of their email', async () => {
      await morningOfLogins();
      const admin = await signIn(server, ADMIN_BERLIN);

      const page = await auditPage(admin, '?actor=COORDINATOR.berlin');

      expect(page.events.length).toBeGreaterThan(0);
      for (const event of page.events) {
        expect(event.actor?.email).toBe('coordinator.berlin@konsil.test');
      }
      // The failed login has no actor: it is an event on the account, not by the user.
      const coordinatorId = await userIdOf(server.db, 'coordinator.berlin@konsil.test');
      expect(page.events.map((event) => event.id)).toEqual(
        (await auditRows(server.db, { actorUserId: coordinatorId })).map((row) => row.id).reverse(),
      );
    });

    it('narrows by action and object type', async () => {
      await morningOfLogins();
      const admin = await signIn(server, ADMIN_BERLIN);

      const logins = await auditPage(admin, '?action=auth.login');
      const failures = await auditPage(admin, '?action=auth.login_failed&objectType=user');
      const onAuditLog = await auditPage(admin, '?objectType=audit_log');

      expect(logins.events.map((event) => event.actor?.email)).toEqual([
        ADMIN_BERLIN,
        'surgeon.berlin@konsil.test',
        'oncologist.berlin@konsil.test',
        'coordinator.berlin@konsil.test',
      ]);
      expect(failures.events).toHaveLength(1);
      expect(failures.events[0]).toMatchObject({
        action: 'auth.login_failed',
        outcome: 'refused',
        actor: null,
        objectId: await userIdOf(server.db, 'coordinator.berlin@konsil.test'),
      });
      // Only the two earlier views of this very test, newest first.
      expect(onAuditLog.events.map((event) => event.action)).toEqual([
        'audit.viewed',
        'audit.viewed',
      ]);
    });

    it('keeps events between from and to, both inclusive', async () => {
      const start = server.clock.now();
      await morningOfLogins();
      const admin = await signIn(server, ADMIN_BERLIN);
      const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000).toISOString();

      // Logins happened at +0 (coordinator), +20 (oncologist), +40 (surgeon).
      const page = await auditPage(admin, `?action=auth.login&from=${at(20)}&to=${at(40)}`);

      expect(page.events.map((event) => [event.actor?.email, event.occurredAt])).toEqual([
        ['surgeon.berlin@konsil.test', at(40)],
        ['oncologist.berlin@konsil.test', at(20)],
      ]);
    });

    it('matches % and _ in the actor filter literally', async () => {
      const admin = await signIn(server, ADMIN_BERLIN);
      // Emails the API would refuse are stored directly: the filter must be safe for any stored text.
      const users = await Promise.all(
        [
          'ab_c@konsil.test',
          'abxc@konsil.test',
          'rate%off@konsil.test',
          'rate-is-off@konsil.test',
        ].map((email) => buildUser(server.db, { institution: 'CCCC', role: 'clinician', email })),
      );
      for (const user of users) {
        await server.db.transaction().execute((trx) =>
          appendAudit(trx, {
            action: 'auth.login',
            outcome: 'allowed',
            actor: { userId: user.id, institutionId: berlinId },
            object: { type: 'user', id: user.id, institutionId: berlinId },
            clientAddress: '127.0.0.1',
            at: server.clock.now(),
          }),
        );
      }

      const underscore = await auditPage(admin, '?actor=b_c');
      const percent = await auditPage(admin, '?actor=rate%25off');

      expect(underscore.events.map((event) => event.actor?.email)).toEqual(['ab_c@konsil.test']);
      expect(percent.events.map((event) => event.actor?.email)).toEqual(['rate%off@konsil.test']);
    });
  });

  describe('who sees what', () => {
    it("shows an event by a Seoul user on a Berlin object to both admins, not to Vienna's", async () => {
      const viennaAdmin = await buildUser(server.db, { institution: 'VCCC', role: 'admin' });
      const seoulAdminId = await userIdOf(server.db, ADMIN_SEOUL);
      const seoulId = await institutionIdOf(server.db, 'SCCC');
      const berlinOncologistId = await userIdOf(server.db, 'oncologist.berlin@konsil.test');
      await server.db.transaction().execute((trx) =>
        appendAudit(trx, {
          action: 'access.refused',
          outcome: 'refused',
          actor: { userId: seoulAdminId, institutionId: seoulId },
          object: { type: 'user', id: berlinOncologistId, institutionId: berlinId },
          clientAddress: '10.0.0.7',
          at: server.clock.now(),
        }),
      );
      const crossing = (await auditRows(server.db, { action: 'access.refused' }))[0];
      expect(crossing).toBeDefined();

      const idsSeenBy = async (email: string, password?: string) =>
        (await auditPage(await signIn(server, email, password))).events.map((event) => event.id);

      expect(await idsSeenBy(ADMIN_BERLIN)).toContain(crossing?.id);
      expect(await idsSeenBy(ADMIN_SEOUL)).toContain(crossing?.id);
      expect(await idsSeenBy(viennaAdmin.email, viennaAdmin.password)).not.toContain(crossing?.id);
    });

    it("does not show purely Berlin events to Seoul's admin", async () => {
      await signIn(server, 'coordinator.berlin@konsil.test');
      const seoulAdmin = await signIn(server, ADMIN_SEOUL);
      const seoulId = await institutionIdOf(server.db, 'SCCC');
      const seoulRows = (await auditRows(server.db)).filter(
        (row) => row.actor_institution_id === seoulId || row.object_institution_id === seoulId,
      );

      const page = await auditPage(seoulAdmin);

      expect(page.events.map((event) => event.actor?.email)).toEqual([ADMIN_SEOUL]);
      expect(page.events.map((event) => event.id)).toEqual(seoulRows.map((row) => row.id));
    });
  });

  describe('refusals', () => {
    it.each([
      'coordinator.berlin@konsil.test',
      'oncologist.berlin@konsil.test',
      'observer.berlin@konsil.test',
    ])('refuses %s (not an admin) and audits the refusal', async (email) => {
      const user = await signIn(server, email);

      expect(apiError(await user.get('/api/audit'))).toMatchObject({
        status: 403,
        id: 'forbidden',
      });
      expect(apiError(await user.get('/api/audit/verify'))).toMatchObject({
        status: 403,
        id: 'forbidden',
      });

      const refusals = await auditRows(server.db, {
        action: 'access.refused',
        actorUserId: await userIdOf(server.db, email),
      });
      expect(refusals.map((row) => [row.object_type, row.details])).toEqual([
        ['audit_log', JSON.stringify({ attempted: 'audit:read' })],
        ['audit_log', JSON.stringify({ attempted: 'audit:read' })],
      ]);
      expect(await auditRows(server.db, { action: 'audit.viewed' })).toEqual([]);
    });

    it('requires a session', async () => {
      expect(apiError(await server.client().get('/api/audit'))).toMatchObject({
        status: 401,
        id: 'unauthenticated',
      });
    });

    it.each([
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['limit=ten', 'limit'],
      ['action=nope', 'action'],
      ['from=yesterday', 'from'],
      ['to=2026-12-03', 'to'],
      ['before=-3', 'before'],
    ])('refuses ?%s and names %s', async (query, path) => {
      const admin = await signIn(server, ADMIN_BERLIN);

      const response = await admin.get(`/api/audit?${query}`);

      expect(apiError(response)).toMatchObject({ status: 400, id: 'validation_failed' });
      expect(fieldPaths(response)).toEqual([path]);
    });
  });

  describe('verifying the chain', () => {
    it('checks every stored row and records that it did', async () => {
      await morningOfLogins();
      const admin = await signIn(server, ADMIN_BERLIN);
      const rowsBefore = (await auditRows(server.db)).length;

      const response = await admin.get('/api/audit/verify');

      expect(response.status).toBe(200);
      expect(AuditVerifyResultSchema.parse(response.body)).toEqual({
        ok: true,
        checked: rowsBefore,
        firstBroken: null,
        // No checkpoint signed yet: nothing to hold the rows against.
        checkpoints: { checked: 0, total: 0, lastVerified: null, firstBroken: null },
      });
      const rowsAfter = await auditRows(server.db);
      expect(rowsAfter).toHaveLength(rowsBefore + 1);
      expect(rowsAfter.at(-1)?.action).toBe('audit.verified');
    });

    it('reports a row changed behind its back', async () => {
      await morningOfLogins();
      const admin = await signIn(server, ADMIN_BERLIN);
      await server.db
        .updateTable('audit_events')
        .set({ outcome: 'allowed' })
        .where('action', '=', 'auth.login_failed')
        .execute();
      const tampered = (await auditRows(server.db, { action: 'auth.login_failed' }))[0];

      const result = AuditVerifyResultSchema.parse((await admin.get('/api/audit/verify')).body);

      expect(result).toMatchObject({
        ok: false,
        firstBroken: { seq: tampered?.seq, id: tampered?.id, reason: 'row content was changed' },
      });
    });
  });
});
