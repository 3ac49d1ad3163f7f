import * as oidc from 'openid-client';
import { minutesFrom } from '../../clock';
import type { AppContext } from '../../context';
import { newToken, tokenDigest } from '../tokens';
import { type HospitalSignIn, providerOf, SignInRefused } from './hospitalSignIn';
import { deleteExpiredLoginAttempts, insertLoginAttempt } from './oidcRecords';
import { ProviderUnavailable } from './providerClients';

export const LOGIN_ATTEMPT_MINUTES = 10;

export interface LoginStart {
  code: string;
  /** Where the callback comes back to: `<origin>/api/auth/oidc/<code>/callback`. */
  redirectUri: string;
  /** A same-origin path to land on after signing in (already checked). */
  returnTo: string;
}

/**
 * Opens a sign-in attempt: state, nonce and PKCE verifier stay in the database, the browser gets
 * only a random reference for its cookie and the provider's authorization URL to go to.
 */
export async function startLogin(
  ctx: AppContext,
  signIn: HospitalSignIn,
  start: LoginStart,
): Promise<{ attemptToken: string; authorizationUrl: URL }> {
  const provider = providerOf(signIn, start.code);
  const config = await signIn.clients.configurationOf(provider).catch((error: unknown) => {
    if (error instanceof ProviderUnavailable) {
      ctx.logger.warn({ err: error.cause, institution: start.code }, 'oidc discovery failed');
      throw new SignInRefused('oidc_provider_unavailable', 'discovery failed');
    }
    throw error;
  });
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const attemptToken = newToken();
  const now = ctx.clock.now();
  await deleteExpiredLoginAttempts(ctx.db, now);
  await insertLoginAttempt(ctx.db, {
    id: tokenDigest(attemptToken),
    institution_code: provider.code,
    state,
    nonce,
    code_verifier: codeVerifier,
    redirect_uri: start.redirectUri,
    return_to: start.returnTo,
    created_at: now.toISOString(),
    expires_at: minutesFrom(now, LOGIN_ATTEMPT_MINUTES).toISOString(),
  });
  const authorizationUrl = oidc.buildAuthorizationUrl(config, {
    redirect_uri: start.redirectUri,
    scope: provider.scopes.join(' '),
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { attemptToken, authorizationUrl };
}
