import { randomInt } from 'node:crypto';
import { CERTIFICATE_CODE_ALPHABET, CERTIFICATE_CODE_LENGTH } from '@konsil/shared';

/**
 * A new verification code: 12 symbols drawn uniformly from Crockford's 32 (60 bits) by the
 * system's cryptographic generator. Guessing one among even millions of certificates takes
 * about 10^11 tries, far beyond what the lookup's rate limit lets through.
 */
export function newCertificateCode(): string {
  let code = '';
  for (let index = 0; index < CERTIFICATE_CODE_LENGTH; index += 1) {
    code += CERTIFICATE_CODE_ALPHABET[randomInt(CERTIFICATE_CODE_ALPHABET.length)];
  }
  return code;
}
