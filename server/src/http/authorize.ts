import type { Action } from '@konsil/shared';
import type { Request } from 'express';
import { appendAudit } from '../audit/auditLog';
import type { AppContext } from '../context';
import { type Actor, can, type PolicyObjects } from '../policies/can';
import type { UserRecord } from '../storage/repositories/users';
import { HttpError } from './httpError';

export function actorOf(user: UserRecord): Actor {
  return {
    id: user.id,
    role: user.role,
    institutionId: user.institution.id,
    isActive: user.isActive,
  };
}

export interface AuditedObject {
  type: string;
  id: string | null;
  institutionId: string | null;
}

/**
 * Asks the policy layer; on refusal records `access.refused` and throws.
 * `refuseAs: 'not_found'` hides that the object exists.
 */
export async function authorize<A extends Action>(
  ctx: AppContext,
  req: Request,
  action: A,
  policyObject: PolicyObjects[A],
  audited: AuditedObject,
  refuseAs: 'forbidden' | 'not_found' = 'forbidden',
): Promise<void> {
  const user = req.auth?.user;
  if (user && can(actorOf(user), action, policyObject)) return;
  await recordRefusal(ctx, req, action, audited);
  throw refuseAs === 'forbidden'
    ? new HttpError(403, 'forbidden')
    : new HttpError(404, 'not_found');
}

export async function recordRefusal(
  ctx: AppContext,
  req: Request,
  action: string,
  audited: AuditedObject,
): Promise<void> {
  const user = req.auth?.user;
  await ctx.db.transaction().execute((trx) =>
    appendAudit(trx, {
      action: 'access.refused',
      outcome: 'refused',
      actor: user ? { userId: user.id, institutionId: user.institution.id } : null,
      object: audited,
      clientAddress: req.ip ?? null,
      details: { attempted: action },
      at: ctx.clock.now(),
    }),
  );
}
