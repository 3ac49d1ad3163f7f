import type { OidcSettings } from './oidcConfig';

/**
 * False when the institution signs its staff in only through its provider (`allowPasswords:
 * false`); institutions without a provider keep passwords.
 */
export function arePasswordsAllowed(settings: OidcSettings | undefined, code: string): boolean {
  return settings?.institutions.get(code)?.allowPasswords ?? true;
}
