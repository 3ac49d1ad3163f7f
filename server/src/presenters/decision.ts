import type { CaseDecision, PositionEntry, Tally } from '@konsil/shared';
import { type Actor, can } from '../policies/can';
import { caseScopeOf } from '../policies/scopes';
import type { BoardRecord } from '../storage/repositories/boards';
import type { CaseRecord } from '../storage/repositories/cases';
import type { RecommendationRecord } from '../storage/repositories/decisions';

export function tallyOf(positions: readonly PositionEntry[]): Tally {
  const tally: Tally = { agree: 0, disagree: 0, abstain: 0 };
  for (const entry of positions) tally[entry.position] += 1;
  return tally;
}

/** A case's decision as `actor` may see it: what was recommended, who stands where, what they may do. */
export function presentDecision(
  board: BoardRecord,
  item: CaseRecord,
  recommendation: RecommendationRecord | null,
  positions: PositionEntry[],
  actor: Actor,
): CaseDecision {
  const scope = caseScopeOf(board, item);
  // Signed minutes freeze the decision for everyone.
  const isOpen = !board.minutesSigned;
  return {
    boardId: board.id,
    caseId: item.id,
    status: item.status,
    statusReason: item.statusReason,
    recommendation,
    positions,
    tally: tallyOf(positions),
    permissions: {
      canEditRecommendation: isOpen && can(actor, 'recommendation:edit', scope),
      canStatePosition: isOpen && can(actor, 'position:state', scope),
      canClose: isOpen && can(actor, 'case:close', scope),
    },
  };
}
