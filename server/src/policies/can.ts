import type { Action, Role } from '@konsil/shared';

/** What the policy layer needs to know about the acting user. */
export interface Actor {
  id: string;
  role: Role;
  institutionId: string;
  isActive: boolean;
}

export interface InstitutionScope {
  institutionId: string;
}

export interface BoardScope {
  institutionIds: string[];
  participantIds: string[];
}

export interface PolicyObjects {
  'users:manage': InstitutionScope;
  'audit:read': InstitutionScope;
  'board:read': BoardScope;
}

type Rule<A extends Action> = (actor: Actor, object: PolicyObjects[A]) => boolean;

const isAdminOf = (actor: Actor, scope: InstitutionScope) =>
  actor.role === 'admin' && actor.institutionId === scope.institutionId;

const RULES: { [A in Action]: Rule<A> } = {
  'users:manage': isAdminOf,
  'audit:read': isAdminOf,
  // Invited participants, plus coordinators and admins of participating institutions.
  'board:read': (actor, board) =>
    board.participantIds.includes(actor.id) ||
    ((actor.role === 'coordinator' || actor.role === 'admin') &&
      board.institutionIds.includes(actor.institutionId)),
};

/** The single place that decides access. Inactive users may do nothing. */
export function can<A extends Action>(actor: Actor, action: A, object: PolicyObjects[A]): boolean {
  if (!actor.isActive) return false;
  const rule = RULES[action] as Rule<A>;
  return rule(actor, object);
}
