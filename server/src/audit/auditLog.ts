import { randomUUID } from 'node:crypto';
import type { AuditAction, AuditOutcome } from '@konsil/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema';
import { auditRowHash } from './hashChain';

export interface AuditEntry {
  action: AuditAction;
  outcome: AuditOutcome;
  actor: { userId: string; institutionId: string } | null;
  object: { type: string; id: string | null; institutionId: string | null };
  clientAddress: string | null;
  /** Small, non-clinical context (e.g. which role changed); never patient data. */
  details?: Record<string, string | number | boolean | null>;
  at: Date;
}

/**
 * Appends one event to the hash chain. Call it inside the transaction of the
 * change it records. Bumping the head row first takes its row lock on
 * PostgreSQL (SQLite serialises writers), so concurrent appends cannot fork
 * the chain.
 */
export async function appendAudit(trx: Kysely<Database>, entry: AuditEntry): Promise<void> {
  const head = await trx
    .updateTable('audit_head')
    .set((eb) => ({ seq: eb('seq', '+', 1) }))
    .where('id', '=', 1)
    .returning(['seq', 'last_hash'])
    .executeTakeFirstOrThrow();
  const row = {
    id: randomUUID(),
    seq: Number(head.seq),
    occurred_at: entry.at.toISOString(),
    actor_user_id: entry.actor?.userId ?? null,
    actor_institution_id: entry.actor?.institutionId ?? null,
    action: entry.action,
    object_type: entry.object.type,
    object_id: entry.object.id,
    object_institution_id: entry.object.institutionId,
    outcome: entry.outcome,
    client_address: entry.clientAddress,
    details: entry.details ? JSON.stringify(entry.details) : null,
    prev_hash: head.last_hash,
  };
  const hash = auditRowHash(row);
  await trx
    .insertInto('audit_events')
    .values({ ...row, hash })
    .execute();
  await trx.updateTable('audit_head').set({ last_hash: hash }).where('id', '=', 1).execute();
}
