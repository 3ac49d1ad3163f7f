import type { SessionState } from '@konsil/shared';
import { recordDiscussionChange } from '../analytics/discussionSpans';
import { appendAudit } from '../audit/auditLog';
import { auditRefusal } from '../audit/refusals';
import type { AppContext } from '../context';
import { DomainError } from '../errors/domainError';
import { type Actor, can } from '../policies/can';
import { boardScopeOf } from '../policies/scopes';
import {
  closeAllAttendance,
  loadSession,
  saveSession,
  setBoardStatus,
} from '../storage/repositories/boardSessions';
import { type BoardRecord, findBoard } from '../storage/repositories/boards';
import { presentSession, type StoredSession } from './sessionState';
import { markUndiscussedCases } from './undiscussedCases';

export type CommandPermission =
  | 'session:chair'
  | 'session:appoint'
  | 'session:raiseHand'
  | 'session:join';

export interface LiveCommand {
  permission: CommandPermission;
  apply: (
    session: StoredSession,
    board: BoardRecord,
    now: Date,
  ) => StoredSession | Promise<StoredSession>;
}

const MAX_ATTEMPTS = 5;

/** The board, if this actor may be in its live room; otherwise `not_found` (never reveal it exists). */
export async function loadJoinableBoard(
  ctx: AppContext,
  actor: Actor,
  boardId: string,
): Promise<BoardRecord> {
  const board = await findBoard(ctx.db, boardId);
  if (board && can(actor, 'session:join', boardScopeOf(board))) return board;
  await auditRefusal(ctx, {
    actor,
    attempted: 'session:join',
    object: {
      type: 'board',
      id: board?.id ?? null,
      institutionId: board?.hostInstitutionId ?? null,
    },
    clientAddress: null,
  });
  throw new DomainError('not_found');
}

function permits(
  actor: Actor,
  permission: CommandPermission,
  board: BoardRecord,
  session: StoredSession,
): boolean {
  const scope = boardScopeOf(board);
  if (permission === 'session:chair')
    return can(actor, 'session:chair', { board: scope, coChairIds: session.coChairIds });
  return can(actor, permission, scope);
}

/** A command's outcome, with the board it ran on (as it is after the command). */
export interface CommandOutcome {
  state: SessionState;
  board: BoardRecord;
  changed: boolean;
}

/**
 * Authorise → apply → persist. The database holds the truth; nothing here keeps state between
 * commands. `changed` is false for repeats (idempotent commands), which are not published.
 */
export async function runCommand(
  ctx: AppContext,
  actor: Actor,
  boardId: string,
  command: LiveCommand,
): Promise<CommandOutcome> {
  return applyWithRetry(ctx, actor, async () => {
    const board = await loadJoinableBoard(ctx, actor, boardId);
    const session = await loadSession(ctx.db, board.id, board.status);
    if (!permits(actor, command.permission, board, session)) {
      await auditRefusal(ctx, {
        actor,
        attempted: command.permission,
        object: { type: 'board', id: board.id, institutionId: board.hostInstitutionId },
        clientAddress: null,
      });
      throw new DomainError('forbidden');
    }
    return { board, session, apply: command.apply };
  });
}

/**
 * A change the server makes on its own (someone left the board for good): no actor to
 * authorise, the same optimistic write. Nothing happens when the board is gone.
 */
export async function runSystemChange(
  ctx: AppContext,
  boardId: string,
  apply: LiveCommand['apply'],
): Promise<void> {
  try {
    await applyWithRetry(ctx, null, async () => {
      const board = await findBoard(ctx.db, boardId);
      if (!board) throw new DomainError('not_found');
      return { board, session: await loadSession(ctx.db, boardId, board.status), apply };
    });
  } catch (error) {
    if (!(error instanceof DomainError && error.id === 'not_found')) throw error;
  }
}

interface Attempt {
  board: BoardRecord;
  session: StoredSession;
  apply: LiveCommand['apply'];
}

/**
 * Apply → persist with the version as an optimistic check, retrying from a fresh read when
 * another process or request wrote first. After a change is stored it is published once on the
 * change stream (a status change also as an access change: what may be done depends on it).
 */
async function applyWithRetry(
  ctx: AppContext,
  actor: Actor | null,
  prepare: () => Promise<Attempt>,
): Promise<CommandOutcome> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const { board, session, apply } = await prepare();
    const now = ctx.clock.now();
    const applied = await apply(session, board, now);
    if (applied === session) return { state: presentSession(session, now), board, changed: false };
    const next: StoredSession = { ...applied, version: session.version + 1 };
    // The cases the board did not reach, when it ended; null when the write lost the race.
    const saved = await ctx.db.transaction().execute(async (trx) => {
      if (!(await saveSession(trx, next, now))) return null;
      await recordDiscussionChange(trx, board.id, session, next, now);
      let undiscussed: string[] = [];
      if (next.status !== board.status) {
        await setBoardStatus(trx, board.id, next.status, now);
        if (next.status === 'ended') await closeAllAttendance(trx, board.id, now);
        await appendAudit(trx, {
          action: next.status === 'live' ? 'board.started' : 'board.ended',
          outcome: 'allowed',
          actor: actor ? { userId: actor.id, institutionId: actor.institutionId } : null,
          object: { type: 'board', id: board.id, institutionId: board.hostInstitutionId },
          clientAddress: null,
          at: now,
        });
        if (next.status === 'ended') {
          undiscussed = await markUndiscussedCases(trx, board, actor, now);
        }
      }
      return { undiscussed };
    });
    if (saved) {
      ctx.changes.publish({ kind: 'live.state', boardId: board.id });
      if (next.status !== board.status) {
        ctx.changes.publish({
          kind: 'board.access',
          boardId: board.id,
          cause: next.status === 'live' ? 'board_started' : 'board_ended',
        });
      }
      // Their new status shows on every agenda, and their Decide panels lock.
      if (saved.undiscussed.length > 0) {
        ctx.changes.publish({ kind: 'live.agenda', boardId: board.id });
        for (const caseId of saved.undiscussed) {
          ctx.changes.publish({ kind: 'live.decision', boardId: board.id, caseId });
        }
      }
      const after = { ...board, status: next.status };
      return { state: presentSession(next, now), board: after, changed: true };
    }
  }
  throw new DomainError('conflict');
}
