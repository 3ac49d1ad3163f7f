import type { SessionState } from '@konsil/shared';
import type { KonsilSocket } from './rooms';

/**
 * What each socket was last sent of each board's snapshot, so that a re-check after an access
 * change sends a snapshot only to those whose view of it changed (a case hidden or shown), and
 * a status change heard as both a new state and an access change is sent once.
 */
export class SentSnapshots {
  private readonly sent = new WeakMap<KonsilSocket, Map<string, string>>();

  /** Notes that the socket gets this snapshot; false when it already has exactly this view. */
  record(socket: KonsilSocket, state: SessionState): boolean {
    const key = JSON.stringify([
      state.version,
      state.currentCaseId,
      state.isCurrentCaseHidden,
      state.timer.caseId,
    ]);
    let boards = this.sent.get(socket);
    if (!boards) {
      boards = new Map();
      this.sent.set(socket, boards);
    }
    if (boards.get(state.boardId) === key) return false;
    boards.set(state.boardId, key);
    return true;
  }
}
