import { randomBytes } from 'node:crypto';
import { type DEV_ACCOUNTS, DEV_ROLE_MAPPING } from '../../auth/oidc/devAccounts';
import type { DevClient } from '../../auth/oidc/devProvider';

export type DevInstitutionCode = keyof typeof DEV_ACCOUNTS;

/** Berlin first, then Seoul: the order of their ports and of the sign-in buttons. */
export const DEV_INSTITUTIONS: DevInstitutionCode[] = ['CCCC', 'SCCC'];

/** The Konsil client one institution's provider knows: where it may send browsers and logouts. */
export function devClientFor(
  code: DevInstitutionCode,
  konsilUrl: string,
  clientSecret: string,
): DevClient {
  const origins = konsilOrigins(konsilUrl);
  return {
    clientId: clientIdOf(code),
    clientSecret,
    redirectUris: origins.map((origin) => `${origin}/api/auth/oidc/${code}/callback`),
    // The provider posts logout tokens server to server, so one address is enough.
    backchannelLogoutUri: `${new URL(konsilUrl).origin}/api/auth/oidc/${code}/backchannel-logout`,
    postLogoutRedirectUris: origins.map((origin) => `${origin}/login`),
  };
}

/**
 * The OIDC_CONFIG file for the local providers (the shape README's "Hospital sign-in" section
 * describes). Passwords stay allowed: the demo's password accounts keep working beside them.
 */
export function devOidcConfig(
  issuers: Record<DevInstitutionCode, string>,
  secrets: Record<DevInstitutionCode, string>,
) {
  const institutions: Record<string, unknown> = {};
  for (const code of DEV_INSTITUTIONS) {
    institutions[code] = {
      issuer: issuers[code],
      clientId: clientIdOf(code),
      clientSecret: secrets[code],
      scopes: ['openid', 'email', 'profile'],
      roleClaim: 'roles',
      roles: DEV_ROLE_MAPPING,
      allowPasswords: true,
    };
  }
  return { institutions };
}

/**
 * The client secrets of an earlier run's file, so a Konsil already started with that file goes
 * on working when the providers restart; a new random secret where there is none.
 */
export function devSecrets(previousFile: unknown): Record<DevInstitutionCode, string> {
  const secretOf = (code: DevInstitutionCode): string => {
    const institutions = read(previousFile, 'institutions');
    const secret = read(read(institutions, code), 'clientSecret');
    return typeof secret === 'string' && secret.length >= 16
      ? secret
      : randomBytes(24).toString('base64url');
  };
  return { CCCC: secretOf('CCCC'), SCCC: secretOf('SCCC') };
}

function clientIdOf(code: DevInstitutionCode): string {
  return `konsil-${code.toLowerCase()}`;
}

/**
 * Konsil's origin, and on this machine its twin (localhost ⇄ 127.0.0.1): the callback address
 * follows the address bar, and a newcomer may type either.
 */
function konsilOrigins(konsilUrl: string): string[] {
  const url = new URL(konsilUrl);
  const twins: Record<string, string> = { localhost: '127.0.0.1', '127.0.0.1': 'localhost' };
  const twin = twins[url.hostname];
  if (!twin) return [url.origin];
  const other = new URL(url.origin);
  other.hostname = twin;
  return [url.origin, other.origin];
}

function read(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}
