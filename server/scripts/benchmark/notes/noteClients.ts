/**
 * Headless Yjs clients for the three servers, all in the driver process:
 * y-websocket's provider for Konsil and for @y/websocket-server, set up the
 * same way for both in one comparison (stock, or as Konsil's web client sets
 * it up), and Hocuspocus's own provider for Hocuspocus. Every client has its
 * own Y.Doc and its own websocket (`ws`), and no BroadcastChannel: the
 * clients share a process, and would otherwise sync with each other directly.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { COLLAB_PATH, NOTES_FRAGMENT } from '@konsil/shared';
import WebSocket from 'ws';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
// The benchmark drives Konsil with its own web client's provider set-up, not a copy of it.
import { holdUpdatesUntilSynced } from '../../../../client/src/features/notes/holdUpdatesUntilSynced';
import { receiveNotesAccess } from '../../../../client/src/features/notes/notesAccessMessage';
import { sendOwnAwarenessOnly } from '../../../../client/src/features/notes/sendOwnAwarenessOnly';

export const SERVER_NAMES = ['konsil', 'y-websocket-server', 'hocuspocus'] as const;
const CARET_COLOR = '#1d4ed8';
export type ServerName = (typeof SERVER_NAMES)[number];

/**
 * How every y-websocket provider of a run is set up, whichever server it
 * talks to: `stock` as the package ships it (it echoes every awareness change
 * it receives back to the server), `konsil` as Konsil's web client sets it up
 * (its own awareness state only, edits held until the first sync).
 * Hocuspocus's provider is always its own; it sends only its own state too.
 */
export const CLIENT_SETUPS = ['stock', 'konsil'] as const;
export type ClientSetup = (typeof CLIENT_SETUPS)[number];

export interface NoteClient {
  doc: Y.Doc;
  /** Resolves on the provider's first sync with the server. */
  synced: Promise<void>;
  /** Connections the server (or the network) closed while the client wanted to stay. */
  drops(): number;
  /** Close codes seen, for error messages. */
  closeCodes(): number[];
  /** Bytes accepted by send() that the socket has not yet handed to the kernel. */
  bufferedAmount(): number;
  destroy(): void;
}

export interface Target {
  name: ServerName;
  /** Opens a client on `docName`; Konsil signs it in as user number `identity` (mod the users). */
  open(docName: string, identity: number): NoteClient;
  /** With several instances: the instance client number `identity` connects to. */
  instanceOf?(identity: number): number;
}

/** Frames and bytes every client together received from its server (reset by the workload). */
export const received = { frames: 0, bytes: 0 };

const byteLength = (data: WebSocket.RawData) =>
  Array.isArray(data)
    ? data.reduce((sum, part) => sum + part.length, 0)
    : data instanceof ArrayBuffer
      ? data.byteLength
      : data.length;

type ProviderOptions = NonNullable<ConstructorParameters<typeof WebsocketProvider>[3]>;
/** The browser WebSocket class as y-websocket's provider types it (Hocuspocus takes any). */
type WebSocketClass = NonNullable<ProviderOptions['WebSocketPolyfill']>;

/**
 * A `ws` WebSocket that sends fixed headers on upgrade (Konsil: the session
 * cookie and the app's Origin) and counts what it receives.
 */
function webSocketWith(headers: Record<string, string>): WebSocketClass {
  class CountingWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
      this.on('message', (data) => {
        received.frames += 1;
        received.bytes += byteLength(data);
      });
    }
  }
  // ws implements the parts of the browser WebSocket the providers use (on* handlers, binaryType).
  return CountingWebSocket as unknown as WebSocketClass;
}

const plainWebSocket = webSocketWith({});

export const AWARENESS_MODES = ['empty', 'caret', 'off'] as const;

/**
 * What every client publishes in awareness besides editing: `empty` is the
 * providers' default (an empty state, renewed every 15 s); `caret` adds a
 * user with a name and a colour, as TipTap's CollaborationCaret does (Konsil's
 * server replaces it with the identity it stamps); `off` publishes nothing,
 * so only document updates travel.
 */
export interface ClientOptions {
  awareness: (typeof AWARENESS_MODES)[number];
  /** How the y-websocket providers are set up (Hocuspocus's provider has no choice). */
  setup: ClientSetup;
}

/** Sets the client's own awareness state as the options ask, before it connects. */
function publishAwareness(awareness: Awareness, doc: Y.Doc, options: ClientOptions): void {
  if (options.awareness === 'off') awareness.setLocalState(null);
  if (options.awareness === 'caret') {
    awareness.setLocalStateField('user', {
      name: `Bench Clinician ${doc.clientID % 1000}`,
      color: CARET_COLOR,
    });
  }
}

function yWebsocketClient(
  serverUrl: string,
  docName: string,
  polyfill: WebSocketClass,
  options: ClientOptions,
): NoteClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(serverUrl, docName, doc, {
    connect: false,
    WebSocketPolyfill: polyfill,
    disableBc: true,
  });
  // Konsil tells each connection whether it may edit, in a message type of its own that the
  // references never send; unhandled, the provider would log every one as unknown.
  receiveNotesAccess(provider, () => undefined);
  if (options.setup === 'konsil') configureAsKonsil(provider);
  publishAwareness(provider.awareness, doc, options);
  provider.connect();
  let drops = 0;
  const codes: number[] = [];
  let closing = false;
  provider.on('connection-close', (event) => {
    if (closing) return;
    drops += 1;
    if (event) codes.push(event.code);
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    provider.on('sync', (isSynced) => {
      if (isSynced) resolve();
    });
  });
  return {
    doc,
    synced,
    drops: () => drops,
    closeCodes: () => codes,
    bufferedAmount: () => provider.ws?.bufferedAmount ?? 0,
    destroy() {
      closing = true;
      provider.destroy();
      doc.destroy();
    },
  };
}

function hocuspocusClient(url: string, docName: string, options: ClientOptions): NoteClient {
  const doc = new Y.Doc();
  // One socket per client, as one browser tab has (no multiplexing of documents).
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: plainWebSocket });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: docName,
    document: doc,
  });
  if (provider.awareness) publishAwareness(provider.awareness, doc, options);
  provider.attach();
  let drops = 0;
  const codes: number[] = [];
  let closing = false;
  socket.on('close', ({ event }: { event: { code: number } }) => {
    if (closing) return;
    drops += 1;
    codes.push(event.code);
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.isSynced) resolve();
    provider.on('synced', () => resolve());
  });
  return {
    doc,
    synced,
    drops: () => drops,
    closeCodes: () => codes,
    bufferedAmount: () => socket.webSocket?.bufferedAmount ?? 0,
    destroy() {
      closing = true;
      provider.destroy();
      socket.destroy();
      doc.destroy();
    },
  };
}

/**
 * The provider as Konsil's web client sets it up (useNotesDocument.ts): it
 * sends only its own awareness state (stock y-websocket echoes everyone's)
 * and holds local updates until the first sync.
 */
function configureAsKonsil(provider: WebsocketProvider): void {
  sendOwnAwarenessOnly(provider);
  holdUpdatesUntilSynced(provider);
}

/** Konsil's /collab/<caseId>: y-websocket protocol, session cookie and an allowed Origin. */
export function konsilTarget(
  baseUrl: string,
  cookies: readonly string[],
  options: ClientOptions,
): Target {
  return konsilClusterTarget([baseUrl], () => 0, cookies, options);
}

/**
 * Konsil on several instances (one database, one Redis): client number
 * `identity` connects to `baseUrls[instanceOf(identity)]`, with that
 * instance's own Origin. The sessions are in the database, so any instance
 * accepts any of `cookies`.
 */
export function konsilClusterTarget(
  baseUrls: readonly string[],
  instanceOf: (identity: number) => number,
  cookies: readonly string[],
  options: ClientOptions,
): Target {
  const instances = baseUrls.map((baseUrl) => ({
    serverUrl: `${baseUrl.replace(/^http/, 'ws')}${COLLAB_PATH}`,
    sockets: cookies.map((cookie) => webSocketWith({ cookie, origin: baseUrl })),
  }));
  return {
    name: 'konsil',
    // One instance: nothing to tell apart, and the receipts need not be sorted by instance.
    ...(instances.length > 1 ? { instanceOf } : {}),
    open(docName, identity) {
      const instance = instances[instanceOf(identity)];
      const polyfill = instance?.sockets[identity % instance.sockets.length];
      if (!instance || !polyfill) throw new Error('Konsil needs an instance and a signed-in user');
      return yWebsocketClient(instance.serverUrl, docName, polyfill, options);
    },
  };
}

export function yWebsocketServerTarget(port: number, options: ClientOptions): Target {
  return {
    name: 'y-websocket-server',
    open: (docName) => yWebsocketClient(`ws://127.0.0.1:${port}`, docName, plainWebSocket, options),
  };
}

export function hocuspocusTarget(port: number, options: ClientOptions): Target {
  return {
    name: 'hocuspocus',
    open: (docName) => hocuspocusClient(`ws://127.0.0.1:${port}`, docName, options),
  };
}

/** The notes field TipTap edits; the benchmark writes paragraphs into it, as TipTap would. */
export const notesOf = (doc: Y.Doc) => doc.getXmlFragment(NOTES_FRAGMENT);

/** Characters of text in the notes (every paragraph's text together). */
export function notesTextLength(doc: Y.Doc): number {
  let length = 0;
  for (const paragraph of notesOf(doc).toArray()) {
    if (!(paragraph instanceof Y.XmlElement)) continue;
    for (const child of paragraph.toArray()) if (child instanceof Y.XmlText) length += child.length;
  }
  return length;
}

/** Appends an empty paragraph to the notes and returns its text, for typing into. */
export function appendParagraph(doc: Y.Doc): Y.XmlText {
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  doc.transact(() => {
    notesOf(doc).push([paragraph]);
    paragraph.insert(0, [text]);
  });
  return text;
}

/** Waits for `client.synced`, failing after `timeoutMs` with what the server said. */
export async function whenSynced(client: NoteClient, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const codes = client.closeCodes();
      reject(
        new Error(`No sync after ${timeoutMs} ms (close codes: ${codes.join(', ') || 'none'})`),
      );
    }, timeoutMs);
  });
  try {
    await Promise.race([client.synced, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
