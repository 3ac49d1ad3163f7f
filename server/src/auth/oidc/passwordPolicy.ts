import type { OidcSettings } from './oidcConfig';

/**
 * False when the institution signs its staff in only through its provider (`allowPasswords:
 * false`); institutions without a provider keep passwords.
 */
export function arePasswordsAllowed(settings: OidcSettings | undefined, code: string): boolean {
  return settings?.institutions.get(code)?.allowPasswords ?? true;
}

/**
 * True when an email's domain belongs to an institution that allows no passwords. Domains are
 * public, so this can answer before any account is looked up without telling who has one.
 */
export function isPasswordlessDomain(settings: OidcSettings | undefined, email: string): boolean {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  for (const provider of settings?.institutions.values() ?? []) {
    if (!provider.allowPasswords && provider.emailDomains?.includes(domain)) return true;
  }
  return false;
}
