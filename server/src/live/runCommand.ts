import type { SessionState } from '@konsil/shared';
import { appendAudit } from '../audit/auditLog';
import type { AppContext } from '../context';
import { type Actor, can } from '../policies/can';
import { boardScopeOf } from '../policies/scopes';
import { loadSession, saveSession, setBoardStatus } from '../storage/repositories/boardSessions';
import { type BoardRecord, findBoard } from '../storage/repositories/boards';
import { CommandRefused, presentSession, type StoredSession } from './sessionState';

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
  if (!board || !can(actor, 'session:join', boardScopeOf(board)))
    throw new CommandRefused('not_found');
  return board;
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

/**
 * Authorise → apply → persist with the version as an optimistic check, retrying
 * when another process or request wrote first. The database holds the truth;
 * nothing here keeps state between commands. `changed` is false for repeats
 * (idempotent commands), which are not broadcast again.
 */
export async function runCommand(
  ctx: AppContext,
  actor: Actor,
  boardId: string,
  command: LiveCommand,
): Promise<{ state: SessionState; changed: boolean }> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const board = await loadJoinableBoard(ctx, actor, boardId);
    const session = await loadSession(ctx.db, board.id, board.status);
    if (!permits(actor, command.permission, board, session)) throw new CommandRefused('forbidden');
    const now = ctx.clock.now();
    const applied = await command.apply(session, board, now);
    if (applied === session) return { state: presentSession(session, now), changed: false };
    const next: StoredSession = { ...applied, version: session.version + 1 };
    const saved = await ctx.db.transaction().execute(async (trx) => {
      if (!(await saveSession(trx, next, now))) return false;
      if (next.status !== board.status) {
        await setBoardStatus(trx, board.id, next.status, now);
        await appendAudit(trx, {
          action: next.status === 'live' ? 'board.started' : 'board.ended',
          outcome: 'allowed',
          actor: { userId: actor.id, institutionId: actor.institutionId },
          object: { type: 'board', id: board.id, institutionId: board.hostInstitutionId },
          clientAddress: null,
          at: now,
        });
      }
      return true;
    });
    if (saved) return { state: presentSession(next, now), changed: true };
  }
  throw new CommandRefused('conflict');
}
