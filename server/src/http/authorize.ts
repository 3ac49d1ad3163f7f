import type { Action } from '@konsil/shared';
import type { Request } from 'express';
import { auditRefusal } from '../audit/refusals';
import type { AppContext } from '../context';
import { actorOf } from '../policies/actor';
import { can, type PolicyObjects } from '../policies/can';
import { HttpError } from './httpError';

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
  await auditRefusal(ctx, {
    actor: req.auth ? actorOf(req.auth.user) : null,
    attempted: action,
    object: audited,
    clientAddress: req.ip ?? null,
  });
}
