/**
 * Notes across instances over Redis pub/sub: one channel per document
 * (`<prefix>notes:<caseId>`), binary frames — a Yjs update is published as its own bytes,
 * never as JSON or base64. Redis delivers one publisher's messages in the order it published
 * them; updates from two instances may cross, which Yjs tolerates (see NoteDocument).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { RedisLink } from '../cluster/redisLink';
import type { Logger } from '../logger';
import type { ClusterReceiver, NotesCluster, NotesClusterChannel } from './notesCluster';

const FRAME_UPDATE = 0;
const FRAME_AWARENESS = 1;
const FRAME_AWARENESS_QUERY = 2;

/** How long a newly loaded document waits for Redis to confirm its subscription. */
const SUBSCRIBE_WAIT_MS = 5_000;

export type ClusterFrame =
  | { kind: 'update'; from: string; updateIds: readonly number[]; update: Uint8Array }
  | { kind: 'awareness'; from: string; update: Uint8Array }
  | { kind: 'awarenessQuery'; from: string };

/** kind, publishing instance, then (for an update) its log ids; the payload is the rest. */
export function encodeClusterFrame(frame: ClusterFrame): Buffer {
  const encoder = encoding.createEncoder();
  switch (frame.kind) {
    case 'update':
      encoding.writeVarUint(encoder, FRAME_UPDATE);
      encoding.writeVarString(encoder, frame.from);
      encoding.writeVarUint(encoder, frame.updateIds.length);
      for (const id of frame.updateIds) encoding.writeVarUint(encoder, id);
      encoding.writeUint8Array(encoder, frame.update);
      break;
    case 'awareness':
      encoding.writeVarUint(encoder, FRAME_AWARENESS);
      encoding.writeVarString(encoder, frame.from);
      encoding.writeUint8Array(encoder, frame.update);
      break;
    case 'awarenessQuery':
      encoding.writeVarUint(encoder, FRAME_AWARENESS_QUERY);
      encoding.writeVarString(encoder, frame.from);
      break;
  }
  const bytes = encoding.toUint8Array(encoder);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

export function decodeClusterFrame(bytes: Uint8Array): ClusterFrame | null {
  try {
    const decoder = decoding.createDecoder(bytes);
    const kind = decoding.readVarUint(decoder);
    const from = decoding.readVarString(decoder);
    // lib0 reads a length-prefixed string without checking it against the end of the view.
    const isWithin = () => decoder.pos <= bytes.length;
    switch (kind) {
      case FRAME_UPDATE: {
        const count = isWithin() ? decoding.readVarUint(decoder) : 0;
        const updateIds: number[] = [];
        for (let index = 0; index < count; index++) updateIds.push(decoding.readVarUint(decoder));
        return isWithin()
          ? { kind: 'update', from, updateIds, update: bytes.subarray(decoder.pos) }
          : null;
      }
      case FRAME_AWARENESS:
        return isWithin() ? { kind: 'awareness', from, update: bytes.subarray(decoder.pos) } : null;
      case FRAME_AWARENESS_QUERY:
        return decoder.pos === bytes.length ? { kind: 'awarenessQuery', from } : null;
      default:
        return null;
    }
  } catch {
    return null;
  }
}

export function redisNotesCluster(
  link: RedisLink,
  keyPrefix: string,
  logger: Logger,
): NotesCluster {
  const from = link.instanceId;
  return {
    join(caseId: string, receiver: ClusterReceiver): NotesClusterChannel {
      const channel = `${keyPrefix}notes:${caseId}`;
      const publish = (frame: ClusterFrame) => {
        // Ordered on the one commands connection even without waiting; a failure is logged
        // by the link, and the link's health closes every notes connection when it is down.
        void link.publish(channel, encodeClusterFrame(frame));
      };
      const stopListening = link.subscribe(channel, (message) => {
        const frame = decodeClusterFrame(message);
        if (!frame) {
          logger.warn({ caseId }, 'unreadable frame on a notes channel');
          return;
        }
        // Our own messages come back too: this instance has handled them already.
        if (frame.from === from) return;
        if (frame.kind === 'update') receiver.update(frame.update, frame.updateIds);
        else if (frame.kind === 'awareness') receiver.awareness(frame.update);
        else receiver.awarenessQuery();
      });
      return {
        ready: subscribed(link),
        publishUpdate: (update, updateIds) => publish({ kind: 'update', from, updateIds, update }),
        publishAwareness: (update) => publish({ kind: 'awareness', from, update }),
        queryAwareness: () => publish({ kind: 'awarenessQuery', from }),
        leave: stopListening,
      };
    },
  };
}

/**
 * SUBSCRIBE is queued on the subscriber connection ahead of anything sent after it, so the
 * answer to a PING sent now means the subscription is in place. Bounded: while Redis is down
 * the PING waits in ioredis's queue, and a document must not wait for it forever.
 */
async function subscribed(link: RedisLink): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error('notes channel subscription not confirmed')),
      SUBSCRIBE_WAIT_MS,
    );
  });
  try {
    await Promise.race([link.subscriber.ping(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
