import { createRemoteJWKSet } from 'jose';
import * as oidc from 'openid-client';
import { isLoopbackHttpIssuer } from './issuerUrl';
import type { InstitutionProvider } from './oidcConfig';

/** The provider could not be asked (down, or its discovery document is unusable). */
export class ProviderUnavailable extends Error {
  constructor(
    readonly code: string,
    cause: unknown,
  ) {
    super(`The identity provider of ${code} is unavailable`, { cause });
    this.name = 'ProviderUnavailable';
  }
}

/**
 * One openid-client configuration per institution, from the issuer's discovery document.
 * Discovered on first use, not at startup, so that a provider being down does not keep Konsil
 * from starting; a failed discovery is not cached, so the next sign-in tries again.
 */
export class ProviderClients {
  private readonly discovered = new Map<string, Promise<oidc.Configuration>>();
  private readonly keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

  configurationOf(provider: InstitutionProvider): Promise<oidc.Configuration> {
    let pending = this.discovered.get(provider.code);
    if (!pending) {
      pending = discover(provider).catch((error: unknown) => {
        this.discovered.delete(provider.code);
        throw new ProviderUnavailable(provider.code, error);
      });
      this.discovered.set(provider.code, pending);
    }
    return pending;
  }

  /** The provider's signing keys (jwks_uri), fetched and refreshed by jose as keys rotate. */
  async keySetOf(provider: InstitutionProvider): Promise<ReturnType<typeof createRemoteJWKSet>> {
    const known = this.keySets.get(provider.code);
    if (known) return known;
    const jwksUri = (await this.configurationOf(provider)).serverMetadata().jwks_uri;
    if (!jwksUri) throw new ProviderUnavailable(provider.code, new Error('no jwks_uri'));
    const keySet = createRemoteJWKSet(new URL(jwksUri));
    this.keySets.set(provider.code, keySet);
    return keySet;
  }
}

async function discover(provider: InstitutionProvider): Promise<oidc.Configuration> {
  const execute: ((config: oidc.Configuration) => void)[] = [
    // ID tokens are checked against the provider's JWKS too, not only trusted for arriving over TLS.
    oidc.enableNonRepudiationChecks,
  ];
  if (isLoopbackHttpIssuer(provider.issuer)) execute.push(oidc.allowInsecureRequests);
  return oidc.discovery(
    new URL(provider.issuer),
    provider.clientId,
    { client_secret: provider.clientSecret },
    oidc.ClientSecretBasic(provider.clientSecret),
    { execute, timeout: 10 },
  );
}
