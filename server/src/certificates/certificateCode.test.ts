import {
  CERTIFICATE_CODE_ALPHABET,
  formatCertificateCode,
  isCertificateCode,
  normaliseCertificateCode,
} from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import { newCertificateCode } from './certificateCode';

describe('newCertificateCode', () => {
  it('draws 12 symbols of Crockford base32, never I, L, O or U', () => {
    for (let index = 0; index < 200; index += 1) {
      const code = newCertificateCode();
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
      expect(isCertificateCode(code)).toBe(true);
    }
  });

  it('uses every symbol and repeats no code (60 random bits)', () => {
    const codes = new Set(Array.from({ length: 2000 }, newCertificateCode));
    expect(codes.size).toBe(2000);
    const seen = new Set([...codes].join(''));
    expect([...seen].sort().join('')).toBe([...CERTIFICATE_CODE_ALPHABET].sort().join(''));
  });
});

describe('normaliseCertificateCode', () => {
  it('reads a code as people type it: any case, dashes or spaces, O for 0 and I or L for 1', () => {
    expect(normaliseCertificateCode('7k3m-q9tx-2hwd')).toBe('7K3MQ9TX2HWD');
    expect(normaliseCertificateCode(' 7K3M Q9TX 2HWD ')).toBe('7K3MQ9TX2HWD');
    expect(normaliseCertificateCode('O1IL-oiIl-0000')).toBe('011101110000');
  });

  it('leaves what is not a code invalid', () => {
    for (const input of ['', '7K3M-Q9TX', '7K3M-Q9TX-2HWU', '7K3M-Q9TX-2HWD0', '7K3M_Q9TX_2HWD']) {
      expect(isCertificateCode(normaliseCertificateCode(input)), input).toBe(false);
    }
  });

  it('groups a code by four for people to read', () => {
    expect(formatCertificateCode('7K3MQ9TX2HWD')).toBe('7K3M-Q9TX-2HWD');
  });
});
