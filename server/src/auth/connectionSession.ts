import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { Db } from '../storage/db';
import { existingSessionIds } from '../storage/repositories/sessions';
import type { UserRecord } from '../storage/repositories/users';
import { readCookie, SESSION_COOKIE } from './cookies';
import type { SessionService } from './sessions';

export type ConnectionSession =
  | { ok: true; user: UserRecord; sessionId: string }
  | { ok: false; reason: 'unauthenticated' | 'session_expired' | 'password_change_required' };

/**
 * The session behind a websocket's cookie: the one handshake that Socket.IO and the notes
 * websocket share. Someone who still has to replace a one-time password gets no live channel.
 */
export async function resolveConnectionSession(
  sessions: SessionService,
  cookieHeader: string | undefined,
): Promise<ConnectionSession> {
  const resolution = await sessions.resolve(readCookie(cookieHeader, SESSION_COOKIE));
  if (!resolution.ok) return resolution;
  if (resolution.user.mustChangePassword) return { ok: false, reason: 'password_change_required' };
  return { ok: true, user: resolution.user, sessionId: resolution.sessionId };
}

/** A live connection as the expiry sweep sees it. */
export interface SessionBoundConnection {
  sessionId: string;
  endForExpiry(): void;
}

const EXPIRY_SWEEP_MS = 60_000;

/**
 * Idle or absolute expiry happens without any request or change to publish: once a minute,
 * connections whose session no longer exists are ended. Returns the function that stops it.
 */
export function startExpirySweep(
  deps: { db: Db; logger: Logger; clock?: Clock },
  open: () => SessionBoundConnection[],
  what: string,
): () => void {
  const sweep = setInterval(() => {
    void (async () => {
      const connections = open();
      if (connections.length === 0) return;
      const alive = await existingSessionIds(deps.db, [
        ...new Set(connections.map((connection) => connection.sessionId)),
      ]);
      for (const connection of connections) {
        if (!alive.has(connection.sessionId)) connection.endForExpiry();
      }
    })().catch((error: unknown) => {
      deps.logger.warn({ err: { name: (error as Error).name } }, `${what} expiry sweep failed`);
    });
  }, EXPIRY_SWEEP_MS);
  sweep.unref();
  return () => clearInterval(sweep);
}
