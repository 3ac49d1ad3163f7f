import * as oidc from 'openid-client';
import { appendAudit } from '../../audit/auditLog';
import type { AppContext } from '../../context';
import { deleteSession } from '../../storage/repositories/sessions';
import type { UserRecord } from '../../storage/repositories/users';
import { tokenDigest } from '../tokens';
import { type HospitalSignIn, providerOf, SignInRefused } from './hospitalSignIn';
import { consumeLoginAttempt, findIdentityUserId, findProviderSessions } from './oidcRecords';
import { readClaims } from './providerClaims';
import { ProviderUnavailable } from './providerClients';
import { provisionUser } from './provisioning';

export interface Callback {
  code: string;
  /** The attempt cookie's value, if the browser sent one. */
  attemptToken: string | null;
  /** The callback's query string as the provider sent it (code, state, iss or error). */
  query: URLSearchParams;
  clientAddress: string;
  userAgent: string | null;
  presentedSessionToken: string | null;
}

export interface SignedIn {
  user: UserRecord;
  token: string;
  returnTo: string;
}

/**
 * The redirect URI's end of the code flow: consume the attempt (once), exchange the code with the
 * PKCE verifier, let openid-client validate the ID token (issuer, audience, signature against the
 * provider's JWKS, expiry, nonce), provision the user and start a session as a password sign-in
 * does. Throws SignInRefused for anything that must not end in a session.
 */
export async function finishLogin(
  ctx: AppContext,
  signIn: HospitalSignIn,
  callback: Callback,
): Promise<SignedIn> {
  const provider = providerOf(signIn, callback.code);
  const now = ctx.clock.now();
  const attempt = callback.attemptToken
    ? await consumeLoginAttempt(ctx.db, tokenDigest(callback.attemptToken), now)
    : null;
  if (!attempt || attempt.institution_code !== provider.code) {
    throw new SignInRefused('oidc_state_invalid', 'no open attempt for this browser');
  }
  if (callback.query.get('state') !== attempt.state) {
    throw new SignInRefused('oidc_state_invalid', 'state does not match the attempt');
  }
  const config = await signIn.clients.configurationOf(provider).catch((error: unknown) => {
    if (error instanceof ProviderUnavailable) {
      throw new SignInRefused('oidc_provider_unavailable', 'discovery failed');
    }
    throw error;
  });
  const callbackUrl = new URL(attempt.redirect_uri);
  callbackUrl.search = callback.query.toString();
  const tokens = await oidc
    .authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: attempt.code_verifier,
      expectedState: attempt.state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    })
    .catch((error: unknown) => {
      throw refusalOf(error);
    });
  const idTokenClaims = tokens.claims();
  if (!idTokenClaims || !tokens.id_token) {
    throw new SignInRefused('oidc_token_invalid', 'no ID token');
  }
  const claims = readClaims(idTokenClaims, provider);
  const institution = await ctx.db
    .selectFrom('institutions')
    .select('id')
    .where('code', '=', provider.code)
    .executeTakeFirst();
  if (!institution) throw new SignInRefused('oidc_not_configured', 'institution not in database');

  const request = {
    provider,
    institutionId: institution.id,
    claims,
    clientAddress: callback.clientAddress,
    at: now,
  };
  const idToken = tokens.id_token;
  const signInOnce = () =>
    ctx.db.transaction().execute(async (trx) => {
      const outcome = await provisionUser(trx, request);
      if (outcome.kind === 'refused') return outcome;
      if (callback.presentedSessionToken) {
        await deleteSession(trx, tokenDigest(callback.presentedSessionToken));
      }
      const session = await ctx.sessions.start(
        outcome.user.id,
        {
          clientAddress: callback.clientAddress,
          userAgent: callback.userAgent,
          provider: { issuer: provider.issuer, sid: claims.sid, idToken },
        },
        trx,
      );
      await appendAudit(trx, {
        action: 'auth.oidc.login',
        outcome: 'allowed',
        actor: { userId: outcome.user.id, institutionId: institution.id },
        object: { type: 'user', id: outcome.user.id, institutionId: institution.id },
        clientAddress: callback.clientAddress,
        details: { institution: provider.code },
        at: now,
      });
      return { ...outcome, token: session.token };
    });
  const result = await signInOnce().catch(async (error: unknown) => {
    // Two first sign-ins of one person at the same moment: the other one made the user (a
    // unique key stopped this one). From its identity on, this one is an ordinary later sign-in.
    const knownUserId = await findIdentityUserId(ctx.db, provider.issuer, claims.subject);
    if (knownUserId) return signInOnce();
    throw error;
  });

  if (result.kind === 'refused') {
    // A person whose provider took every Konsil role away loses the sessions it gave them.
    if (result.errorId === 'oidc_no_role' && result.userId) {
      const ended = await findProviderSessions(ctx.db, provider.issuer, {
        userId: result.userId,
      });
      await ctx.sessions.endSessions(
        ended.map((session) => session.id),
        'logout',
      );
    }
    throw new SignInRefused(result.errorId, 'provisioning refused', result.userId);
  }
  if (callback.presentedSessionToken) {
    ctx.changes.publish({
      kind: 'session.ended',
      target: { sessionId: tokenDigest(callback.presentedSessionToken) },
      reason: 'logout',
    });
  }
  if (result.isRoleChanged) {
    // Narrowed or widened at the provider: open sockets and notes connections ask again.
    ctx.changes.publish({ kind: 'user.access', userId: result.user.id, reason: 'role_changed' });
  }
  return { user: result.user, token: result.token, returnTo: attempt.return_to };
}

function refusalOf(error: unknown): SignInRefused {
  if (error instanceof oidc.AuthorizationResponseError) {
    return new SignInRefused('oidc_cancelled', `provider answered ${error.error}`);
  }
  if (isNetworkFailure(error)) {
    return new SignInRefused('oidc_provider_unavailable', 'token endpoint unreachable');
  }
  const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
  const message = error instanceof Error ? error.message : String(error);
  return new SignInRefused('oidc_token_invalid', `${code}: ${message}`);
}

function isNetworkFailure(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    if (current.name === 'TimeoutError' || current.name === 'AbortError') return true;
    if (current instanceof TypeError && current.message === 'fetch failed') return true;
    current = current.cause;
  }
  return false;
}
