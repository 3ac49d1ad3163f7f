import { describe, expect, it } from 'vitest';
import { parseOidcSettings } from '../../auth/oidc/oidcConfig';
import { devClientFor, devOidcConfig, devSecrets } from './devSetup';

const ISSUERS = { CCCC: 'http://127.0.0.1:4455', SCCC: 'http://127.0.0.1:4456' };
const SECRETS = { CCCC: 'berlin-secret-0123456789', SCCC: 'seoul-secret-0123456789' };

describe('the local providers’ setup', () => {
  it('writes a configuration Konsil accepts, with passwords still allowed for both hospitals', () => {
    const settings = parseOidcSettings(devOidcConfig(ISSUERS, SECRETS), {});

    expect([...settings.institutions.keys()]).toEqual(['CCCC', 'SCCC']);
    expect(settings.institutions.get('SCCC')).toMatchObject({
      issuer: 'http://127.0.0.1:4456',
      clientId: 'konsil-sccc',
      clientSecret: 'seoul-secret-0123456789',
      allowPasswords: true,
    });
    // Only the students' library role is left without a Konsil role.
    expect(settings.institutions.get('CCCC')?.roles.map(([providerRole]) => providerRole)).toEqual([
      'tb-coordinator',
      'tb-clinician',
      'tb-observer',
      'tb-admin',
    ]);
  });

  it('registers Konsil’s callback and return address under localhost and 127.0.0.1 alike', () => {
    const client = devClientFor('CCCC', 'http://localhost:3000', 's');

    expect(client.redirectUris).toEqual([
      'http://localhost:3000/api/auth/oidc/CCCC/callback',
      'http://127.0.0.1:3000/api/auth/oidc/CCCC/callback',
    ]);
    expect(client.postLogoutRedirectUris).toEqual([
      'http://localhost:3000/login',
      'http://127.0.0.1:3000/login',
    ]);
    expect(client.backchannelLogoutUri).toBe(
      'http://localhost:3000/api/auth/oidc/CCCC/backchannel-logout',
    );
  });

  it('registers only the address given when Konsil runs under another name', () => {
    const client = devClientFor('SCCC', 'https://konsil.example.org', 's');

    expect(client.redirectUris).toEqual(['https://konsil.example.org/api/auth/oidc/SCCC/callback']);
  });

  it('keeps the secrets of an earlier file and makes new ones where it has none', () => {
    const kept = devSecrets(devOidcConfig(ISSUERS, { ...SECRETS, SCCC: 'short' }));

    expect(kept.CCCC).toBe('berlin-secret-0123456789');
    expect(kept.SCCC).not.toBe('short');
    expect(kept.SCCC.length).toBeGreaterThanOrEqual(32);
    const fresh = devSecrets(null);
    expect(fresh.CCCC).not.toBe(devSecrets(null).CCCC);
  });
});
