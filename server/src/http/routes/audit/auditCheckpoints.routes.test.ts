import { createPublicKey, verify } from 'node:crypto';
import {
  AuditCheckpointListSchema,
  AuditCheckpointSchema,
  AuditVerifyResultSchema,
} from '@konsil/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkpointMessage } from '../../../audit/checkpoints';
import { keyIdOf } from '../../../audit/signingKey';
import { apiError, signIn } from '../../../test/api';
import { rewriteAuditRowLikeAnAttacker } from '../../../test/auditTampering';
import { describeEachDatabase } from '../../../test/databases';
import { auditRows, institutionIdOf, userIdOf } from '../../../test/queries';
import type { TestClient } from '../../../test/testClient';
import { startTestServer, type TestServer } from '../../../test/testServer';

const ADMIN_BERLIN = 'admin.berlin@konsil.test';
const ADMIN_SEOUL = 'admin.seoul@konsil.test';

async function signCheckpoint(admin: TestClient) {
  const response = await admin.post('/api/audit/checkpoints');
  expect(response.status, 'POST /api/audit/checkpoints').toBe(201);
  return AuditCheckpointSchema.parse(response.body);
}

async function checkpointList(admin: TestClient) {
  const response = await admin.get('/api/audit/checkpoints');
  expect(response.status, 'GET /api/audit/checkpoints').toBe(200);
  return AuditCheckpointListSchema.parse(response.body);
}

async function verification(admin: TestClient) {
  const response = await admin.get('/api/audit/verify');
  expect(response.status, 'GET /api/audit/verify').toBe(200);
  return AuditVerifyResultSchema.parse(response.body);
}

describeEachDatabase('audit checkpoints API', (dialect) => {
  let server: TestServer;

  beforeEach(async () => {
    server = await startTestServer({ dialect });
  });

  afterEach(async () => {
    await server.close();
  });

  it('signs the head on demand, with the audit row of the signing inside what it covers', async () => {
    const admin = await signIn(server, ADMIN_BERLIN);
    server.clock.advanceMinutes(5);

    const checkpoint = await signCheckpoint(admin);

    const [signedRow] = await auditRows(server.db, { action: 'audit.checkpoint_signed' });
    expect(signedRow).toMatchObject({
      actor_user_id: await userIdOf(server.db, ADMIN_BERLIN),
      object_type: 'audit_checkpoint',
      object_institution_id: await institutionIdOf(server.db, 'CCCC'),
      details: JSON.stringify({ checkpoint: 1 }),
    });
    expect(checkpoint).toMatchObject({
      number: 1,
      seq: Number(signedRow?.seq),
      hash: signedRow?.hash,
      signedAt: '2026-12-03T07:05:00.000Z',
    });
    expect((await signCheckpoint(admin)).number).toBe(2);
  });

  it('lists every checkpoint with a public key that verifies each signature', async () => {
    const admin = await signIn(server, ADMIN_SEOUL);
    const first = await signCheckpoint(admin);
    const second = await signCheckpoint(admin);

    const list = await checkpointList(admin);

    expect(list.checkpoints).toEqual([first, second]);
    const publicKey = createPublicKey(list.publicKey);
    expect(list).toMatchObject({ algorithm: 'Ed25519', keyId: keyIdOf(publicKey) });
    // Checked here with node:crypto and the published message format, not with the server's verifier.
    const holds = list.checkpoints.map((checkpoint, i) =>
      verify(
        null,
        Buffer.from(checkpointMessage(checkpoint, list.checkpoints[i - 1]?.signature ?? null)),
        publicKey,
        Buffer.from(checkpoint.signature, 'base64'),
      ),
    );
    expect(holds).toEqual([true, true]);
    expect(JSON.stringify(list)).not.toMatch(/PRIVATE KEY/);
    expect(await auditRows(server.db, { action: 'audit.checkpoints_viewed' })).toMatchObject([
      { actor_user_id: await userIdOf(server.db, ADMIN_SEOUL), object_type: 'audit_checkpoint' },
    ]);
  });

  it('verifies an untouched log against its checkpoints', async () => {
    const admin = await signIn(server, ADMIN_BERLIN);
    const checkpoint = await signCheckpoint(admin);
    await signIn(server, 'coordinator.berlin@konsil.test');

    const result = await verification(admin);

    expect(result).toMatchObject({
      ok: true,
      firstBroken: null,
      checkpoints: {
        checked: 1,
        total: 1,
        lastVerified: { number: 1, seq: checkpoint.seq, signedAt: checkpoint.signedAt },
        firstBroken: null,
      },
    });
  });

  it('reports the rewritten rows although the chain was recomputed to the head', async () => {
    const admin = await signIn(server, ADMIN_BERLIN);
    await signIn(server, 'coordinator.berlin@konsil.test');
    const first = await signCheckpoint(admin);
    await signIn(server, 'oncologist.seoul@konsil.test');
    const second = await signCheckpoint(admin);
    const [seoulLogin] = await auditRows(server.db, {
      action: 'auth.login',
      actorUserId: await userIdOf(server.db, 'oncologist.seoul@konsil.test'),
    });

    await rewriteAuditRowLikeAnAttacker(server.db, Number(seoulLogin?.seq), {
      client_address: '198.51.100.7',
    });
    const result = await verification(admin);

    expect(result.ok).toBe(false);
    expect(result.firstBroken).toBeNull();
    expect(result.checkpoints).toMatchObject({
      checked: 1,
      lastVerified: { number: 1, seq: first.seq },
      firstBroken: {
        checkpoint: 2,
        problem: 'rows_changed',
        seq: first.seq + 1,
        toSeq: second.seq,
        reason: `rows ${first.seq + 1}..${second.seq} were changed after checkpoint 2 was signed (row ${second.seq} no longer has the signed hash)`,
      },
    });
  });

  describe('refusals', () => {
    it.each([
      'coordinator.berlin@konsil.test',
      'oncologist.seoul@konsil.test',
      'observer.berlin@konsil.test',
    ])('refuses %s (not an admin) both routes and audits each refusal', async (email) => {
      const user = await signIn(server, email);

      expect(apiError(await user.get('/api/audit/checkpoints'))).toMatchObject({
        status: 403,
        id: 'forbidden',
      });
      expect(apiError(await user.post('/api/audit/checkpoints'))).toMatchObject({
        status: 403,
        id: 'forbidden',
      });

      const refusals = await auditRows(server.db, {
        action: 'access.refused',
        actorUserId: await userIdOf(server.db, email),
      });
      expect(refusals.map((row) => [row.object_type, row.details])).toEqual([
        ['audit_checkpoint', JSON.stringify({ attempted: 'audit:read' })],
        ['audit_checkpoint', JSON.stringify({ attempted: 'audit:read' })],
      ]);
      expect(await server.db.selectFrom('audit_checkpoints').selectAll().execute()).toEqual([]);
      expect(await auditRows(server.db, { action: 'audit.checkpoints_viewed' })).toEqual([]);
    });

    it('requires a session', async () => {
      const anonymous = server.client();
      expect(apiError(await anonymous.get('/api/audit/checkpoints'))).toMatchObject({
        status: 401,
        id: 'unauthenticated',
      });
      expect(apiError(await anonymous.post('/api/audit/checkpoints'))).toMatchObject({
        status: 401,
        id: 'unauthenticated',
      });
    });

    it('refuses a signing request from a foreign origin', async () => {
      const admin = await signIn(server, ADMIN_BERLIN);

      const response = await admin.post('/api/audit/checkpoints', undefined, {
        origin: 'https://evil.example',
      });

      expect(response.status).toBe(403);
      expect(await server.db.selectFrom('audit_checkpoints').selectAll().execute()).toEqual([]);
    });
  });
});
