import type { AppContext } from '../context';
import { actorOf } from '../http/authorize';
import type { BoardEvent } from '../live/boardEvents';
import type { PresenceRegistry } from '../live/presence';
import { can } from '../policies/can';
import { boardScopeOf, caseScopeOf } from '../policies/scopes';
import { closeAttendance } from '../storage/repositories/boardSessions';
import { type BoardRecord, findBoard } from '../storage/repositories/boards';
import { findCase } from '../storage/repositories/cases';
import { findUserById } from '../storage/repositories/users';
import { boardRoom, broadcastPresence } from './handlers/session.handlers';
import type { KonsilIo } from './io';

/**
 * Carries REST changes into the live room: everyone refetches a changed
 * agenda, and when access may have shrunk every socket in the room is
 * checked again at once — whoever may no longer see the board leaves it.
 */
export async function onBoardEvent(
  ctx: AppContext,
  io: KonsilIo,
  presence: PresenceRegistry,
  event: BoardEvent,
): Promise<void> {
  const board = await findBoard(ctx.db, event.boardId);
  const room = boardRoom(event.boardId);
  if (event.type === 'decisionChanged') {
    if (board) await tellCaseReaders(ctx, io, board, event.caseId);
    return;
  }
  if (event.type === 'accessChanged') {
    for (const socket of await io.in(room).fetchSockets()) {
      const user = await findUserById(ctx.db, socket.data.userId);
      const mayStay =
        board && user?.isActive && can(actorOf(user), 'session:join', boardScopeOf(board));
      if (mayStay) continue;
      socket.emit('board:accessRevoked', { boardId: event.boardId, reason: 'uninvited' });
      socket.leave(room);
      const change = presence.leave(event.boardId, socket.data.userId, socket.id);
      broadcastPresence(io, event.boardId, change);
      if (change?.kind === 'left')
        await closeAttendance(ctx.db, event.boardId, socket.data.userId, ctx.clock.now());
    }
  }
  if (board)
    io.to(room).emit('agenda:changed', { boardId: board.id, agendaVersion: board.agendaVersion });
}

/** Only those who may read the case hear that its decision changed: not even its id leaves home. */
async function tellCaseReaders(
  ctx: AppContext,
  io: KonsilIo,
  board: BoardRecord,
  caseId: string,
): Promise<void> {
  const item = await findCase(ctx.db, board.id, caseId);
  if (!item) return;
  const scope = caseScopeOf(board, item);
  for (const socket of await io.in(boardRoom(board.id)).fetchSockets()) {
    const user = await findUserById(ctx.db, socket.data.userId);
    if (user?.isActive && can(actorOf(user), 'decision:read', scope)) {
      socket.emit('decision:changed', { boardId: board.id, caseId });
    }
  }
}
