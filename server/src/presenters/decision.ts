import {
  type CaseDecision,
  type CaseEvent,
  isClosedCaseStatus,
  type PositionEntry,
  type Tally,
} from '@konsil/shared';
import { type Actor, can } from '../policies/can';
import { caseScopeOf } from '../policies/scopes';
import type { BoardRecord } from '../storage/repositories/boards';
import type { CaseRecord } from '../storage/repositories/cases';
import type { RecommendationRecord } from '../storage/repositories/decisions';

/**
 * Counts the positions on `currentVersion` only: a position on an earlier wording is not a
 * position on this one. No recommendation, no tally.
 */
export function tallyOf(
  positions: readonly Pick<PositionEntry, 'position' | 'recommendationVersion'>[],
  currentVersion: number | null,
): Tally {
  const tally: Tally = { agree: 0, disagree: 0, abstain: 0 };
  for (const entry of positions) {
    if (currentVersion !== null && entry.recommendationVersion === currentVersion) {
      tally[entry.position] += 1;
    }
  }
  return tally;
}

/** A case's decision as `actor` may see it: what was recommended, who stands where, what they may do. */
export function presentDecision(
  board: BoardRecord,
  item: CaseRecord,
  recommendation: RecommendationRecord | null,
  positions: PositionEntry[],
  history: CaseEvent[],
  actor: Actor,
): CaseDecision {
  const scope = caseScopeOf(board, item);
  // Signed minutes freeze the decision for everyone; a closed case is locked until reopened.
  const isOpen = !board.minutesSigned;
  const isClosed = isClosedCaseStatus(item.status);
  return {
    boardId: board.id,
    caseId: item.id,
    status: item.status,
    statusReason: item.statusReason,
    recommendation,
    positions,
    tally: tallyOf(positions, recommendation?.version ?? null),
    history,
    permissions: {
      canEditRecommendation: isOpen && can(actor, 'recommendation:edit', scope),
      canStatePosition: isOpen && recommendation !== null && can(actor, 'position:state', scope),
      canClose: isOpen && !isClosed && can(actor, 'case:close', scope),
      canReopen: isOpen && can(actor, 'case:reopen', scope),
    },
  };
}
