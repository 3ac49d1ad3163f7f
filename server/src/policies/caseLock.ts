import { type CaseStatus, isClosedCaseStatus } from '@konsil/shared';
import { type Actor, type CaseScope, can } from './can';

/** The decision actions that a case's state (closed, open, signed minutes) can lock. */
export type LockableCaseAction =
  | 'recommendation:edit'
  | 'position:state'
  | 'case:close'
  | 'case:reopen';

/** Why a lockable action is refused to someone who could otherwise take it. */
export type CaseLock = 'minutes_signed' | 'case_closed' | 'case_not_closed';

const withStatus = (scope: CaseScope, status: CaseStatus): CaseScope => ({ ...scope, status });
const unsigned = (scope: CaseScope): CaseScope => ({
  ...scope,
  board: { ...scope.board, minutesSigned: false },
});

/**
 * Null when `actor` may take `action`, or may not for who they are (then a plain refusal is the
 * answer). Otherwise the state that stands in the way: signed minutes (nothing changes any
 * more), a closed case (a coordinator reopens it first) or, for reopening, a case that is open.
 * A clinician who could state a position learns that the case is closed, not just "forbidden".
 */
export function caseLockOf(
  actor: Actor,
  action: LockableCaseAction,
  scope: CaseScope,
): CaseLock | null {
  if (can(actor, action, scope)) return null;
  const asOpen = withStatus(scope, 'ready');
  const asClosed = withStatus(scope, 'decided');
  if (
    scope.board.minutesSigned &&
    [scope, asOpen, asClosed].some((candidate) => can(actor, action, unsigned(candidate)))
  ) {
    return 'minutes_signed';
  }
  const isClosed = isClosedCaseStatus(scope.status);
  if (isClosed && can(actor, action, asOpen)) return 'case_closed';
  if (!isClosed && can(actor, action, asClosed)) return 'case_not_closed';
  return null;
}
