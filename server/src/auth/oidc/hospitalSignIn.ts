import type { ErrorId } from '@konsil/shared';
import { type InstitutionProvider, NO_OIDC, type OidcSettings } from './oidcConfig';
import { ProviderClients } from './providerClients';

/** Why a sign-in through a provider ended without a session; the login page explains each. */
export type SignInErrorId = Extract<
  ErrorId,
  | 'oidc_not_configured'
  | 'oidc_provider_unavailable'
  | 'oidc_state_invalid'
  | 'oidc_token_invalid'
  | 'oidc_cancelled'
  | 'oidc_no_role'
  | 'oidc_email_unverified'
  | 'oidc_account_unavailable'
>;

export class SignInRefused extends Error {
  constructor(
    readonly errorId: SignInErrorId,
    /** For the log only: never a token. */
    readonly reason: string,
    /** The Konsil user it concerns, when known (audit). */
    readonly userId: string | null = null,
  ) {
    super(`Sign-in refused: ${errorId} (${reason})`);
    this.name = 'SignInRefused';
  }
}

/** The providers configured and their discovered clients, built once per app. */
export interface HospitalSignIn {
  settings: OidcSettings;
  clients: ProviderClients;
}

export function createHospitalSignIn(settings: OidcSettings = NO_OIDC): HospitalSignIn {
  return { settings, clients: new ProviderClients() };
}

export function providerOf(signIn: HospitalSignIn, code: string): InstitutionProvider {
  const provider = signIn.settings.institutions.get(code);
  if (!provider) throw new SignInRefused('oidc_not_configured', 'no provider for this code');
  return provider;
}
