import {
  ChangePasswordInputSchema,
  LoginInputSchema,
  type LogoutResponse,
  type MeResponse,
} from '@konsil/shared';
import { type Request, type Response, Router } from 'express';
import { appendAudit } from '../../../audit/auditLog';
import {
  cookieOptions,
  DEVICE_COOKIE,
  readCookie,
  SESSION_COOKIE,
  serializeCookie,
} from '../../../auth/cookies';
import { logIn } from '../../../auth/logIn';
import type { HospitalSignIn } from '../../../auth/oidc/hospitalSignIn';
import { providerLogoutUrl } from '../../../auth/oidc/rpLogout';
import { hashPassword, verifyPassword } from '../../../auth/passwords';
import type { AppContext } from '../../../context';
import { presentSessionUser } from '../../../presenters/user';
import {
  findPasswordHash,
  findUserById,
  setPasswordHash,
} from '../../../storage/repositories/users';
import { HttpError } from '../../httpError';
import { authOf, requireUser } from '../../middleware/authenticate';
import { parseInput } from '../../middleware/validate';
import { publicOriginOf } from './publicOrigin';

export const SESSION_MAX_AGE_S = 24 * 3600;
const DEVICE_MAX_AGE_S = 90 * 24 * 3600;

export function isSecureRequest(ctx: AppContext, req: Request): boolean {
  if (ctx.config.cookieSecure === 'always') return true;
  if (ctx.config.cookieSecure === 'never') return false;
  return req.secure;
}

function setCookie(res: Response, name: string, value: string, secure: boolean, maxAge: number) {
  res.append('Set-Cookie', serializeCookie(name, value, cookieOptions(secure, maxAge)));
}

export function authRoutes(ctx: AppContext, hospitalSignIn: HospitalSignIn): Router {
  const router = Router();

  router.post('/login', async (req, res) => {
    const input = parseInput(LoginInputSchema, req.body);
    const outcome = await logIn(ctx, {
      ...input,
      clientAddress: req.ip ?? 'unknown',
      userAgent: req.get('user-agent') ?? null,
      deviceId: readCookie(req.headers.cookie, DEVICE_COOKIE),
      presentedSessionToken: readCookie(req.headers.cookie, SESSION_COOKIE),
    });
    if (outcome.kind === 'rate_limited') {
      throw new HttpError(429, 'rate_limited', undefined, {
        headers: { 'Retry-After': String(outcome.retryAfterSeconds) },
      });
    }
    if (outcome.kind === 'invalid_credentials') throw new HttpError(401, 'invalid_credentials');
    if (outcome.kind === 'password_login_disabled') {
      throw new HttpError(403, 'password_login_disabled');
    }
    const secure = isSecureRequest(ctx, req);
    setCookie(res, SESSION_COOKIE, outcome.token, secure, SESSION_MAX_AGE_S);
    if (outcome.newDeviceId)
      setCookie(res, DEVICE_COOKIE, outcome.newDeviceId, secure, DEVICE_MAX_AGE_S);
    const body: MeResponse = { user: presentSessionUser(outcome.user) };
    res.json(body);
  });

  router.post('/logout', async (req, res) => {
    let providerLogout: string | null = null;
    if (req.auth) {
      const { user, sessionId } = req.auth;
      await ctx.db.transaction().execute((trx) =>
        appendAudit(trx, {
          action: 'auth.logout',
          outcome: 'allowed',
          actor: { userId: user.id, institutionId: user.institution.id },
          object: { type: 'user', id: user.id, institutionId: user.institution.id },
          clientAddress: req.ip ?? null,
          at: ctx.clock.now(),
        }),
      );
      // Read before the session is gone: it holds the provider's id_token_hint.
      providerLogout = await providerLogoutUrl(
        ctx,
        hospitalSignIn,
        sessionId,
        publicOriginOf(ctx, req),
      );
      await ctx.sessions.end(sessionId);
    }
    setCookie(res, SESSION_COOKIE, '', isSecureRequest(ctx, req), 0);
    if (!providerLogout) {
      res.status(204).end();
      return;
    }
    // The provider ends its own session too, then sends the browser back to /login.
    const body: LogoutResponse = { redirectTo: providerLogout };
    res.json(body);
  });

  router.get('/me', requireUser({ allowPendingPasswordChange: true }), (req, res) => {
    const body: MeResponse = { user: presentSessionUser(authOf(req).user) };
    res.json(body);
  });

  router.post('/password', requireUser({ allowPendingPasswordChange: true }), async (req, res) => {
    const input = parseInput(ChangePasswordInputSchema, req.body);
    const { user, sessionId } = authOf(req);
    if (input.newPassword === input.currentPassword) {
      throw new HttpError(400, 'validation_failed', undefined, {
        fields: [
          { path: 'newPassword', message: 'The new password must differ from the current one' },
        ],
      });
    }
    const currentHash = await findPasswordHash(ctx.db, user.id);
    if (!(await verifyPassword(currentHash, input.currentPassword))) {
      throw new HttpError(400, 'validation_failed', undefined, {
        fields: [{ path: 'currentPassword', message: 'The current password is wrong' }],
      });
    }
    const newHash = await hashPassword(input.newPassword);
    await ctx.db.transaction().execute(async (trx) => {
      await setPasswordHash(trx, user.id, newHash, false, ctx.clock.now());
      await appendAudit(trx, {
        action: 'auth.password_changed',
        outcome: 'allowed',
        actor: { userId: user.id, institutionId: user.institution.id },
        object: { type: 'user', id: user.id, institutionId: user.institution.id },
        clientAddress: req.ip ?? null,
        at: ctx.clock.now(),
      });
    });
    // Whoever held the old password is out everywhere else, sockets and notes included; this
    // browser stays signed in under a new session id, so a token captured before is worthless.
    await ctx.sessions.endAllOfUser(user.id, 'password_changed', sessionId);
    const token = await ctx.sessions.rotate(sessionId);
    setCookie(res, SESSION_COOKIE, token, isSecureRequest(ctx, req), SESSION_MAX_AGE_S);
    const updated = await findUserById(ctx.db, user.id);
    if (!updated) throw new HttpError(404, 'not_found');
    const body: MeResponse = { user: presentSessionUser(updated) };
    res.json(body);
  });

  return router;
}
