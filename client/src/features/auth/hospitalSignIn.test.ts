import { describe, expect, it } from 'vitest';
import { hospitalSignInHref, hospitalSignInRefusal } from './hospitalSignIn';

describe('hospital sign-in links', () => {
  it('starts at the institution’s login route and keeps the page asked for, query included', () => {
    expect(hospitalSignInHref('CCCC', '/boards/42?view=past#agenda')).toBe(
      '/api/auth/oidc/CCCC/login?returnTo=%2Fboards%2F42%3Fview%3Dpast%23agenda',
    );
  });
});

describe('the refusal a hospital sign-in came back with', () => {
  it('reads hospital sign-in’s own error ids', () => {
    expect(hospitalSignInRefusal('?oidcError=oidc_no_role')).toBe('oidc_no_role');
    expect(hospitalSignInRefusal('?foo=1&oidcError=oidc_cancelled')).toBe('oidc_cancelled');
  });

  it('ignores anything else', () => {
    expect(hospitalSignInRefusal('')).toBeNull();
    expect(hospitalSignInRefusal('?oidcError=')).toBeNull();
    expect(hospitalSignInRefusal('?oidcError=forbidden')).toBeNull();
    expect(hospitalSignInRefusal('?oidcError=oidc_no_role%3Cscript%3E')).toBeNull();
  });
});
