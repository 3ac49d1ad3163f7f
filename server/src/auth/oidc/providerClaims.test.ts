import { describe, expect, it } from 'vitest';
import { parseOidcSettings } from './oidcConfig';
import { isTrustedEmail, mappedRole, readClaims } from './providerClaims';

const provider = parseOidcSettings(
  {
    institutions: {
      CCCC: {
        issuer: 'https://login.charite.example',
        clientId: 'konsil',
        clientSecret: 's',
        roleClaim: 'groups',
        roles: {
          'tb-admin': 'admin',
          'tb-coordinator': 'coordinator',
          'tb-clinician': 'clinician',
        },
        emailDomains: ['charite.de'],
      },
    },
  },
  {},
).institutions.get('CCCC');
if (!provider) throw new Error('no provider');

const claims = (extra: Record<string, unknown>) =>
  readClaims(
    { sub: 'abc', email: 'Anna.Berger@Charite.de', email_verified: true, ...extra },
    provider,
  );

describe('what Konsil reads from the claims', () => {
  it('reads the role claim the institution names, as a list or a single value', () => {
    expect(claims({ groups: ['x', 'tb-clinician'] }).providerRoles).toEqual(['x', 'tb-clinician']);
    expect(claims({ groups: 'tb-clinician' }).providerRoles).toEqual(['tb-clinician']);
    expect(claims({ roles: ['tb-clinician'] }).providerRoles).toEqual([]);
    expect(claims({ groups: [1, { role: 'tb-admin' }] }).providerRoles).toEqual([]);
  });

  it('gives the first mapping of the file that the person holds', () => {
    expect(mappedRole(provider, ['tb-clinician', 'tb-coordinator'])).toBe('coordinator');
    expect(mappedRole(provider, ['tb-clinician'])).toBe('clinician');
    expect(mappedRole(provider, ['library'])).toBeNull();
    expect(mappedRole(provider, [])).toBeNull();
  });

  it('trusts an email only when verified with a literal true and of a named domain', () => {
    expect(isTrustedEmail(provider, claims({}))).toBe(true);
    expect(claims({}).email).toBe('anna.berger@charite.de');
    expect(isTrustedEmail(provider, claims({ email_verified: 'true' }))).toBe(false);
    expect(isTrustedEmail(provider, claims({ email_verified: undefined }))).toBe(false);
    expect(isTrustedEmail(provider, claims({ email: 'anna@charite.de.evil.example' }))).toBe(false);
    expect(isTrustedEmail(provider, claims({ email: undefined }))).toBe(false);
  });
});
