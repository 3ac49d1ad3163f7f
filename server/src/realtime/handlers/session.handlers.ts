import { BoardRefSchema, type JoinResult, LIMITS, type PresenceList } from '@konsil/shared';
import type { AppContext } from '../../context';
import { DomainError } from '../../errors/domainError';
import type { PresenceStore } from '../../live/presenceStore';
import { loadLiveView, projectSessionFor } from '../../live/projectSession';
import { loadJoinableBoard, runCommand } from '../../live/runCommand';
import { presentSession } from '../../live/sessionState';
import { actorOf } from '../../policies/actor';
import { loadSession, openAttendanceIfLive } from '../../storage/repositories/boardSessions';
import { findUserById, type UserRecord } from '../../storage/repositories/users';
import { ackHandler } from '../ackHandler';
import { attendStartedBoard, leaveBoardPresence } from '../presenceUpkeep';
import { boardRoom, type KonsilSocket } from '../rooms';
import type { SentSnapshots } from '../sentSnapshots';
import { LIVE_COMMANDS, type LiveCommandName } from './liveCommands';

/**
 * Why the socket went away decides how long its owner shows as reconnecting: the server cut it
 * (gone at once), the tab closed it (gone after a reload's worth), the network lost it (grace).
 */
function graceAfter(reason: string): number {
  if (reason === 'server namespace disconnect') return 0;
  if (reason === 'client namespace disconnect' || reason === 'transport close') {
    return LIMITS.realtime.closedTabGraceMs;
  }
  return LIMITS.realtime.reconnectGraceMs;
}

/**
 * The live-board protocol for one socket. Every handler: parse with the shared schema →
 * can() (with the user as they are now, read afresh) → apply → persist → ack with what this
 * user may see → publish; the change stream carries it to everyone else, projected per viewer.
 */
export function registerSessionHandlers(
  ctx: AppContext,
  socket: KonsilSocket,
  presence: PresenceStore,
  sent: SentSnapshots,
): void {
  const joined = new Set<string>();

  const currentUser = async (): Promise<UserRecord> => {
    const user = await findUserById(ctx.db, socket.data.userId);
    if (!user?.isActive) throw new DomainError('unauthenticated');
    return user;
  };
  const handle = ackHandler(ctx, socket, currentUser);

  handle<JoinResult>('board:join', async (payload, user) => {
    const { boardId } = BoardRefSchema.parse(payload);
    const board = await loadJoinableBoard(ctx, actorOf(user), boardId);
    await socket.join(boardRoom(board.id));
    joined.add(board.id);
    const delta = await presence.join(
      board.id,
      {
        userId: user.id,
        name: user.name,
        role: user.role,
        specialty: user.specialty,
        institution: {
          id: user.institution.id,
          code: user.institution.code,
          name: user.institution.name,
        },
      },
      socket.id,
    );
    if (delta) {
      ctx.changes.publish({
        kind: 'live.presence',
        boardId: board.id,
        delta,
        exceptSocketId: socket.id,
      });
    }
    // Attendance is time in the live board: waiting before the start or reading after the end
    // is not attending (whoever waits is counted from the start, see attendStartedBoard).
    await openAttendanceIfLive(ctx.db, {
      boardId: board.id,
      userId: user.id,
      institutionId: user.institution.id,
      at: ctx.clock.now(),
    });
    const session = await loadSession(ctx.db, board.id, board.status);
    const view = await loadLiveView(ctx.db, board, presentSession(session, ctx.clock.now()));
    const state = projectSessionFor(view, user);
    sent.record(socket, state);
    return { state, presence: await presence.list(board.id) };
  });

  handle<null>('board:leave', async (payload, user) => {
    const { boardId } = BoardRefSchema.parse(payload);
    if (!socket.rooms.has(boardRoom(boardId))) return null;
    joined.delete(boardId);
    await socket.leave(boardRoom(boardId));
    await leaveBoardPresence(ctx, presence, { boardId, userId: user.id, socketId: socket.id }, 0);
    return null;
  });

  handle<PresenceList>('presence:sync', async (payload) => {
    const { boardId } = BoardRefSchema.parse(payload);
    // The room, not a local list, is the truth: a revoked participant was already taken out of it.
    if (!socket.rooms.has(boardRoom(boardId))) throw new DomainError('not_found');
    return presence.list(boardId);
  });

  for (const name of Object.keys(LIVE_COMMANDS) as LiveCommandName[]) {
    const commandSpec = LIVE_COMMANDS[name];
    handle(name, async (payload, user) => {
      const input = commandSpec.schema.parse(payload) as { boardId: string };
      const command = (
        commandSpec.build as (
          p: unknown,
          u: UserRecord,
          c: AppContext,
        ) => ReturnType<typeof commandSpec.build>
      )(input, user, ctx);
      const { state, board, changed } = await runCommand(
        ctx,
        actorOf(user),
        input.boardId,
        command,
      );
      if (name === 'board:start' && changed) await attendStartedBoard(ctx, presence, board.id);
      // The ack is not recorded: the broadcast of the same change still reaches this socket.
      return projectSessionFor(await loadLiveView(ctx.db, board, state), user);
    });
  }

  socket.on('disconnect', (reason) => {
    const graceMs = graceAfter(reason);
    for (const boardId of [...joined]) {
      joined.delete(boardId);
      const leaving = { boardId, userId: socket.data.userId, socketId: socket.id };
      void leaveBoardPresence(ctx, presence, leaving, graceMs);
    }
  });
}
