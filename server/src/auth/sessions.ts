import { LIMITS } from '@konsil/shared';
import type { ChangeStream } from '../changes/changeStream';
import { type Clock, hoursFrom } from '../clock';
import type { Db } from '../storage/db';
import {
  deleteExpiredSessions,
  deleteSession,
  deleteSessionsOfUser,
  findSession,
  insertSession,
  renameSession,
  touchSession,
} from '../storage/repositories/sessions';
import { findUserById, type UserRecord } from '../storage/repositories/users';
import { newToken, tokenDigest } from './tokens';

// Writing last_seen on every request would turn reads into writes; a minute is precise enough for a 12 h limit.
const TOUCH_INTERVAL_MS = 60_000;

export type SessionResolution =
  | { ok: true; user: UserRecord; sessionId: string }
  | { ok: false; reason: 'unauthenticated' | 'session_expired' };

export interface SessionMeta {
  clientAddress: string | null;
  userAgent: string | null;
  /** The hospital provider's session, when the sign-in went through it (see auth/oidc). */
  provider?: { issuer: string; sid: string | null; idToken: string };
}

export class SessionService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly changes: ChangeStream,
  ) {}

  /** Creates a session and returns the token for the cookie (only its digest is stored). */
  async start(
    userId: string,
    meta: SessionMeta,
    executor: Db = this.db,
  ): Promise<{ token: string; sessionId: string }> {
    const now = this.clock.now();
    const token = newToken();
    const sessionId = tokenDigest(token);
    await deleteExpiredSessions(executor, now, hoursFrom(now, -LIMITS.session.idleHours));
    await insertSession(executor, {
      id: sessionId,
      user_id: userId,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: hoursFrom(now, LIMITS.session.absoluteHours).toISOString(),
      client_address: meta.clientAddress,
      user_agent: meta.userAgent?.slice(0, 300) ?? null,
      oidc_issuer: meta.provider?.issuer ?? null,
      oidc_sid: meta.provider?.sid ?? null,
      oidc_id_token: meta.provider?.idToken ?? null,
    });
    return { token, sessionId };
  }

  /** Looks up the session behind a cookie token, enforcing idle and absolute limits. */
  async resolve(token: string | null): Promise<SessionResolution> {
    if (!token) return { ok: false, reason: 'unauthenticated' };
    const sessionId = tokenDigest(token);
    const session = await findSession(this.db, sessionId);
    if (!session) return { ok: false, reason: 'session_expired' };
    const now = this.clock.now();
    const idleDeadline = hoursFrom(new Date(session.last_seen_at), LIMITS.session.idleHours);
    if (now >= new Date(session.expires_at) || now >= idleDeadline) {
      await deleteSession(this.db, sessionId);
      this.changes.publish({ kind: 'session.ended', target: { sessionId }, reason: 'expired' });
      return { ok: false, reason: 'session_expired' };
    }
    const user = await findUserById(this.db, session.user_id);
    if (!user?.isActive) {
      await deleteSession(this.db, sessionId);
      return { ok: false, reason: 'session_expired' };
    }
    if (now.getTime() - new Date(session.last_seen_at).getTime() > TOUCH_INTERVAL_MS) {
      await touchSession(this.db, sessionId, now);
    }
    return { ok: true, user, sessionId };
  }

  async end(sessionId: string): Promise<void> {
    await deleteSession(this.db, sessionId);
    this.changes.publish({ kind: 'session.ended', target: { sessionId }, reason: 'logout' });
  }

  /** Ends the sessions named (a provider's back-channel logout picks them by its sid or subject). */
  async endSessions(sessionIds: string[], reason: 'logout'): Promise<void> {
    for (const sessionId of sessionIds) {
      await deleteSession(this.db, sessionId);
      this.changes.publish({ kind: 'session.ended', target: { sessionId }, reason });
    }
  }

  /**
   * Ends every session of a user (deactivation, password reset), or every one but the session
   * that asked (own password change). Call after the transaction commits.
   */
  async endAllOfUser(
    userId: string,
    reason: 'deactivated' | 'logout' | 'password_changed',
    exceptSessionId?: string,
  ): Promise<void> {
    await deleteSessionsOfUser(this.db, userId, exceptSessionId);
    this.changes.publish({ kind: 'session.ended', target: { userId }, reason, exceptSessionId });
  }

  /**
   * Gives a session a new token and id (after a password change, so a token captured before it
   * is worthless). Its open connections move to the new id. Returns the new cookie token.
   */
  async rotate(sessionId: string): Promise<string> {
    const token = newToken();
    const newId = tokenDigest(token);
    await renameSession(this.db, sessionId, newId);
    this.changes.publish({ kind: 'session.rotated', fromSessionId: sessionId, toSessionId: newId });
    return token;
  }
}
