import {
  type Ack,
  type ApiError,
  BoardRefSchema,
  ERROR_MESSAGES,
  type JoinResult,
  LIMITS,
  type PresenceList,
} from '@konsil/shared';
import { ZodError } from 'zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/authorize';
import type { PresenceChange, PresenceRegistry } from '../../live/presence';
import { loadJoinableBoard, runCommand } from '../../live/runCommand';
import { CommandRefused, presentSession } from '../../live/sessionState';
import {
  closeAttendance,
  loadSession,
  openAttendance,
} from '../../storage/repositories/boardSessions';
import { findUserById, type UserRecord } from '../../storage/repositories/users';
import type { KonsilIo, KonsilSocket } from '../io';
import { LIVE_COMMANDS, type LiveCommandName } from './liveCommands';

export const boardRoom = (boardId: string) => `board:${boardId}`;

function errorOf(error: unknown): ApiError {
  if (error instanceof CommandRefused)
    return {
      id: error.id,
      message: error.message === error.id ? ERROR_MESSAGES[error.id] : error.message,
    };
  if (error instanceof ZodError) {
    return {
      id: 'validation_failed',
      message: ERROR_MESSAGES.validation_failed,
      fields: error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      })),
    };
  }
  return { id: 'internal_error', message: ERROR_MESSAGES.internal_error };
}

/** Broadcasts one presence change to a board room (the version lets clients spot gaps). */
export function broadcastPresence(
  io: KonsilIo,
  boardId: string,
  change: PresenceChange,
  except?: KonsilSocket,
): void {
  if (!change) return;
  const target = except ? except.to(boardRoom(boardId)) : io.to(boardRoom(boardId));
  if (change.kind === 'left')
    target.emit('presence:left', { boardId, version: change.version, userId: change.userId });
  else
    target.emit(change.kind === 'joined' ? 'presence:joined' : 'presence:changed', {
      boardId,
      version: change.version,
      entry: change.entry,
    });
}

/**
 * The live-board protocol for one socket. Every handler: parse with the
 * shared schema → can() → apply → persist → ack → broadcast. A socket that
 * floods commands gets `rate_limited` acks; bad payloads get
 * `validation_failed`; nothing a client sends can throw past this layer.
 */
export function registerSessionHandlers(
  ctx: AppContext,
  io: KonsilIo,
  socket: KonsilSocket,
  presence: PresenceRegistry,
): void {
  const joined = new Set<string>();
  let windowStart = 0;
  let commandsInWindow = 0;

  const overLimit = () => {
    const now = Date.now();
    if (now - windowStart >= LIMITS.realtime.commandWindowMs) {
      windowStart = now;
      commandsInWindow = 0;
    }
    commandsInWindow += 1;
    return commandsInWindow > LIMITS.realtime.commandsPerWindow;
  };

  const currentUser = async (): Promise<UserRecord> => {
    const user = await findUserById(ctx.db, socket.data.userId);
    if (!user?.isActive) throw new CommandRefused('unauthenticated');
    return user;
  };

  /** Wraps a handler so it always answers with one Ack shape and never throws. */
  function handle<R>(event: string, work: (payload: unknown, user: UserRecord) => Promise<R>) {
    socket.on(
      event as never,
      (async (first: unknown, second: unknown) => {
        // A command sent with an ack but no payload puts the ack first.
        const [payload, ack] = typeof first === 'function' ? [undefined, first] : [first, second];
        const reply = (response: Ack<R>) => {
          if (typeof ack === 'function') ack(response);
        };
        if (overLimit())
          return reply({
            ok: false,
            error: { id: 'rate_limited', message: ERROR_MESSAGES.rate_limited },
          });
        try {
          reply({ ok: true, data: await work(payload, await currentUser()) });
        } catch (error) {
          const apiError = errorOf(error);
          if (apiError.id === 'internal_error') {
            ctx.logger.error(
              { event, err: { name: (error as Error).name, stack: (error as Error).stack } },
              'live command failed',
            );
          }
          reply({ ok: false, error: apiError });
        }
      }) as never,
    );
  }

  handle<JoinResult>('board:join', async (payload, user) => {
    const { boardId } = BoardRefSchema.parse(payload);
    const board = await loadJoinableBoard(ctx, actorOf(user), boardId);
    await socket.join(boardRoom(board.id));
    joined.add(board.id);
    const change = presence.join(
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
    broadcastPresence(io, board.id, change, socket);
    await openAttendance(ctx.db, {
      boardId: board.id,
      userId: user.id,
      institutionId: user.institution.id,
      at: ctx.clock.now(),
    });
    const session = await loadSession(ctx.db, board.id, board.status);
    return { state: presentSession(session, ctx.clock.now()), presence: presence.list(board.id) };
  });

  handle<null>('board:leave', async (payload, user) => {
    const { boardId } = BoardRefSchema.parse(payload);
    if (!socket.rooms.has(boardRoom(boardId))) return null;
    await leaveBoard(boardId, user.id, 'leave');
    return null;
  });

  handle<PresenceList>('presence:sync', async (payload) => {
    const { boardId } = BoardRefSchema.parse(payload);
    // The room, not a local list, is the truth: a revoked participant was already taken out of it.
    if (!socket.rooms.has(boardRoom(boardId))) throw new CommandRefused('not_found');
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
      const { state, changed } = await runCommand(ctx, actorOf(user), input.boardId, command);
      if (changed) io.to(boardRoom(input.boardId)).emit('session:state', state);
      return state;
    });
  }

  async function leaveBoard(boardId: string, userId: string, how: 'leave' | 'disconnect') {
    joined.delete(boardId);
    await socket.leave(boardRoom(boardId));
    const change =
      how === 'leave'
        ? presence.leave(boardId, userId, socket.id)
        : presence.disconnect(boardId, userId, socket.id);
    broadcastPresence(io, boardId, change);
    if (change?.kind === 'left') await closeAttendance(ctx.db, boardId, userId, ctx.clock.now());
  }

  socket.on('disconnect', (reason) => {
    // The server cut the socket (logout, deactivation): gone at once, not "reconnecting".
    const how = reason === 'server namespace disconnect' ? 'leave' : 'disconnect';
    for (const boardId of [...joined]) {
      void leaveBoard(boardId, socket.data.userId, how).catch((error: unknown) => {
        ctx.logger.warn({ err: { name: (error as Error).name } }, 'presence cleanup failed');
      });
    }
  });
}
