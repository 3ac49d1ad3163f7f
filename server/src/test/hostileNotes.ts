import { CLOSE_CODES, LIMITS } from '@konsil/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import { addParagraph } from './collabClient';
import { MESSAGE_AWARENESS, MESSAGE_SYNC, updateMessage } from './rawNotesSocket';

/**
 * Crafted messages a broken or malicious notes client could send. Each comes
 * with the close code the contract requires for it; none of them may change
 * the document. Every kind is built so that it is certainly invalid, never
 * accidentally a harmless valid message.
 */
export type HostileKind =
  | 'random bytes'
  | 'truncated update'
  | 'huge length prefix'
  | 'unknown message type'
  | 'missing dependencies'
  | 'delete set for unknown ids'
  | 'oversized';

export interface HostileMessage {
  kind: HostileKind;
  bytes: Uint8Array;
  /** Close codes the contract allows for this message. */
  expected: number[];
}

/** Text that a hostile update would put in the notes if the server ever applied one. */
export const HOSTILE_MARK = 'HOSTILE';

const SYNC_STEP1 = 0;
const SYNC_UPDATE = 2;

function message(parts: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  parts(encoder);
  return encoding.toUint8Array(encoder);
}

const randomBytes = (random: prng.PRNG, length: number): Uint8Array =>
  prng.uint8Array(random, length);

/** A doc that has everything `honest` has, for building updates on top of it. */
function forkOf(honest: Y.Doc): Y.Doc {
  const fork = new Y.Doc();
  Y.applyUpdate(fork, Y.encodeStateAsUpdate(honest));
  return fork;
}

/** The update that `edit` makes on a fork of `base`, and only that. */
function editOn(base: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  const fork = forkOf(base);
  const before = Y.encodeStateVector(fork);
  edit(fork);
  const update = Y.encodeStateAsUpdate(fork, before);
  fork.destroy();
  return update;
}

/** Whether an update applies to `honest` completely (nothing left pending, nothing thrown). */
function appliesCleanly(update: Uint8Array, honest: Y.Doc): boolean {
  const copy = forkOf(honest);
  try {
    Y.applyUpdate(copy, update);
    return copy.store.pendingStructs === null && copy.store.pendingDs === null;
  } catch {
    return false;
  } finally {
    copy.destroy();
  }
}

/**
 * True only when no correct reading of the protocol could accept `bytes`:
 * random bytes that happen to form a valid message are thrown away.
 */
export function isCertainlyMalformed(bytes: Uint8Array, honest: Y.Doc): boolean {
  try {
    const decoder = decoding.createDecoder(bytes);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SYNC) {
      const step = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (step === SYNC_STEP1) {
        Y.decodeStateVector(payload);
        return false;
      }
      if (step === 1 || step === SYNC_UPDATE) return !appliesCleanly(payload, honest);
      return true;
    }
    if (type === MESSAGE_AWARENESS) {
      const inner = decoding.createDecoder(decoding.readVarUint8Array(decoder));
      const count = decoding.readVarUint(inner);
      for (let index = 0; index < count; index += 1) {
        decoding.readVarUint(inner);
        decoding.readVarUint(inner);
        JSON.parse(decoding.readVarString(inner));
      }
      return false;
    }
    // Query-awareness carries nothing that could be wrong.
    return type !== 3;
  } catch {
    return true;
  }
}

const BAD = [CLOSE_CODES.badMessage];

function randomGarbage(random: prng.PRNG, honest: Y.Doc): HostileMessage {
  for (;;) {
    const bytes = randomBytes(random, prng.uint32(random, 1, 300));
    // Half start like a sync or awareness message, so the decoder gets past the type.
    if (prng.bool(random)) bytes[0] = prng.bool(random) ? MESSAGE_SYNC : MESSAGE_AWARENESS;
    if (isCertainlyMalformed(bytes, honest)) return { kind: 'random bytes', bytes, expected: BAD };
  }
}

function truncatedUpdate(random: prng.PRNG, honest: Y.Doc): HostileMessage {
  const update = editOn(honest, (doc) =>
    addParagraph(doc, `${HOSTILE_MARK} truncated ${prng.word(random)}`),
  );
  const full = updateMessage(update);
  // Any cut leaves the declared payload length longer than what follows it.
  const bytes = full.slice(0, prng.uint32(random, 1, full.length - 1));
  return { kind: 'truncated update', bytes, expected: BAD };
}

function hugeLengthPrefix(random: prng.PRNG): HostileMessage {
  const variants = [
    () =>
      message((e) => {
        encoding.writeVarUint(e, MESSAGE_SYNC);
        encoding.writeVarUint(e, SYNC_UPDATE);
        encoding.writeVarUint(e, 2 ** 31);
        encoding.writeUint8Array(e, randomBytes(random, 16));
      }),
    () =>
      message((e) => {
        encoding.writeVarUint(e, MESSAGE_SYNC);
        encoding.writeVarUint(e, SYNC_STEP1);
        encoding.writeVarUint(e, 2 ** 50);
      }),
    () =>
      message((e) => {
        encoding.writeVarUint(e, MESSAGE_AWARENESS);
        encoding.writeVarUint(e, 2 ** 40);
        encoding.writeUint8Array(e, randomBytes(random, 8));
      }),
    // A varuint that never ends inside the safe-integer range.
    () => new Uint8Array([MESSAGE_SYNC, SYNC_UPDATE, ...new Array(12).fill(0xff), 0x01]),
  ];
  // A declared length above the message cap may fairly be answered as too large.
  return {
    kind: 'huge length prefix',
    bytes: prng.oneOf(random, variants)(),
    expected: [CLOSE_CODES.badMessage, CLOSE_CODES.tooLarge],
  };
}

function unknownType(random: prng.PRNG): HostileMessage {
  // 2 is y-websocket's auth message, which servers may send but clients never do; skip it too.
  const type = prng.oneOf(random, [4, 5, 9, 42, 127, 128, 300, 70_000, 2 ** 30]);
  const bytes = message((e) => {
    encoding.writeVarUint(e, type);
    encoding.writeUint8Array(e, randomBytes(random, prng.uint32(random, 0, 40)));
  });
  return { kind: 'unknown message type', bytes, expected: BAD };
}

function missingDependencies(random: prng.PRNG, honest: Y.Doc): HostileMessage {
  if (prng.bool(random)) {
    // A gap in the author's own clock: the second of two edits, without the first.
    const fork = forkOf(honest);
    addParagraph(fork, `${HOSTILE_MARK} first`);
    const afterFirst = Y.encodeStateVector(fork);
    addParagraph(fork, `${HOSTILE_MARK} second ${prng.word(random)}`);
    const second = Y.encodeStateAsUpdate(fork, afterFirst);
    fork.destroy();
    return { kind: 'missing dependencies', bytes: updateMessage(second), expected: BAD };
  }
  // Text typed after an item the server has never seen (another doc's).
  const ghost = forkOf(honest);
  const ghostText = addParagraph(ghost, 'ghost');
  const before = Y.encodeStateVector(ghost);
  ghostText.insert(5, ` ${HOSTILE_MARK} after the ghost ${prng.word(random)}`);
  const update = Y.encodeStateAsUpdate(ghost, before);
  ghost.destroy();
  return { kind: 'missing dependencies', bytes: updateMessage(update), expected: BAD };
}

function deleteSetForUnknownIds(random: prng.PRNG, honest: Y.Doc): HostileMessage {
  const known = [...Y.decodeStateVector(Y.encodeStateVector(honest))];
  // Either a client the server knows, at clocks it never reached, or a client it never saw.
  const [client, clock] =
    known.length > 0 && prng.bool(random)
      ? prng.oneOf(random, known)
      : [prng.uint32(random, 1, 2 ** 31), -1_000];
  const target = { client, clock: clock + 1_000 };
  // Update v1 without structs: zero struct groups, then one client's delete ranges.
  const update = message((e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, target.client);
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, target.clock);
    encoding.writeVarUint(e, prng.uint32(random, 1, 50));
  });
  return { kind: 'delete set for unknown ids', bytes: updateMessage(update), expected: BAD };
}

function oversized(random: prng.PRNG): HostileMessage {
  const size = LIMITS.collab.maxMessageBytes + prng.uint32(random, 1, 64 * 1024);
  const bytes = new Uint8Array(size);
  bytes.set(
    message((e) => {
      encoding.writeVarUint(e, MESSAGE_SYNC);
      encoding.writeVarUint(e, SYNC_UPDATE);
      encoding.writeVarUint(e, size - 8);
    }),
  );
  return { kind: 'oversized', bytes, expected: [CLOSE_CODES.tooLarge] };
}

/** How many of each kind a barrage of 1,000 holds (oversized ones cost a megabyte each). */
export const BARRAGE_MIX: Record<HostileKind, number> = {
  'random bytes': 200,
  'truncated update': 150,
  'huge length prefix': 150,
  'unknown message type': 150,
  'missing dependencies': 150,
  'delete set for unknown ids': 170,
  oversized: 30,
};

/**
 * A shuffled, reproducible list of hostile messages. Messages that depend on
 * the document are built against `honest` as it is when each is generated.
 */
export function* hostileBarrage(seed: number, honest: () => Y.Doc): Generator<HostileMessage> {
  const random = prng.create(seed);
  const kinds = (Object.keys(BARRAGE_MIX) as HostileKind[])
    .flatMap((kind) => new Array<HostileKind>(BARRAGE_MIX[kind]).fill(kind))
    .map((kind) => ({ kind, order: prng.real53(random) }))
    .sort((a, b) => a.order - b.order)
    .map(({ kind }) => kind);
  for (const kind of kinds) {
    const doc = honest();
    switch (kind) {
      case 'random bytes':
        yield randomGarbage(random, doc);
        break;
      case 'truncated update':
        yield truncatedUpdate(random, doc);
        break;
      case 'huge length prefix':
        yield hugeLengthPrefix(random);
        break;
      case 'unknown message type':
        yield unknownType(random);
        break;
      case 'missing dependencies':
        yield missingDependencies(random, doc);
        break;
      case 'delete set for unknown ids':
        yield deleteSetForUnknownIds(random, doc);
        break;
      case 'oversized':
        yield oversized(random);
        break;
    }
  }
}
