import type { AppContext } from '../context';
import { actorOf } from '../http/authorize';
import type { BoardEvent } from '../live/boardEvents';
import type { PresenceRegistry } from '../live/presence';
import { can } from '../policies/can';
import { boardScopeOf } from '../policies/scopes';
import { closeAttendance } from '../storage/repositories/boardSessions';
import { findBoard } from '../storage/repositories/boards';
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
