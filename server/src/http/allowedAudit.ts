import type { AuditAction } from '@konsil/shared';
import type { Request } from 'express';
import type { AuditEntry } from '../audit/auditLog';
import type { Clock } from '../clock';
import { authOf } from './middleware/authenticate';

/** The audit record of something the signed-in user was allowed to do, from their request. */
export function allowedAudit(
  clock: Clock,
  req: Request,
  action: AuditAction,
  object: AuditEntry['object'],
  details?: AuditEntry['details'],
): AuditEntry {
  const { user } = authOf(req);
  return {
    action,
    outcome: 'allowed',
    actor: { userId: user.id, institutionId: user.institution.id },
    object,
    clientAddress: req.ip ?? null,
    details,
    at: clock.now(),
  };
}
