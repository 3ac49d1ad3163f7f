import type http from 'node:http';
import type {
  ClientToServerEvents,
  InterServerEvents,
  ServerToClientEvents,
  SocketData,
} from '@konsil/shared';
import { LIMITS } from '@konsil/shared';
import { Server, type Socket } from 'socket.io';
import { readCookie, SESSION_COOKIE } from '../auth/cookies';
import type { AppContext } from '../context';
import { PresenceRegistry } from '../live/presence';
import { closeAttendance } from '../storage/repositories/boardSessions';
import { existingSessionIds } from '../storage/repositories/sessions';
import { onBoardEvent } from './boardEventFanout';
import { broadcastPresence, registerSessionHandlers } from './handlers/session.handlers';

export type KonsilIo = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;
export type KonsilSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;

const EXPIRY_SWEEP_MS = 60_000;

export const userRoom = (userId: string) => `user:${userId}`;
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;

/**
 * Socket.IO on the app's http server. Every connection must come from an
 * allowed Origin and carry a valid session cookie; sockets join rooms for
 * their user and session so that ending a session can reach them.
 */
export function createRealtime(
  server: http.Server,
  ctx: AppContext,
): { io: KonsilIo; stop(): void } {
  const io: KonsilIo = new Server(server, {
    // The notes websocket shares this server and authenticates asynchronously.
    destroyUpgrade: false,
    serveClient: false,
    // Websocket only: browsers send Origin on every upgrade, but not on same-origin polling
    // requests, and the Origin allow-list must hold for every connection.
    transports: ['websocket'],
    maxHttpBufferSize: LIMITS.realtime.maxMessageBytes,
    allowRequest: (req, callback) => {
      if (!ctx.isAllowedOrigin(req.headers.origin)) return callback('origin_not_allowed', false);
      // Each handshake costs a session lookup: a reconnect storm from one address is throttled.
      callback(null, ctx.requestLimiter.take(`socket:${ctx.clientAddressOf(req)}`).allowed);
    },
  });

  io.use(async (socket, next) => {
    try {
      const token = readCookie(socket.handshake.headers.cookie, SESSION_COOKIE);
      const resolution = await ctx.sessions.resolve(token);
      if (!resolution.ok) return next(new Error(resolution.reason));
      if (resolution.user.mustChangePassword) return next(new Error('password_change_required'));
      socket.data.userId = resolution.user.id;
      socket.data.sessionId = resolution.sessionId;
      next();
    } catch (error) {
      ctx.logger.error({ err: { name: (error as Error).name } }, 'socket auth failed');
      next(new Error('internal_error'));
    }
  });

  const presence = new PresenceRegistry(LIMITS.realtime.reconnectGraceMs, (boardId, change) => {
    broadcastPresence(io, boardId, change);
    if (change?.kind === 'left') {
      void closeAttendance(ctx.db, boardId, change.userId, ctx.clock.now()).catch(() => undefined);
    }
  });

  io.on('connection', (socket) => {
    void socket.join([userRoom(socket.data.userId), sessionRoom(socket.data.sessionId)]);
    registerSessionHandlers(ctx, io, socket, presence);
  });

  const unsubscribeBoards = ctx.boardEvents.subscribe((event) => {
    void onBoardEvent(ctx, io, presence, event).catch((error: unknown) => {
      ctx.logger.warn({ err: { name: (error as Error).name } }, 'board event fan-out failed');
    });
  });

  const unsubscribe = ctx.sessionEnded.subscribe((target, reason) => {
    const room = 'sessionId' in target ? sessionRoom(target.sessionId) : userRoom(target.userId);
    io.to(room).emit('auth:sessionEnded', { reason });
    io.in(room).disconnectSockets(true);
  });

  // Idle or absolute expiry happens without any request; sweep so sockets do not outlive sessions.
  const sweep = setInterval(() => {
    void (async () => {
      const sockets = [...io.of('/').sockets.values()];
      const alive = await existingSessionIds(ctx.db, [
        ...new Set(sockets.map((s) => s.data.sessionId)),
      ]);
      for (const socket of sockets) {
        if (alive.has(socket.data.sessionId)) continue;
        socket.emit('auth:sessionEnded', { reason: 'expired' });
        socket.disconnect(true);
      }
    })().catch((error: unknown) => {
      ctx.logger.warn({ err: { name: (error as Error).name } }, 'socket expiry sweep failed');
    });
  }, EXPIRY_SWEEP_MS);
  sweep.unref();

  return {
    io,
    stop() {
      clearInterval(sweep);
      unsubscribe();
      unsubscribeBoards();
      presence.clear();
    },
  };
}
