/**
 * The y-websocket wire format (y-protocols sync and awareness), decoded
 * strictly: a message must be exactly one known message with nothing left
 * over, or it is refused as a whole.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { RawData } from 'ws';
import * as Y from 'yjs';

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_QUERY_AWARENESS = 3;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export type CollabMessage =
  | { type: 'syncStep1'; stateVector: Uint8Array }
  /** Sync step 2 and incremental updates carry the same thing: a Yjs update. */
  | { type: 'update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'queryAwareness' };

export function parseMessage(data: Uint8Array): CollabMessage | null {
  try {
    const decoder = decoding.createDecoder(data);
    const message = readMessage(decoder);
    return message && !decoding.hasContent(decoder) ? message : null;
  } catch {
    return null;
  }
}

function readMessage(decoder: decoding.Decoder): CollabMessage | null {
  switch (decoding.readVarUint(decoder)) {
    case MESSAGE_SYNC:
      return readSync(decoder);
    case MESSAGE_AWARENESS:
      return { type: 'awareness', update: decoding.readVarUint8Array(decoder) };
    case MESSAGE_QUERY_AWARENESS:
      return { type: 'queryAwareness' };
    default:
      return null;
  }
}

function readSync(decoder: decoding.Decoder): CollabMessage | null {
  switch (decoding.readVarUint(decoder)) {
    case SYNC_STEP_1: {
      const stateVector = decoding.readVarUint8Array(decoder);
      Y.decodeStateVector(stateVector); // throws on a malformed vector
      return { type: 'syncStep1', stateVector };
    }
    case SYNC_STEP_2:
    case SYNC_UPDATE:
      return { type: 'update', update: decoding.readVarUint8Array(decoder) };
    default:
      return null;
  }
}

export function syncStep1Message(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, SYNC_STEP_1);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
  return encoding.toUint8Array(encoder);
}

export function syncStep2Message(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, SYNC_STEP_2);
  encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc, stateVector));
  return encoding.toUint8Array(encoder);
}

export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, SYNC_UPDATE);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function awarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** A websocket message's bytes, whichever form ws delivered them in. */
export function toBytes(data: RawData): Uint8Array | null {
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data)) return Buffer.concat(data);
  return null;
}
