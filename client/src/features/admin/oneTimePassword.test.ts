import { LIMITS } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import { generateOneTimePassword } from './oneTimePassword';

describe('generateOneTimePassword', () => {
  it('is long enough for the password rule and avoids look-alike characters', () => {
    const password = generateOneTimePassword();
    expect(password.length).toBeGreaterThanOrEqual(LIMITS.passwordMinLength);
    expect(password).toMatch(/^[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}$/);
    expect(password).not.toMatch(/[01OIl]/);
  });

  it('skips biased bytes instead of folding them onto the alphabet', () => {
    // 255 is above the largest multiple of the alphabet size, so it must be rejected.
    let call = 0;
    const password = generateOneTimePassword(1, (count) =>
      new Uint8Array(count).fill(call++ === 0 ? 255 : 0),
    );
    expect(password).toBe('aaaa');
  });
});
