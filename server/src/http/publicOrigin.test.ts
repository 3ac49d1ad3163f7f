import { describe, expect, it } from 'vitest';
import { publicOrigin } from './publicOrigin';

describe('publicOrigin', () => {
  it('takes the origin of PUBLIC_URL first, dropping any path', () => {
    expect(
      publicOrigin(
        {
          publicUrl: 'https://konsil.charite.example/app/',
          extraAllowedOrigins: ['https://b.example'],
        },
        3000,
      ),
    ).toBe('https://konsil.charite.example');
  });

  it('takes the first allowed origin when PUBLIC_URL is unset', () => {
    expect(
      publicOrigin(
        { publicUrl: null, extraAllowedOrigins: ['https://a.example:8443', 'https://b.example'] },
        3000,
      ),
    ).toBe('https://a.example:8443');
  });

  it("falls back to the server's own localhost origin on its bound port", () => {
    expect(publicOrigin({ publicUrl: null, extraAllowedOrigins: [] }, 41234)).toBe(
      'http://localhost:41234',
    );
  });
});
