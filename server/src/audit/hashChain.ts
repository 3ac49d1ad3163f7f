import { createHash } from 'node:crypto';
import type { AuditEventTable } from '../storage/schema';

export const GENESIS_HASH = '0'.repeat(64);

/** Every stored field except the hash itself, in a fixed order. */
export function auditRowHash(row: Omit<AuditEventTable, 'hash'>): string {
  const content = JSON.stringify([
    row.seq,
    row.id,
    row.occurred_at,
    row.actor_user_id,
    row.actor_institution_id,
    row.action,
    row.object_type,
    row.object_id,
    row.object_institution_id,
    row.outcome,
    row.client_address,
    row.details,
  ]);
  return createHash('sha256').update(row.prev_hash).update('\n').update(content).digest('hex');
}
