/**
 * Reads the one update shape that typing produces — a single text item placed
 * after a known character, nothing deleted — straight from its bytes. Yjs's
 * general decoder builds a generator, an Item and a decoder per struct; for a
 * log of thousands of keystrokes that allocation is most of the load time.
 * Anything else gives null, and the caller decodes the update with Yjs.
 *
 * Yjs update format v1, as written by Item.write and writeDeleteSet:
 * [clients=1] [structs=1] [client] [clock] [info] [origin] [right origin]? [string] [deletions=0]
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

export interface TypedText {
  id: Y.ID;
  origin: Y.ID;
  rightOrigin: Y.ID | null;
  text: string;
}

/** Low five bits of an item's info byte: which content follows. */
const CONTENT_REF_MASK = 0b0001_1111;
const CONTENT_STRING = 4;
const HAS_ORIGIN = 0b1000_0000;
const HAS_RIGHT_ORIGIN = 0b0100_0000;
/** Strings this short and all ASCII are decoded by hand; TextDecoder's call costs more. */
const SHORT_ASCII = 16;

export function readTypedText(update: Uint8Array): TypedText | null {
  try {
    const decoder = decoding.createDecoder(update);
    if (decoding.readVarUint(decoder) !== 1 || decoding.readVarUint(decoder) !== 1) return null;
    const id = readId(decoder);
    const info = decoding.readUint8(decoder);
    if ((info & CONTENT_REF_MASK) !== CONTENT_STRING || (info & HAS_ORIGIN) === 0) return null;
    const origin = readId(decoder);
    const rightOrigin = (info & HAS_RIGHT_ORIGIN) === 0 ? null : readId(decoder);
    const text = readString(decoder);
    if (decoding.readVarUint(decoder) !== 0 || decoding.hasContent(decoder)) return null;
    return { id, origin, rightOrigin, text };
  } catch {
    // Truncated or otherwise unexpected: Yjs's decoder decides.
    return null;
  }
}

function readId(decoder: decoding.Decoder): Y.ID {
  const client = decoding.readVarUint(decoder);
  return Y.createID(client, decoding.readVarUint(decoder));
}

function readString(decoder: decoding.Decoder): string {
  const start = decoder.pos;
  const length = decoding.readVarUint(decoder);
  if (length <= SHORT_ASCII && decoder.pos + length <= decoder.arr.length) {
    let text = '';
    for (let index = 0; index < length; index += 1) {
      const byte = decoder.arr[decoder.pos + index] as number;
      if (byte >= 0x80) break;
      text += String.fromCharCode(byte);
    }
    if (text.length === length) {
      decoder.pos += length;
      return text;
    }
  }
  decoder.pos = start;
  // Exactly what Yjs reads a string with (UTF-8, fatal on invalid bytes).
  return decoding.readVarString(decoder);
}
