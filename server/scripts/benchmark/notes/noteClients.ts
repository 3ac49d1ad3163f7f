/**
 * Headless Yjs clients for the three servers, all in the driver process:
 * y-websocket's provider for Konsil and @y/websocket-server (the same
 * protocol), Hocuspocus's own provider for Hocuspocus. Every client has its
 * own Y.Doc and its own websocket (`ws`), and no BroadcastChannel: the
 * clients share a process, and would otherwise sync with each other directly.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { COLLAB_PATH, NOTES_FRAGMENT } from '@konsil/shared';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export const SERVER_NAMES = ['konsil', 'y-websocket-server', 'hocuspocus'] as const;
export type ServerName = (typeof SERVER_NAMES)[number];

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

/**
 * What every client does besides editing. By default each publishes an
 * (empty) awareness state, renewed every 15 s, as the providers do; without
 * it, only document updates travel.
 */
export interface ClientOptions {
  withAwareness: boolean;
}

function yWebsocketClient(
  serverUrl: string,
  docName: string,
  polyfill: WebSocketClass,
  options: ClientOptions,
): NoteClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(serverUrl, docName, doc, {
    WebSocketPolyfill: polyfill,
    disableBc: true,
  });
  // Before the socket opens, so the provider never sends a state.
  if (!options.withAwareness) provider.awareness.setLocalState(null);
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
  if (!options.withAwareness) provider.awareness?.setLocalState(null);
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

/** Konsil's /collab/<caseId>: y-websocket protocol, session cookie and an allowed Origin. */
export function konsilTarget(
  baseUrl: string,
  cookies: readonly string[],
  options: ClientOptions,
): Target {
  const serverUrl = `${baseUrl.replace(/^http/, 'ws')}${COLLAB_PATH}`;
  const sockets = cookies.map((cookie) => webSocketWith({ cookie, origin: baseUrl }));
  return {
    name: 'konsil',
    open(docName, identity) {
      const polyfill = sockets[identity % sockets.length];
      if (!polyfill) throw new Error('Konsil needs at least one signed-in user');
      return yWebsocketClient(serverUrl, docName, polyfill, options);
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
