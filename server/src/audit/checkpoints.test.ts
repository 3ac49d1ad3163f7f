import { generateKeyPairSync } from 'node:crypto';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createLogger } from '../logger';
import type { Db } from '../storage/db';
import { appendLoginEvents, rewriteAuditRowLikeAnAttacker } from '../test/auditTampering';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../test/databases';
import { FakeClock } from '../test/fakeClock';
import { AuditCheckpoints } from './checkpointService';
import { listCheckpoints, signCheckpoint } from './checkpoints';
import { type AuditSigningKey, signingKeyFrom } from './signingKey';
import { verifyAuditChain } from './verifyChain';

const newKey = (): AuditSigningKey => signingKeyFrom(generateKeyPairSync('ed25519').privateKey);

describeEachDatabase('signed audit checkpoints', (dialect) => {
  let database: TestDatabase;
  let db: Db;
  let clock: FakeClock;
  let key: AuditSigningKey;
  let checkpoints: AuditCheckpoints;

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    db = database.db;
    clock = new FakeClock();
    key = newKey();
    checkpoints = new AuditCheckpoints(db, key, clock, createLogger('silent'));
  });

  afterEach(async () => {
    await checkpoints.stop({ finalCheckpoint: false });
    await database.destroy();
  });

  /** Rows 1–4 under checkpoint 1, 5–8 under checkpoint 2, then 9–10 not yet signed. */
  async function twoCheckpointsAndTwoRowsAfter() {
    await appendLoginEvents(db, 4);
    await checkpoints.signIfHeadMoved();
    clock.advanceMinutes(60);
    await appendLoginEvents(db, 4, 5);
    await checkpoints.signIfHeadMoved();
    await appendLoginEvents(db, 2, 9);
    expect((await listCheckpoints(db)).map((c) => [c.number, c.seq])).toEqual([
      [1, 4],
      [2, 8],
    ]);
  }

  it('verifies an untouched chain, with rows appended after the last checkpoint', async () => {
    await twoCheckpointsAndTwoRowsAfter();

    expect(await checkpoints.verifyLog()).toEqual({
      ok: true,
      checked: 10,
      firstBroken: null,
      checkpoints: {
        checked: 2,
        total: 2,
        lastVerified: { number: 2, seq: 8, signedAt: '2026-12-03T08:00:00.000Z' },
        firstBroken: null,
      },
    });
  });

  it('detects a rewritten row whose later hashes, links and head were all recomputed', async () => {
    await twoCheckpointsAndTwoRowsAfter();

    await rewriteAuditRowLikeAnAttacker(db, 6, { action: 'auth.logout', client_address: null });

    // The attacker's chain is consistent again: the plain walk alone is fooled.
    expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: 10, firstBroken: null });
    const result = await checkpoints.verifyLog();
    expect(result.ok).toBe(false);
    expect(result.checkpoints).toEqual({
      checked: 1,
      total: 2,
      lastVerified: { number: 1, seq: 4, signedAt: '2026-12-03T07:00:00.000Z' },
      firstBroken: {
        checkpoint: 2,
        problem: 'rows_changed',
        seq: 5,
        toSeq: 8,
        reason:
          'rows 5..8 were changed after checkpoint 2 was signed (row 8 no longer has the signed hash)',
      },
    });
  });

  it('names row 1 when the rewrite reaches under the first checkpoint', async () => {
    await twoCheckpointsAndTwoRowsAfter();

    await rewriteAuditRowLikeAnAttacker(db, 2, { details: null });

    expect((await checkpoints.verifyLog()).checkpoints).toMatchObject({
      checked: 0,
      lastVerified: null,
      firstBroken: { checkpoint: 1, problem: 'rows_changed', seq: 1, toSeq: 4 },
    });
  });

  it('detects signed rows removed from the end together with the head', async () => {
    await twoCheckpointsAndTwoRowsAfter();

    await db.deleteFrom('audit_events').where('seq', '>=', 7).execute();
    const tip = await db
      .selectFrom('audit_events')
      .select('hash')
      .where('seq', '=', 6)
      .executeTakeFirstOrThrow();
    await db
      .updateTable('audit_head')
      .set({ seq: 6, last_hash: tip.hash })
      .where('id', '=', 1)
      .execute();

    expect((await verifyAuditChain(db)).ok).toBe(true);
    expect((await checkpoints.verifyLog()).checkpoints.firstBroken).toMatchObject({
      checkpoint: 2,
      problem: 'rows_changed',
      reason: expect.stringContaining('row 8 is missing'),
    });
  });

  it('detects a checkpoint re-pointed at the rewritten hash, because its signature no longer fits', async () => {
    await twoCheckpointsAndTwoRowsAfter();
    await rewriteAuditRowLikeAnAttacker(db, 6, { action: 'auth.logout' });
    const row8 = await db
      .selectFrom('audit_events')
      .select('hash')
      .where('seq', '=', 8)
      .executeTakeFirstOrThrow();

    await db
      .updateTable('audit_checkpoints')
      .set({ row_hash: row8.hash })
      .where('number', '=', 2)
      .execute();

    expect((await checkpoints.verifyLog()).checkpoints.firstBroken).toMatchObject({
      checkpoint: 2,
      problem: 'bad_signature',
    });
  });

  it('detects an altered signature', async () => {
    await twoCheckpointsAndTwoRowsAfter();
    const [first] = await listCheckpoints(db);
    const bytes = Buffer.from(first?.signature ?? '', 'base64');
    bytes[0] = (bytes[0] ?? 0) ^ 0xff;

    await db
      .updateTable('audit_checkpoints')
      .set({ signature: bytes.toString('base64') })
      .where('number', '=', 1)
      .execute();

    expect((await checkpoints.verifyLog()).checkpoints).toMatchObject({
      checked: 0,
      firstBroken: { checkpoint: 1, problem: 'bad_signature' },
    });
  });

  it('detects a checkpoint forged with another key under the right key id', async () => {
    await twoCheckpointsAndTwoRowsAfter();
    await rewriteAuditRowLikeAnAttacker(db, 6, { action: 'auth.logout' });
    const [first, second] = await listCheckpoints(db);
    if (!first || !second) throw new Error('two checkpoints expected');
    const row8 = await db
      .selectFrom('audit_events')
      .select('hash')
      .where('seq', '=', 8)
      .executeTakeFirstOrThrow();
    const forged = { ...second, hash: row8.hash };

    await db
      .updateTable('audit_checkpoints')
      .set({
        row_hash: forged.hash,
        signature: signCheckpoint(newKey().privateKey, forged, first.signature),
      })
      .where('number', '=', 2)
      .execute();

    expect((await checkpoints.verifyLog()).checkpoints.firstBroken).toMatchObject({
      checkpoint: 2,
      problem: 'bad_signature',
    });
  });

  it('detects a checkpoint deleted from the middle, also when the later ones are renumbered', async () => {
    await twoCheckpointsAndTwoRowsAfter();
    await appendLoginEvents(db, 1, 11);
    await checkpoints.signIfHeadMoved();

    await db.deleteFrom('audit_checkpoints').where('number', '=', 2).execute();

    expect((await checkpoints.verifyLog()).checkpoints).toMatchObject({
      checked: 1,
      total: 2,
      firstBroken: {
        checkpoint: 3,
        problem: 'checkpoint_missing',
        reason: 'checkpoint 2 is missing',
      },
    });

    await db.updateTable('audit_checkpoints').set({ number: 2 }).where('number', '=', 3).execute();

    expect((await checkpoints.verifyLog()).checkpoints.firstBroken).toMatchObject({
      checkpoint: 2,
      problem: 'bad_signature',
    });
  });

  it('fails verification with a different public key', async () => {
    await twoCheckpointsAndTwoRowsAfter();
    const other = new AuditCheckpoints(db, newKey(), clock, createLogger('silent'));

    const result = await other.verifyLog();

    expect(result.ok).toBe(false);
    expect(result.checkpoints).toMatchObject({
      checked: 0,
      firstBroken: {
        checkpoint: 1,
        problem: 'wrong_key',
        reason: expect.stringContaining(key.keyId.slice(0, 16)),
      },
    });
  });

  it('signs on the interval only when the head has moved', async () => {
    expect(await checkpoints.signIfHeadMoved()).toBeNull();
    await appendLoginEvents(db, 3);

    const first = await checkpoints.signIfHeadMoved();
    clock.advanceMinutes(60);
    const unchanged = await checkpoints.signIfHeadMoved();
    await appendLoginEvents(db, 1, 4);
    const moved = await checkpoints.signIfHeadMoved();

    expect(first).toMatchObject({ number: 1, seq: 3, keyId: key.keyId });
    expect(unchanged).toBeNull();
    expect(moved).toMatchObject({ number: 2, seq: 4, signedAt: '2026-12-03T08:00:00.000Z' });
    expect(await listCheckpoints(db)).toHaveLength(2);
  });

  it('signs on its timer, once more when stopped, and leaves no timer behind', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      await appendLoginEvents(db, 2);
      checkpoints.start(15);
      expect(vi.getTimerCount()).toBe(1);

      await vi.advanceTimersByTimeAsync(15 * 60_000);
      await vi.waitFor(async () => expect(await listCheckpoints(db)).toHaveLength(1));
      await appendLoginEvents(db, 1, 3);
      await checkpoints.stop({ finalCheckpoint: true });

      expect(vi.getTimerCount()).toBe(0);
      expect((await listCheckpoints(db)).map((c) => [c.number, c.seq])).toEqual([
        [1, 2],
        [2, 3],
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('hands out one number when two signers run at once', async () => {
    await appendLoginEvents(db, 3);
    const peer = new AuditCheckpoints(db, key, clock, createLogger('silent'));

    const signed = await Promise.all([checkpoints.signIfHeadMoved(), peer.signIfHeadMoved()]);

    expect(signed.filter(Boolean)).toHaveLength(1);
    expect((await listCheckpoints(db)).map((c) => c.number)).toEqual([1]);
    expect((await checkpoints.verifyLog()).ok).toBe(true);
  });
});
