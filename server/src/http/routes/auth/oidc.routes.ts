import type { OidcInstitutionList } from '@konsil/shared';
import express, { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import { appendAudit } from '../../../audit/auditLog';
import { cookieOptions, readCookie, SESSION_COOKIE, serializeCookie } from '../../../auth/cookies';
import { receiveBackchannelLogout } from '../../../auth/oidc/backchannelLogout';
import { finishLogin } from '../../../auth/oidc/finishLogin';
import { type HospitalSignIn, providerOf, SignInRefused } from '../../../auth/oidc/hospitalSignIn';
import { LOGIN_ATTEMPT_MINUTES, startLogin } from '../../../auth/oidc/startLogin';
import type { AppContext } from '../../../context';
import { HttpError } from '../../httpError';
import { parseInput } from '../../middleware/validate';
import { isSecureRequest, SESSION_MAX_AGE_S } from './auth.routes';
import { publicOriginOf } from './publicOrigin';

/** References the sign-in attempt in the database; only sent back to the OIDC routes. */
export const OIDC_ATTEMPT_COOKIE = 'konsil_oidc_attempt';
const ATTEMPT_COOKIE_PATH = '/api/auth/oidc';

const CodeParamsSchema = z.object({ code: z.string().regex(/^[A-Z0-9]{2,16}$/) });
/** Only paths on this origin: "//host" and "/\host" would leave it. */
const ReturnToSchema = z
  .string()
  .max(500)
  .regex(/^\/(?![/\\])[^\s]*$/, 'must be a path on this site, starting with one "/"');
const LoginQuerySchema = z.object({ returnTo: ReturnToSchema.default('/') });
const BackchannelBodySchema = z.object({ logout_token: z.string().min(1).max(16_384) });

const BACKCHANNEL_LOGOUT_PATH = /^\/auth\/oidc\/[A-Z0-9]{2,16}\/backchannel-logout\/?$/;

/** A provider's logout token post (app.ts lets it past the Origin check and the JSON parser). */
export function isBackchannelLogoutRequest(req: Request): boolean {
  return req.method === 'POST' && BACKCHANNEL_LOGOUT_PATH.test(req.path);
}

/**
 * Sign-in through each institution's identity provider (OpenID Connect, code flow with PKCE).
 * The login and callback routes are browser navigations: they answer with redirects, and a
 * refusal goes to `/login?oidcError=<error id>`, never with a session.
 */
export function oidcRoutes(ctx: AppContext, signIn: HospitalSignIn): Router {
  const router = Router();
  // Logout tokens arrive as a form post from the provider's server (see app.ts, which lets
  // this one path past the JSON parser and the Origin check).
  const parseForm = express.urlencoded({ extended: false, limit: '32kb' });

  router.get('/institutions', async (_req, res) => {
    const codes = [...signIn.settings.institutions.keys()];
    const rows =
      codes.length === 0
        ? []
        : await ctx.db
            .selectFrom('institutions')
            .select(['code', 'name'])
            .where('code', 'in', codes)
            .orderBy('code')
            .execute();
    const body: OidcInstitutionList = {
      institutions: rows.map((row) => ({
        code: row.code,
        name: row.name,
        allowPasswords: providerOf(signIn, row.code).allowPasswords,
      })),
    };
    res.json(body);
  });

  router.get('/:code/login', async (req, res) => {
    const { code } = parseInput(CodeParamsSchema, req.params);
    const { returnTo } = parseInput(LoginQuerySchema, req.query);
    try {
      const { attemptToken, authorizationUrl } = await startLogin(ctx, signIn, {
        code,
        redirectUri: `${publicOriginOf(ctx, req)}/api/auth/oidc/${code}/callback`,
        returnTo,
      });
      setAttemptCookie(res, attemptToken, isSecureRequest(ctx, req), LOGIN_ATTEMPT_MINUTES * 60);
      res.redirect(303, authorizationUrl.toString());
    } catch (error) {
      await refuse(req, res, code, error);
    }
  });

  router.get('/:code/callback', async (req, res) => {
    const { code } = parseInput(CodeParamsSchema, req.params);
    const secure = isSecureRequest(ctx, req);
    // Whatever happens, the attempt is used up.
    setAttemptCookie(res, '', secure, 0);
    try {
      const signedIn = await finishLogin(ctx, signIn, {
        code,
        attemptToken: readCookie(req.headers.cookie, OIDC_ATTEMPT_COOKIE),
        query: new URL(req.originalUrl, 'http://callback.invalid').searchParams,
        clientAddress: req.ip ?? 'unknown',
        userAgent: req.get('user-agent') ?? null,
        presentedSessionToken: readCookie(req.headers.cookie, SESSION_COOKIE),
      });
      res.append(
        'Set-Cookie',
        serializeCookie(SESSION_COOKIE, signedIn.token, cookieOptions(secure, SESSION_MAX_AGE_S)),
      );
      res.redirect(303, signedIn.returnTo);
    } catch (error) {
      await refuse(req, res, code, error);
    }
  });

  router.post('/:code/backchannel-logout', parseForm, async (req, res) => {
    const { code } = parseInput(CodeParamsSchema, req.params);
    const { logout_token: logoutToken } = parseInput(BackchannelBodySchema, req.body ?? {});
    try {
      await receiveBackchannelLogout(ctx, signIn, code, logoutToken);
    } catch (error) {
      if (!(error instanceof SignInRefused)) throw error;
      await auditRefused(req, code, error);
      ctx.logger.warn({ institution: code, reason: error.reason }, 'logout token refused');
      const status = error.errorId === 'oidc_provider_unavailable' ? 503 : 400;
      throw new HttpError(status, error.errorId);
    }
    // The spec asks for 200 and no caching (the API already sends Cache-Control: no-store).
    res.status(200).end();
  });

  async function refuse(req: Request, res: Response, code: string, error: unknown) {
    if (!(error instanceof SignInRefused)) throw error;
    await auditRefused(req, code, error);
    ctx.logger.info({ institution: code, reason: error.reason }, 'oidc sign-in refused');
    res.redirect(303, `/login?oidcError=${encodeURIComponent(error.errorId)}`);
  }

  async function auditRefused(req: Request, code: string, error: SignInRefused) {
    const institution = await ctx.db
      .selectFrom('institutions')
      .select('id')
      .where('code', '=', code)
      .executeTakeFirst();
    await ctx.db.transaction().execute((trx) =>
      appendAudit(trx, {
        action: 'auth.oidc.refused',
        outcome: 'refused',
        actor: null,
        object: {
          type: error.userId ? 'user' : 'account',
          id: error.userId,
          institutionId: institution?.id ?? null,
        },
        clientAddress: req.ip ?? null,
        details: { institution: code, reason: error.errorId },
        at: ctx.clock.now(),
      }),
    );
  }

  return router;
}

function setAttemptCookie(res: Response, value: string, secure: boolean, maxAge: number) {
  res.append(
    'Set-Cookie',
    serializeCookie(OIDC_ATTEMPT_COOKIE, value, {
      ...cookieOptions(secure, maxAge),
      path: ATTEMPT_COOKIE_PATH,
    }),
  );
}
