import { CLOSE_CODES } from '@konsil/shared';
import type { DomainChange } from '../changes/domainChange';
import { KeyedQueue } from '../changes/keyedQueue';
import type { AppContext } from '../context';
import { findUsersByIds } from '../storage/repositories/users';
import { decideNotesAccessIn, loadNotesScope } from './notesAccess';
import type { NotesConnection } from './notesConnection';

/**
 * Keeps every open notes connection of this process true to the change stream: a change that
 * concerns it re-asks the policy with the same question a fresh connection would get, and the
 * connection is closed (4404 for "may not read", 4401 for a session that ended) or re-granted
 * (edit ↔ read) at once. Re-checks of one case run in order, so the last answer wins.
 */
export function subscribeNotesLiveTruth(
  ctx: AppContext,
  connections: ReadonlySet<NotesConnection>,
): () => void {
  const perCase = new KeyedQueue();

  const recheck = (affected: NotesConnection[]) => {
    const byCase = new Map<string, NotesConnection[]>();
    for (const connection of affected) {
      byCase.set(connection.caseId, [...(byCase.get(connection.caseId) ?? []), connection]);
    }
    return Promise.all(
      [...byCase].map(([caseId, group]) => perCase.run(caseId, () => recheckCase(caseId, group))),
    ).then(() => undefined);
  };

  async function recheckCase(caseId: string, group: NotesConnection[]): Promise<void> {
    const scope = await loadNotesScope(ctx.db, caseId);
    const users = await findUsersByIds(ctx.db, [...new Set(group.map((c) => c.userId))]);
    for (const connection of group) {
      const user = users.get(connection.userId);
      if (!user?.isActive) {
        connection.close(CLOSE_CODES.unauthenticated, 'session_ended');
        continue;
      }
      const decision = decideNotesAccessIn(scope, user);
      if (decision.ok) {
        // A case carried over belongs to another board now: that board's changes concern it.
        connection.access.boardId = decision.boardId;
        connection.regrant(decision.access, user);
      } else connection.close(CLOSE_CODES.notFound, 'not_found');
    }
  }

  return ctx.changes.subscribe((change: DomainChange) => {
    const open = [...connections];
    switch (change.kind) {
      case 'board.access':
        return recheck(open.filter((c) => c.access.boardId === change.boardId));
      case 'user.access':
        return recheck(open.filter((c) => c.userId === change.userId));
      case 'session.ended': {
        const { target } = change;
        for (const connection of open) {
          const { sessionId } = connection.access;
          if (sessionId === change.exceptSessionId) continue;
          const isEnded =
            'sessionId' in target
              ? sessionId === target.sessionId
              : connection.userId === target.userId;
          if (isEnded) connection.close(CLOSE_CODES.unauthenticated, 'session_ended');
        }
        return;
      }
      case 'session.rotated':
        for (const connection of open) {
          if (connection.access.sessionId === change.fromSessionId) {
            connection.moveToSession(change.toSessionId);
          }
        }
        return;
      default:
        return;
    }
  });
}
