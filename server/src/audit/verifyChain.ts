import type { AuditChainResult } from '@konsil/shared';
import type { Db } from '../storage/db';
import { auditRowHash, GENESIS_HASH } from './hashChain';

const PAGE = 1000;

/** Walks the whole chain in order and reports the first row that does not fit. */
export async function verifyAuditChain(db: Db): Promise<AuditChainResult> {
  let expectedPrev = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  let lastId = '';
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(PAGE)
      .execute();
    for (const row of rows) {
      const seq = Number(row.seq);
      const broken = (reason: string): AuditChainResult => ({
        ok: false,
        checked,
        firstBroken: { seq, id: row.id, reason },
      });
      if (seq !== expectedSeq) return broken(`row ${expectedSeq} is missing`);
      if (row.prev_hash !== expectedPrev) return broken('link to the previous row does not match');
      const { hash, ...content } = row;
      if (auditRowHash({ ...content, seq }) !== hash) return broken('row content was changed');
      expectedPrev = hash;
      expectedSeq += 1;
      lastId = row.id;
      checked += 1;
    }
    if (rows.length < PAGE) break;
  }
  const head = await db.selectFrom('audit_head').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!head || Number(head.seq) > checked) {
    const missing = checked + 1;
    return {
      ok: false,
      checked,
      firstBroken: {
        seq: missing,
        id: null,
        reason: `row ${missing} and any after it were removed`,
      },
    };
  }
  if (Number(head.seq) < checked) {
    const first = Number(head.seq) + 1;
    return {
      ok: false,
      checked,
      firstBroken: {
        seq: first,
        id: null,
        reason: `rows from ${first} on were added outside the log`,
      },
    };
  }
  if (head.last_hash !== expectedPrev) {
    // The tip was rewritten with a recomputed hash: only the head still remembers the original.
    return {
      ok: false,
      checked,
      firstBroken: { seq: checked, id: lastId, reason: 'row content was changed' },
    };
  }
  return { ok: true, checked, firstBroken: null };
}
