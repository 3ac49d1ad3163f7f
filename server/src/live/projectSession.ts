import type { SessionState } from '@konsil/shared';
import { actorOf } from '../policies/actor';
import { can } from '../policies/can';
import { caseScopeOf } from '../policies/scopes';
import type { Db } from '../storage/db';
import { type BoardRecord, findBoard } from '../storage/repositories/boards';
import { type CaseRecord, findCase } from '../storage/repositories/cases';
import type { UserRecord } from '../storage/repositories/users';

/**
 * A live-board snapshot together with what is needed to decide, per viewer, whether they may
 * read the case it is about. Loaded once per change and projected for each recipient.
 */
export interface LiveView {
  board: BoardRecord;
  state: SessionState;
  cases: Map<string, CaseRecord>;
}

const IDLE_TIMER: SessionState['timer'] = {
  caseId: null,
  state: 'idle',
  allottedMs: 0,
  remainingMs: 0,
};

export async function loadLiveView(
  db: Db,
  board: BoardRecord,
  state: SessionState,
): Promise<LiveView> {
  const ids = new Set([state.currentCaseId, state.timer.caseId].filter((id) => id !== null));
  const cases = new Map<string, CaseRecord>();
  for (const id of ids) {
    const item = await findCase(db, board.id, id);
    if (item) cases.set(id, item);
  }
  return { board, state, cases };
}

/** Loads the board too; null when the board is gone. */
export async function loadLiveViewOf(
  db: Db,
  boardId: string,
  state: SessionState,
): Promise<LiveView | null> {
  const board = await findBoard(db, boardId);
  return board ? loadLiveView(db, board, state) : null;
}

/**
 * What one viewer may see: a case they may not read (not shared with their institution,
 * deleted) leaves no id, time or place in the snapshot — only that one is being discussed.
 */
export function projectSessionFor(view: LiveView, user: UserRecord): SessionState {
  const actor = actorOf(user);
  const mayRead = (caseId: string) => {
    const item = view.cases.get(caseId);
    return item !== undefined && can(actor, 'case:read', caseScopeOf(view.board, item));
  };
  const { state } = view;
  const isCurrentHidden = state.currentCaseId !== null && !mayRead(state.currentCaseId);
  const isTimerHidden = state.timer.caseId !== null && !mayRead(state.timer.caseId);
  if (!isCurrentHidden && !isTimerHidden) return state;
  return {
    ...state,
    currentCaseId: isCurrentHidden ? null : state.currentCaseId,
    isCurrentCaseHidden: isCurrentHidden,
    timer: isTimerHidden ? IDLE_TIMER : state.timer,
  };
}
