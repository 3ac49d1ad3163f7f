import type { RequestHandler } from 'express';
import { readCookie, SESSION_COOKIE } from '../../auth/cookies';
import type { SessionService } from '../../auth/sessions';
import { HttpError } from '../httpError';

/** Resolves the session cookie into `req.auth`; never refuses by itself. */
export function authenticate(sessions: SessionService): RequestHandler {
  return async (req, _res, next) => {
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    const resolution = await sessions.resolve(token);
    if (resolution.ok) req.auth = { user: resolution.user, sessionId: resolution.sessionId };
    else req.authFailure = resolution.reason;
    next();
  };
}

/**
 * Refuses requests without a valid session. Until a one-time password is
 * replaced, only the routes that allow it (me, logout, password) work.
 */
export function requireUser(
  options: { allowPendingPasswordChange?: boolean } = {},
): RequestHandler {
  return (req, _res, next) => {
    if (!req.auth) return next(new HttpError(401, req.authFailure ?? 'unauthenticated'));
    if (req.auth.user.mustChangePassword && !options.allowPendingPasswordChange) {
      return next(new HttpError(403, 'password_change_required'));
    }
    next();
  };
}

/** The authenticated context; only call after requireUser. */
export function authOf(req: Express.Request) {
  if (!req.auth) throw new HttpError(401, 'unauthenticated');
  return req.auth;
}
