// No 0/O, 1/l/I: the password is read out or typed from a note once.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random one-time password, grouped in fours for reading aloud (e.g. "h7Kq-2mPx-…"). */
export function generateOneTimePassword(
  groups = 4,
  randomBytes: (count: number) => Uint8Array = (count) =>
    crypto.getRandomValues(new Uint8Array(count)),
): string {
  const length = groups * 4;
  const chars: string[] = [];
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % ALPHABET.length);
  while (chars.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < limit && chars.length < length)
        chars.push(ALPHABET.charAt(byte % ALPHABET.length));
    }
  }
  const grouped: string[] = [];
  for (let index = 0; index < length; index += 4)
    grouped.push(chars.slice(index, index + 4).join(''));
  return grouped.join('-');
}
