import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Db } from '../storage/db';
import { openPostgres } from '../storage/dialect';
import {
  createTestDatabase,
  describeEachDatabase,
  TEST_POSTGRES_URL,
  type TestDatabase,
} from '../test/databases';
import { auditRows } from '../test/queries';
import { type AuditEntry, appendAudit } from './auditLog';
import { auditRowHash } from './hashChain';
import { verifyAuditChain } from './verifyChain';

const BERLIN = '5d1e8c1e-8a53-4f3c-9a53-0f6b1f0c0001';

function loginEvent(n: number): AuditEntry {
  return {
    action: 'auth.login',
    outcome: 'allowed',
    actor: {
      userId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      institutionId: BERLIN,
    },
    object: { type: 'user', id: `user-${n}`, institutionId: BERLIN },
    clientAddress: `10.0.0.${n}`,
    details: { attempt: n },
    at: new Date(Date.UTC(2026, 11, 3, 7, n)),
  };
}

async function appendEvents(db: Db, count: number) {
  for (let n = 1; n <= count; n += 1) {
    await db.transaction().execute((trx) => appendAudit(trx, loginEvent(n)));
  }
}

async function rowAt(db: Db, seq: number) {
  return db.selectFrom('audit_events').selectAll().where('seq', '=', seq).executeTakeFirstOrThrow();
}

/** Resolves for everyone once `parties` callers have arrived. */
function barrier(parties: number) {
  let arrived = 0;
  let release = () => {};
  const allThere = new Promise<void>((resolve) => {
    release = resolve;
  });
  return async () => {
    arrived += 1;
    if (arrived >= parties) release();
    await allThere;
  };
}

describeEachDatabase('audit chain verification', (dialect) => {
  let database: TestDatabase;
  let db: Db;

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    db = database.db;
  });

  afterEach(async () => {
    await database.destroy();
  });

  it('accepts an empty chain', async () => {
    expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: 0, firstBroken: null });
  });

  it('accepts an untouched chain and checks every row', async () => {
    await appendEvents(db, 7);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: 7, firstBroken: null });
  });

  it.each([
    ['action', { action: 'auth.logout' }],
    ['client_address', { client_address: '203.0.113.9' }],
    ['occurred_at', { occurred_at: '2026-12-03T06:00:00.000Z' }],
    ['details', { details: null }],
    ['actor_user_id', { actor_user_id: null }],
  ] as const)('reports the row whose %s was changed', async (_column, change) => {
    await appendEvents(db, 5);
    const target = await rowAt(db, 3);

    await db.updateTable('audit_events').set(change).where('seq', '=', 3).execute();

    expect(await verifyAuditChain(db)).toEqual({
      ok: false,
      checked: 2,
      firstBroken: { seq: 3, id: target.id, reason: 'row content was changed' },
    });
  });

  it('reports a row deleted from the middle by the seq that is missing', async () => {
    await appendEvents(db, 5);
    const afterGap = await rowAt(db, 4);

    await db.deleteFrom('audit_events').where('seq', '=', 3).execute();

    expect(await verifyAuditChain(db)).toEqual({
      ok: false,
      checked: 2,
      firstBroken: { seq: 4, id: afterGap.id, reason: 'row 3 is missing' },
    });
  });

  it('reports the first row deleted', async () => {
    await appendEvents(db, 3);
    await db.deleteFrom('audit_events').where('seq', '=', 1).execute();

    const result = await verifyAuditChain(db);

    expect(result).toMatchObject({
      ok: false,
      checked: 0,
      firstBroken: { reason: 'row 1 is missing' },
    });
  });

  it('reports rows removed from the end, which leave no gap behind', async () => {
    await appendEvents(db, 5);

    await db.deleteFrom('audit_events').where('seq', '>=', 4).execute();

    const result = await verifyAuditChain(db);
    expect(result).toMatchObject({
      ok: false,
      checked: 3,
      firstBroken: { seq: 4, id: null, reason: 'row 4 and any after it were removed' },
    });
  });

  it('catches the last row rewritten with a recomputed hash, which only the head remembers', async () => {
    await appendEvents(db, 3);
    const last = await rowAt(db, 3);
    const forged = { ...last, action: 'auth.logout' };
    await db
      .updateTable('audit_events')
      .set({ action: forged.action, hash: auditRowHash(forged) })
      .where('seq', '=', 3)
      .execute();

    expect(await verifyAuditChain(db)).toEqual({
      ok: false,
      checked: 3,
      firstBroken: { seq: 3, id: last.id, reason: 'row content was changed' },
    });
  });

  it('catches a changed row whose hash was recomputed by the next row’s link', async () => {
    await appendEvents(db, 5);
    const forged = { ...(await rowAt(db, 3)), action: 'auth.logout' };
    const next = await rowAt(db, 4);

    await db
      .updateTable('audit_events')
      .set({ action: forged.action, hash: auditRowHash(forged) })
      .where('seq', '=', 3)
      .execute();

    expect(await verifyAuditChain(db)).toEqual({
      ok: false,
      checked: 3,
      firstBroken: { seq: 4, id: next.id, reason: 'link to the previous row does not match' },
    });
  });

  it('catches a rewritten last row through the chain head', async () => {
    await appendEvents(db, 5);
    const forged = { ...(await rowAt(db, 5)), client_address: '203.0.113.9' };

    await db
      .updateTable('audit_events')
      .set({ client_address: forged.client_address, hash: auditRowHash(forged) })
      .where('seq', '=', 5)
      .execute();

    expect((await verifyAuditChain(db)).ok).toBe(false);
  });

  it('keeps one unbroken chain when twenty transactions append at once', async () => {
    const writers = 20;
    // PostgreSQL: a pool as wide as the writers, and a barrier holding every
    // transaction open until all have begun, so the appends truly race.
    // SQLite has one connection that serialises transactions; there a barrier would deadlock.
    const pool = dialect === 'postgres' ? await widePool(db, writers) : null;
    const arrive = barrier(pool ? writers : 1);
    const executor = pool ?? db;

    // Settle every writer before judging, so a failure cannot leave transactions behind.
    const outcomes = await Promise.allSettled(
      Array.from({ length: writers }, (_, i) =>
        executor.transaction().execute(async (trx) => {
          await arrive();
          await appendAudit(trx, loginEvent(i + 1));
        }),
      ),
    ).finally(() => pool?.destroy());
    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([]);

    const rows = await auditRows(db);
    expect(rows.map((row) => Number(row.seq))).toEqual(
      Array.from({ length: writers }, (_, i) => i + 1),
    );
    expect(new Set(rows.map((row) => row.prev_hash)).size).toBe(writers);
    expect(new Set(rows.map((row) => row.client_address)).size).toBe(writers);
    const head = await db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();
    expect({ seq: Number(head.seq), lastHash: head.last_hash }).toEqual({
      seq: writers,
      lastHash: rows.at(-1)?.hash,
    });
    expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: writers, firstBroken: null });
  });
});

/** A second pool onto the same test schema, with one connection per writer. */
async function widePool(db: Db, connections: number): Promise<Db> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('No current schema');
  return openPostgres({ connectionString: TEST_POSTGRES_URL, schema, maxConnections: connections });
}
