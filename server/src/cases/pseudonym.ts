import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: pseudonyms are read aloud and typed during boards.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const LENGTH = 5;

/** A case pseudonym such as `CCCC-7F3K2`: the home institution's code and 5 random characters. */
export function generatePseudonym(
  institutionCode: string,
  random: (max: number) => number = randomInt,
): string {
  let suffix = '';
  for (let index = 0; index < LENGTH; index += 1) suffix += ALPHABET[random(ALPHABET.length)];
  return `${institutionCode}-${suffix}`;
}
