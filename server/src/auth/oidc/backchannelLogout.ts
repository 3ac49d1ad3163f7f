import { errors as joseErrors, jwtVerify } from 'jose';
import { z } from 'zod';
import { appendAudit } from '../../audit/auditLog';
import type { AppContext } from '../../context';
import { type HospitalSignIn, providerOf, SignInRefused } from './hospitalSignIn';
import type { InstitutionProvider } from './oidcConfig';
import { findIdentityUserId, findProviderSessions } from './oidcRecords';
import { ProviderUnavailable } from './providerClients';

const BACKCHANNEL_LOGOUT_EVENT = 'http://schemas.openid.net/event/backchannel-logout';
// Logout tokens are sent the moment the provider's session ends; an old one is not news.
const MAX_TOKEN_AGE = '5 minutes';
const LogoutEventsSchema = z.object({
  [BACKCHANNEL_LOGOUT_EVENT]: z.record(z.string(), z.unknown()),
});

interface LogoutSubject {
  sid: string | null;
  sub: string | null;
}

/**
 * OpenID Connect Back-Channel Logout 1.0: validates the provider's logout token like an ID token
 * (signature from the provider's JWKS, issuer, audience, iat and exp) plus the logout rules
 * (the back-channel event, no nonce, a sid or a sub), then ends the Konsil sessions it names:
 * those of that provider session (sid), or every session the subject began there (sub). Ending
 * publishes `session.ended`, which cuts that user's sockets and notes connections.
 */
export async function receiveBackchannelLogout(
  ctx: AppContext,
  signIn: HospitalSignIn,
  code: string,
  logoutToken: string,
): Promise<number> {
  const provider = providerOf(signIn, code);
  const subject = await verifyLogoutToken(signIn, provider, logoutToken);
  const subjectUserId = subject.sub
    ? await findIdentityUserId(ctx.db, provider.issuer, subject.sub)
    : null;
  const sessions = subject.sid
    ? await findProviderSessions(ctx.db, provider.issuer, { sid: subject.sid })
    : subjectUserId
      ? await findProviderSessions(ctx.db, provider.issuer, { userId: subjectUserId })
      : [];
  const sessionIds = sessions.map((session) => session.id);
  const userId = subjectUserId ?? sessions[0]?.userId ?? null;
  const institution = await ctx.db
    .selectFrom('institutions')
    .select('id')
    .where('code', '=', provider.code)
    .executeTakeFirst();
  await ctx.db.transaction().execute((trx) =>
    appendAudit(trx, {
      action: 'auth.oidc.backchannel_logout',
      outcome: 'allowed',
      actor: null,
      object: { type: 'user', id: userId, institutionId: institution?.id ?? null },
      clientAddress: null,
      details: {
        institution: provider.code,
        by: subject.sid ? 'sid' : 'sub',
        sessions: sessionIds.length,
      },
      at: ctx.clock.now(),
    }),
  );
  await ctx.sessions.endSessions(sessionIds, 'logout');
  return sessionIds.length;
}

async function verifyLogoutToken(
  signIn: HospitalSignIn,
  provider: InstitutionProvider,
  logoutToken: string,
): Promise<LogoutSubject> {
  const keySet = await signIn.clients.keySetOf(provider).catch((error: unknown) => {
    if (error instanceof ProviderUnavailable) {
      throw new SignInRefused('oidc_provider_unavailable', 'discovery failed');
    }
    throw error;
  });
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(logoutToken, keySet, {
      issuer: provider.issuer,
      audience: provider.clientId,
      requiredClaims: ['iat', 'exp', 'jti', 'events'],
      maxTokenAge: MAX_TOKEN_AGE,
    }));
  } catch (error) {
    if (error instanceof joseErrors.JOSEError) {
      throw new SignInRefused('oidc_token_invalid', `logout token: ${error.code}`);
    }
    throw new SignInRefused('oidc_provider_unavailable', 'keys unavailable');
  }
  if (!LogoutEventsSchema.safeParse(payload.events).success)
    throw new SignInRefused('oidc_token_invalid', 'logout token: no logout event');
  // A nonce marks an ID token: one must not be usable as a logout token.
  if ('nonce' in payload)
    throw new SignInRefused('oidc_token_invalid', 'logout token: has a nonce');
  const sid = typeof payload.sid === 'string' && payload.sid !== '' ? payload.sid : null;
  const sub = typeof payload.sub === 'string' && payload.sub !== '' ? payload.sub : null;
  if (!sid && !sub) throw new SignInRefused('oidc_token_invalid', 'logout token: no sid or sub');
  return { sid, sub };
}
