import { encodeNotesAccess, type NotesAccessState } from '@konsil/shared';
import { WebsocketProvider } from 'y-websocket';
import { applyUpdate, Doc, encodeStateAsUpdate, encodeStateVector } from 'yjs';

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

/**
 * A socket the provider opens and a test plays the server's side of: `open()` and `deliver()`
 * reach y-websocket exactly as a browser's socket events would, `sent` holds what it sent.
 */
export interface PlayedSocket {
  readonly sent: Uint8Array[];
  readyState: number;
  open: () => void;
  deliver: (message: Uint8Array) => void;
  closeFromServer: (code: number) => void;
}

/** A provider with a played socket per connection attempt (the last one is the live one). */
export function playedProvider() {
  const sockets: PlayedSocket[] = [];
  class Socket implements PlayedSocket {
    readonly OPEN = 1;
    readonly sent: Uint8Array[] = [];
    readyState = 0;
    binaryType = 'arraybuffer';
    onopen: (() => void) | null = null;
    onmessage: ((event: { data: ArrayBuffer }) => void) | null = null;
    onclose: ((event: { code: number; reason: string }) => void) | null = null;
    onerror: (() => void) | null = null;
    constructor() {
      sockets.push(this);
    }
    send(data: Uint8Array) {
      this.sent.push(data);
    }
    close() {
      this.readyState = 3;
    }
    open() {
      this.readyState = 1;
      this.onopen?.();
    }
    deliver(message: Uint8Array) {
      this.onmessage?.({ data: message.slice().buffer });
    }
    closeFromServer(code: number) {
      this.readyState = 3;
      this.onclose?.({ code, reason: '' });
    }
  }
  const doc = new Doc();
  const provider = new WebsocketProvider('ws://notes.test/collab', 'case-1', doc, {
    connect: false,
    disableBc: true,
    WebSocketPolyfill: Socket as unknown as typeof WebSocket,
  });
  const socket = (): PlayedSocket => {
    const last = sockets.at(-1);
    if (!last) throw new Error('the provider has not opened a socket');
    return last;
  };
  return { doc, provider, sockets, socket };
}

function writeVarUint(out: number[], value: number): void {
  let rest = value;
  while (rest > 0x7f) {
    out.push(0x80 | (rest & 0x7f));
    rest = Math.floor(rest / 128);
  }
  out.push(rest);
}

/** A y-websocket sync message: [0, step, payload as varUint8Array]. */
export function syncMessage(step: 'step1' | 'step2' | 'update', payload: Uint8Array): Uint8Array {
  const out = [0, ['step1', 'step2', 'update'].indexOf(step)];
  writeVarUint(out, payload.length);
  return Uint8Array.from([...out, ...payload]);
}

/**
 * The notes server's side of one connection, as the contract describes it: the access message
 * first, then its state vector; it answers sync step 1 with what the client lacks and applies
 * updates only while the connection may edit (a read-only one's are dropped without a word).
 * What the client sent is read only when `receive()` is called: until then it is in flight.
 */
export class NotesServerDouble {
  readonly doc = new Doc();
  private access: NotesAccessState = { mode: 'edit' };
  private read = 0;
  /** Sync step 1 messages answered, e.g. the client's question for the whole document. */
  stateVectorsAsked: Uint8Array[] = [];

  constructor(private readonly socket: () => PlayedSocket) {}

  /** Opens the connection the provider is attempting, as the server admits one. */
  admit(access: NotesAccessState): void {
    this.access = access;
    this.read = 0;
    this.socket().open();
    this.socket().deliver(encodeNotesAccess(access));
    this.socket().deliver(syncMessage('step1', encodeStateVector(this.doc)));
  }

  /** Access changed while connected: the server says so and acts on it from now on. */
  regrant(access: NotesAccessState): void {
    this.access = access;
    this.socket().deliver(encodeNotesAccess(access));
  }

  /** Handles everything the client has sent since the last call, in order. */
  receive(): void {
    const { sent } = this.socket();
    for (; this.read < sent.length; this.read++) {
      const message = sent[this.read];
      if (message) this.handle(message);
    }
  }

  text(name = 'probe'): string {
    return this.doc.getText(name).toString();
  }

  private handle(message: Uint8Array): void {
    const at = { offset: 0 };
    if (readVarUint(message, at) !== 0) return; // awareness: not this double's business
    const step = readVarUint(message, at);
    const length = readVarUint(message, at);
    const payload = message.slice(at.offset, at.offset + length);
    if (step === 0) {
      this.stateVectorsAsked.push(payload);
      this.socket().deliver(syncMessage('step2', encodeStateAsUpdate(this.doc, payload)));
    } else if (this.access.mode === 'edit') {
      applyUpdate(this.doc, payload);
    }
  }
}
