import { AuditActionSchema, type AuditEvent, AuditOutcomeSchema } from '@konsil/shared';
import type { AuditEventRow } from '../storage/repositories/auditEvents';

export function presentAuditEvent(row: AuditEventRow): AuditEvent {
  return {
    id: row.id,
    seq: Number(row.seq),
    occurredAt: row.occurred_at,
    actor:
      row.actor_id && row.actor_name && row.actor_email
        ? { id: row.actor_id, name: row.actor_name, email: row.actor_email }
        : null,
    actorInstitution:
      row.actor_inst_id && row.actor_inst_code
        ? { id: row.actor_inst_id, code: row.actor_inst_code }
        : null,
    action: AuditActionSchema.parse(row.action),
    objectType: row.object_type,
    objectId: row.object_id,
    objectLabel: row.object_user_name ?? null,
    objectInstitution:
      row.object_inst_id && row.object_inst_code
        ? { id: row.object_inst_id, code: row.object_inst_code }
        : null,
    outcome: AuditOutcomeSchema.parse(row.outcome),
    clientAddress: row.client_address,
    hash: row.hash,
  };
}
