import { AuditActionSchema, type AuditEvent, AuditOutcomeSchema } from '@konsil/shared';
import type { ObjectLabel } from '../audit/objectLabels';
import type { AuditEventRow } from '../storage/repositories/auditEvents';

/**
 * The refused policy action or step of a refusal. Only this key of `details` is shown: the
 * others were written for investigators reading the database, not for the page.
 */
function attemptedOf(details: string | null): string | null {
  if (!details) return null;
  try {
    const attempted: unknown = Reflect.get(Object(JSON.parse(details)), 'attempted');
    return typeof attempted === 'string' ? attempted.slice(0, 60) : null;
  } catch {
    return null;
  }
}

export function presentAuditEvent(row: AuditEventRow, object: ObjectLabel): AuditEvent {
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
    objectLabel: object.label,
    isObjectWithheld: object.isWithheld,
    objectInstitution:
      row.object_inst_id && row.object_inst_code
        ? { id: row.object_inst_id, code: row.object_inst_code }
        : null,
    outcome: AuditOutcomeSchema.parse(row.outcome),
    attempted: attemptedOf(row.details),
    clientAddress: row.client_address,
    hash: row.hash,
  };
}
