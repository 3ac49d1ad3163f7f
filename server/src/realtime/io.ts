import type http from 'node:http';
import { LIMITS } from '@konsil/shared';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { Server } from 'socket.io';
import { resolveConnectionSession, startExpirySweep } from '../auth/connectionSession';
import type { AppContext } from '../context';
import { PresenceRegistry } from '../live/presence';
import type { PresenceChange, PresenceStore } from '../live/presenceStore';
import { RedisPresence } from '../live/redisPresence';
import { registerSessionHandlers } from './handlers/session.handlers';
import { subscribeLiveFanout } from './liveFanout';
import { afterPresenceChange } from './presenceUpkeep';
import { type KonsilIo, sessionRoom, userRoom } from './rooms';
import { SentSnapshots } from './sentSnapshots';

/**
 * Socket.IO on the app's http server. Every connection must come from an allowed Origin and
 * carry a valid session cookie; sockets join rooms for their user and session so that the
 * change stream can reach them.
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
    // A dead connection is noticed by both ends within interval + timeout (8 s), not 45 s.
    pingInterval: LIMITS.realtime.pingIntervalMs,
    pingTimeout: LIMITS.realtime.pingTimeoutMs,
    ...(ctx.cluster
      ? {
          adapter: createAdapter(ctx.cluster.adapterClient, {
            streamName: `${ctx.config.redisKeyPrefix}socket.io`,
            sessionKeyPrefix: `${ctx.config.redisKeyPrefix}sio:session:`,
            channelPrefix: `${ctx.config.redisKeyPrefix}socket.io`,
          }),
        }
      : {}),
    allowRequest: (req, callback) => {
      if (!ctx.isAllowedOrigin(req.headers.origin)) return callback('origin_not_allowed', false);
      // Refused at the transport, so the client keeps retrying (and shows "reconnecting").
      if (ctx.cluster && !ctx.cluster.isUp) return callback('unavailable', false);
      // Each handshake costs a session lookup: a reconnect storm from one address is throttled.
      const isAllowed = ctx.requestLimiter.take(`socket:${ctx.clientAddressOf(req)}`).allowed;
      callback(isAllowed ? null : 'rate_limited', isAllowed);
    },
  });

  io.use(async (socket, next) => {
    try {
      const session = await resolveConnectionSession(ctx.sessions, socket.handshake.headers.cookie);
      if (!session.ok) return next(new Error(session.reason));
      socket.data.userId = session.user.id;
      socket.data.sessionId = session.sessionId;
      next();
    } catch (error) {
      ctx.logger.error({ err: { name: (error as Error).name } }, 'socket auth failed');
      next(new Error('internal_error'));
    }
  });

  const presence = createPresence(ctx);

  const sent = new SentSnapshots();
  io.on('connection', (socket) => {
    void socket.join([userRoom(socket.data.userId), sessionRoom(socket.data.sessionId)]);
    registerSessionHandlers(ctx, socket, presence, sent);
  });

  const unsubscribe = subscribeLiveFanout(ctx, io, presence, sent);
  const stopSweep = startExpirySweep(
    ctx,
    () =>
      [...io.of('/').sockets.values()].map((socket) => ({
        sessionId: socket.data.sessionId,
        endForExpiry: () => {
          socket.emit('auth:sessionEnded', { reason: 'expired' });
          socket.disconnect(true);
        },
      })),
    'socket',
  );

  // Without Redis this instance would miss what the others publish: its sockets drop at the
  // transport (clients reconnect, through the balancer, and resync) rather than go stale.
  const stopWatchingCluster = ctx.cluster?.onHealth((isUp) => {
    if (isUp) return;
    for (const socket of [...io.of('/').sockets.values()]) socket.conn.close();
  });

  return {
    io,
    stop() {
      stopWatchingCluster?.();
      stopSweep();
      unsubscribe();
      presence.stop();
    },
  };
}

/** In a cluster presence is shared through Redis; a single process keeps it in memory. */
function createPresence(ctx: AppContext): PresenceStore {
  const graceMs = LIMITS.realtime.reconnectGraceMs;
  // Grace expiries and reaped instances: nobody is waiting for these, so failures are logged.
  const onLaterChange = (boardId: string, delta: PresenceChange) => {
    void afterPresenceChange(ctx, boardId, delta).catch((error: unknown) => {
      ctx.logger.warn({ err: { name: (error as Error).name } }, 'presence expiry failed');
    });
  };
  if (!ctx.cluster) return new PresenceRegistry(graceMs, onLaterChange);
  return new RedisPresence({
    link: ctx.cluster,
    keyPrefix: ctx.config.redisKeyPrefix,
    graceMs,
    logger: ctx.logger,
    onLaterChange,
  });
}
