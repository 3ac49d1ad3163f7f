import { WebsocketProvider } from 'y-websocket';
import { Doc } from 'yjs';

/**
 * A provider whose socket only records what y-websocket would put on the wire, for tests of
 * the adjustments made to the provider. Nothing connects; `open()` makes the provider believe
 * its socket is open, `synced` is the provider's own flag.
 */
// Never constructed: these providers never connect. (Node 20 has no WebSocket global, and the
// provider's default option refers to it.)
const NoSocket = function NoSocket() {
  throw new Error('tests never open a socket');
} as unknown as typeof WebSocket;

export function recordingProvider() {
  const doc = new Doc();
  const provider = new WebsocketProvider('ws://notes.test/collab', 'case-1', doc, {
    connect: false,
    disableBc: true,
    WebSocketPolyfill: NoSocket,
  });
  const sent: Uint8Array[] = [];
  const open = () => {
    const socket = {
      OPEN: 1,
      readyState: 1,
      send: (data: Uint8Array) => sent.push(data),
      close: () => undefined,
    };
    Reflect.set(provider, 'ws', socket);
    provider.wsconnected = true;
  };
  return { doc, provider, sent, open };
}

function readVarUint(bytes: Uint8Array, at: { offset: number }): number {
  let value = 0;
  let factor = 1;
  for (;;) {
    const byte = bytes[at.offset++] ?? 0;
    value += (byte & 0x7f) * factor;
    factor *= 128;
    if (byte < 0x80) return value;
  }
}

/** The payload of a sync-update (0, 2, …) or awareness (1, …) message; null for others. */
export function payloadOf(message: Uint8Array, kind: 'update' | 'awareness'): Uint8Array | null {
  const at = { offset: 0 };
  const type = readVarUint(message, at);
  if (kind === 'update' && (type !== 0 || readVarUint(message, at) !== 2)) return null;
  if (kind === 'awareness' && type !== 1) return null;
  const length = readVarUint(message, at);
  return message.slice(at.offset, at.offset + length);
}
