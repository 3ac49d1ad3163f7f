import { describe, expect, it } from 'vitest';
import { minutesToWait } from './rateLimit';
import { redirectTarget } from './redirect';

describe('redirectTarget', () => {
  it('returns to the page the guard came from', () => {
    expect(
      redirectTarget({ from: { pathname: '/admin/audit', search: '?action=auth.login' } }),
    ).toBe('/admin/audit?action=auth.login');
  });

  it('never leaves the app', () => {
    expect(redirectTarget({ from: { pathname: '//evil.example/' } })).toBe('/');
    expect(redirectTarget({ from: { pathname: 'https://evil.example/' } })).toBe('/');
    expect(redirectTarget({ from: 'somewhere' })).toBe('/');
    expect(redirectTarget(null)).toBe('/');
  });

  it('does not loop back to the sign-in pages', () => {
    expect(redirectTarget({ from: { pathname: '/login' } })).toBe('/');
  });
});

describe('minutesToWait', () => {
  it('rounds Retry-After up to whole minutes, at least one', () => {
    expect(minutesToWait(900)).toBe(15);
    expect(minutesToWait(61)).toBe(2);
    expect(minutesToWait(5)).toBe(1);
    expect(minutesToWait(null)).toBe(1);
  });
});
