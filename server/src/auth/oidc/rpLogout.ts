import * as oidc from 'openid-client';
import type { AppContext } from '../../context';
import type { HospitalSignIn } from './hospitalSignIn';
import { findSessionIdToken } from './oidcRecords';

/**
 * RP-initiated logout: where to send the browser so that the provider ends its session too, or
 * null when the session did not come from a provider or the provider has no end-session endpoint.
 * Read before the Konsil session is deleted; a provider that cannot be reached does not hold up
 * signing out here.
 */
export async function providerLogoutUrl(
  ctx: AppContext,
  signIn: HospitalSignIn,
  sessionId: string,
  origin: string,
): Promise<string | null> {
  const stored = await findSessionIdToken(ctx.db, sessionId);
  if (!stored) return null;
  const provider = [...signIn.settings.institutions.values()].find(
    (candidate) => candidate.issuer === stored.issuer,
  );
  if (!provider) return null;
  try {
    const config = await signIn.clients.configurationOf(provider);
    if (!config.serverMetadata().end_session_endpoint) return null;
    return oidc
      .buildEndSessionUrl(config, {
        id_token_hint: stored.idToken,
        post_logout_redirect_uri: `${origin}/login`,
      })
      .toString();
  } catch (error) {
    ctx.logger.warn({ err: error, institution: provider.code }, 'oidc end-session url unavailable');
    return null;
  }
}
