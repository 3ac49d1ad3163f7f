import { randomUUID } from 'node:crypto';
import type { BoardStatus } from '@konsil/shared';
import type { Db } from '../storage/db';

interface DiscussionState {
  status: BoardStatus;
  currentCaseId: string | null;
}

/** The case under discussion: the current case only counts while the board is live. */
const discussedCaseOf = (state: DiscussionState) =>
  state.status === 'live' ? state.currentCaseId : null;

/**
 * Keeps `case_discussions` in step with a live command, in its transaction: when the case under
 * discussion changes (another case chosen, the board started or ended), the open span closes
 * and, if a case is now current, a new one opens. Repeats change nothing.
 */
export async function recordDiscussionChange(
  trx: Db,
  boardId: string,
  before: DiscussionState,
  after: DiscussionState,
  now: Date,
): Promise<void> {
  const previous = discussedCaseOf(before);
  const next = discussedCaseOf(after);
  if (previous === next) return;
  const at = now.toISOString();
  await trx
    .updateTable('case_discussions')
    .set({ ended_at: at })
    .where('board_id', '=', boardId)
    .where('ended_at', 'is', null)
    .execute();
  if (next === null) return;
  await trx
    .insertInto('case_discussions')
    .values({ id: randomUUID(), board_id: boardId, case_id: next, started_at: at, ended_at: null })
    .execute();
}
