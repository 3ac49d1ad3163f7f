import type { Role } from '@konsil/shared';
import type { InstitutionProvider } from './oidcConfig';

/** What Konsil reads from a validated ID token; nothing else of it is kept. */
export interface ProviderClaims {
  subject: string;
  /** The provider's session, for back-channel logout by sid. */
  sid: string | null;
  email: string | null;
  isEmailVerified: boolean;
  name: string | null;
  providerRoles: string[];
}

export function readClaims(
  claims: Record<string, unknown>,
  provider: InstitutionProvider,
): ProviderClaims {
  const text = (value: unknown) =>
    typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
  const roles = claims[provider.roleClaim];
  return {
    subject: String(claims.sub),
    sid: text(claims.sid),
    email: text(claims.email)?.toLowerCase() ?? null,
    // Only a literal true counts: a string "true" or a missing claim is not a verification.
    isEmailVerified: claims.email_verified === true,
    name: text(claims.name),
    providerRoles: Array.isArray(roles)
      ? roles.filter((role): role is string => typeof role === 'string')
      : typeof roles === 'string'
        ? [roles]
        : [],
  };
}

/** The Konsil role of a person: the first mapping in the configuration they hold, or null. */
export function mappedRole(provider: InstitutionProvider, providerRoles: string[]): Role | null {
  const held = new Set(providerRoles);
  for (const [providerRole, role] of provider.roles) {
    if (held.has(providerRole)) return role;
  }
  return null;
}

/** True when the provider confirmed the email and, if the institution names domains, it is one of them. */
export function isTrustedEmail(provider: InstitutionProvider, claims: ProviderClaims): boolean {
  if (!claims.email || !claims.isEmailVerified) return false;
  if (!provider.emailDomains) return true;
  const domain = claims.email.slice(claims.email.lastIndexOf('@') + 1);
  return provider.emailDomains.includes(domain);
}
