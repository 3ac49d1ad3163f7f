import type { AuditEntry } from '../audit/auditLog';
import { appendAudit } from '../audit/auditLog';
import { auditRowHash } from '../audit/hashChain';
import type { Db } from '../storage/db';
import type { AuditEventTable } from '../storage/schema';

const BERLIN = '5d1e8c1e-8a53-4f3c-9a53-0f6b1f0c0001';

/** A sign-in event, distinct per `n`. */
export function loginEvent(n: number): AuditEntry {
  return {
    action: 'auth.login',
    outcome: 'allowed',
    actor: {
      userId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      institutionId: BERLIN,
    },
    object: { type: 'user', id: `user-${n}`, institutionId: BERLIN },
    clientAddress: `10.0.0.${n % 250}`,
    details: { attempt: n },
    at: new Date(Date.UTC(2026, 11, 3, 7, n)),
  };
}

/** Appends `count` events numbered from `from`, one transaction each, as the app does. */
export async function appendLoginEvents(db: Db, count: number, from = 1): Promise<void> {
  for (let n = from; n < from + count; n += 1) {
    await db.transaction().execute((trx) => appendAudit(trx, loginEvent(n)));
  }
}

type RowContent = Partial<Omit<AuditEventTable, 'id' | 'seq' | 'hash' | 'prev_hash'>>;

/**
 * What someone with write access to the database can do: change a row, then
 * recompute its hash, every later row's link and hash, and the head, so that
 * the chain is consistent again and the plain walk passes.
 */
export async function rewriteAuditRowLikeAnAttacker(
  db: Db,
  seq: number,
  change: RowContent,
): Promise<void> {
  const rows = await db
    .selectFrom('audit_events')
    .selectAll()
    .where('seq', '>=', seq)
    .orderBy('seq')
    .execute();
  let previousHash: string | null = null;
  for (const stored of rows) {
    const row = {
      ...stored,
      seq: Number(stored.seq),
      ...(Number(stored.seq) === seq ? change : {}),
      prev_hash: previousHash ?? stored.prev_hash,
    };
    const { hash: _old, ...content } = row;
    const hash = auditRowHash(content);
    await db
      .updateTable('audit_events')
      .set({ ...content, hash })
      .where('id', '=', stored.id)
      .execute();
    previousHash = hash;
  }
  if (previousHash) {
    await db
      .updateTable('audit_head')
      .set({ last_hash: previousHash })
      .where('id', '=', 1)
      .execute();
  }
}
