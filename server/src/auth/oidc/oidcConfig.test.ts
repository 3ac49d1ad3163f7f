import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { isLoopbackHost, issuerUrlProblem } from './issuerUrl';
import { parseOidcSettings } from './oidcConfig';

const BERLIN = {
  issuer: 'https://login.charite.example',
  clientId: 'konsil',
  clientSecret: 'from-the-file',
  scopes: ['openid', 'email', 'profile'],
  roleClaim: 'roles',
  roles: { 'tb-coordinator': 'coordinator', 'tb-clinician': 'clinician' },
  emailDomains: ['charite.de'],
  allowPasswords: true,
};

function problemsOf(institution: Record<string, unknown>, env: NodeJS.ProcessEnv = {}): string {
  try {
    parseOidcSettings({ institutions: { CCCC: institution } }, env);
  } catch (error) {
    return String(error);
  }
  return '';
}

describe('issuer URLs', () => {
  it.each([
    ['https://login.charite.example', null],
    ['https://login.example.org/realms/konsil', null],
    ['http://127.0.0.1:4000', null],
    ['http://127.8.9.10', null],
    ['http://localhost:4000', null],
    ['http://[::1]:4000', null],
    ['http://login.charite.example', 'must use https'],
    ['http://10.0.0.5', 'must use https'],
    ['http://128.0.0.1', 'must use https'],
    ['http://localhost.evil.example', 'must use https'],
    ['ftp://127.0.0.1', 'must use https'],
    ['https://login.example.org/?realm=x', 'must not have a query'],
    ['login.example.org', 'must be a URL'],
  ])('%s: %s', (issuer, problem) => {
    const found = issuerUrlProblem(issuer);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });

  it('treats only loopback names and addresses as loopback', () => {
    expect(['localhost', '127.0.0.1', '[::1]', 'app.localhost'].map(isLoopbackHost)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['127.example.org', '0.0.0.0', '[::2]'].map(isLoopbackHost)).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe('the OIDC_CONFIG file', () => {
  it('reads an institution with everything the issue names', () => {
    const settings = parseOidcSettings({ institutions: { CCCC: BERLIN } }, {});

    expect(settings.institutions.get('CCCC')).toEqual({
      code: 'CCCC',
      issuer: 'https://login.charite.example',
      clientId: 'konsil',
      clientSecret: 'from-the-file',
      scopes: ['openid', 'email', 'profile'],
      roleClaim: 'roles',
      roles: [
        ['tb-coordinator', 'coordinator'],
        ['tb-clinician', 'clinician'],
      ],
      emailDomains: ['charite.de'],
      allowPasswords: true,
    });
  });

  it('takes the client secret from OIDC_<CODE>_CLIENT_SECRET, before the file', () => {
    const { clientSecret: _secret, ...withoutSecret } = BERLIN;
    const env = { OIDC_CCCC_CLIENT_SECRET: 'from-the-environment' };

    expect(
      parseOidcSettings({ institutions: { CCCC: withoutSecret } }, env).institutions.get('CCCC'),
    ).toMatchObject({ clientSecret: 'from-the-environment' });
    expect(
      parseOidcSettings({ institutions: { CCCC: BERLIN } }, env).institutions.get('CCCC'),
    ).toMatchObject({ clientSecret: 'from-the-environment' });
  });

  it.each([
    [{ issuer: 'http://login.charite.example' }, 'institutions.CCCC.issuer: must use https'],
    [{ clientSecret: undefined }, 'institutions.CCCC.clientSecret: missing'],
    [{ clientId: '' }, 'institutions.CCCC.clientId'],
    [{ scopes: ['email'] }, 'institutions.CCCC.scopes: must include "openid"'],
    [{ roles: {} }, 'institutions.CCCC.roles: must map at least one provider role'],
    [{ roles: { 'tb-chief': 'chief' } }, 'institutions.CCCC.roles.tb-chief'],
    [{ emailDomains: ['@charite.de'] }, 'institutions.CCCC.emailDomains.0'],
    [{ allowPasswords: 'no' }, 'institutions.CCCC.allowPasswords'],
    [{ tenant: 'x' }, 'tenant'],
  ])('names the field of a wrong value: %o', (change, message) => {
    expect(problemsOf({ ...BERLIN, ...change })).toContain(message);
  });

  it('names a bad institution code', () => {
    expect(() => parseOidcSettings({ institutions: { charite: BERLIN } }, {})).toThrow(
      /institutions\.charite/,
    );
  });

  it('is read by loadConfig from the file OIDC_CONFIG names, and its problems stop the start', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'konsil-oidc-'));
    try {
      const file = path.join(dir, 'oidc.json');
      fs.writeFileSync(file, JSON.stringify({ institutions: { CCCC: BERLIN } }));
      expect(loadConfig({ OIDC_CONFIG: file }).oidc?.institutions.get('CCCC')?.clientId).toBe(
        'konsil',
      );
      expect(loadConfig({}).oidc?.institutions.size).toBe(0);

      fs.writeFileSync(file, '{ "institutions": ');
      expect(() => loadConfig({ OIDC_CONFIG: file })).toThrow(/OIDC_CONFIG .*not valid JSON/);
      expect(() => loadConfig({ OIDC_CONFIG: path.join(dir, 'missing.json') })).toThrow(
        /cannot be read/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
