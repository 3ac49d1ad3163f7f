/**
 * lib0's unsigned varint (seven bits a byte, low bits first, the high bit set while more
 * follow), read from `bytes` at `at.pos`, which it advances as lib0's decoder does: so a lib0
 * Decoder can be passed as both. The client has no lib0 of its own (y-websocket brings it), and
 * the notes need only this one read. Null when the bytes end mid-number or it would not fit.
 */
export function readVarUint(bytes: Uint8Array, at: { pos: number }): number | null {
  let value = 0;
  let factor = 1;
  while (at.pos < bytes.length) {
    const byte = bytes[at.pos++] ?? 0;
    value += (byte & 0x7f) * factor;
    if (byte < 0x80) return value;
    factor *= 128;
    if (value > Number.MAX_SAFE_INTEGER) return null;
  }
  return null;
}
