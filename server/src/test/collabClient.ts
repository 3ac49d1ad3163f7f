import {
  COLLAB_PATH,
  decodeNotesAccessBody,
  NOTES_ACCESS_MESSAGE,
  NOTES_FRAGMENT,
  type NotesAccessState,
} from '@konsil/shared';
import * as decoding from 'lib0/decoding';
import { vi } from 'vitest';
import WebSocket from 'ws';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { Db } from '../storage/db';
import { loadNoteDocument } from '../storage/repositories/noteDocuments';
import type { TestClient } from './testClient';

/** How long a notes test waits for a sync, a close or convergence before it fails. */
export const NOTES_WAIT_MS = 10_000;

type ProviderOptions = NonNullable<ConstructorParameters<typeof WebsocketProvider>[3]>;
type WebSocketClass = NonNullable<ProviderOptions['WebSocketPolyfill']>;

/**
 * A `ws` socket that sends a browser's Cookie and Origin on the upgrade, as the
 * browser would; the provider constructs it with only a URL and protocols.
 */
function socketClassWith(headers: Record<string, string>): WebSocketClass {
  class HeaderedSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  // ws implements the parts of the browser WebSocket the provider uses (on* handlers, binaryType).
  return HeaderedSocket as unknown as WebSocketClass;
}

export interface ConnectOptions {
  /** The Origin header: the server's own unless given; null sends none. */
  origin?: string | null;
  /** Sent as X-Forwarded-For (the test server trusts loopback proxies). */
  forwardedFor?: string;
  /** A name for failure messages. */
  label?: string;
}

export function upgradeHeaders(
  browser: TestClient | null,
  baseUrl: string,
  options: ConnectOptions,
) {
  const headers: Record<string, string> = {};
  const origin = options.origin === undefined ? baseUrl : options.origin;
  if (origin) headers.origin = origin;
  if (browser?.cookieHeader) headers.cookie = browser.cookieHeader;
  if (options.forwardedFor) headers['x-forwarded-for'] = options.forwardedFor;
  return headers;
}

export const wsBase = (baseUrl: string): string => baseUrl.replace(/^http/, 'ws');

/**
 * One person's notes editor: a real y-websocket provider (no BroadcastChannel,
 * so every byte goes through the server) with its own Y.Doc and the session of
 * a signed-in TestClient.
 */
export class NotesClient {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  /** Every close code the server sent this provider, oldest first. */
  readonly closeCodes: number[] = [];
  /** Every grant (edit / read and why) the server sent, oldest first; the first precedes any sync. */
  readonly grants: NotesAccessState[] = [];
  /** Whether the first sync had completed when each grant arrived (false for a grant sent first). */
  readonly grantsAfterSync: boolean[] = [];
  private isDestroyed = false;

  constructor(
    readonly label: string,
    readonly baseUrl: string,
    readonly caseId: string,
    headers: Record<string, string>,
  ) {
    // Each provider listens for the process' exit; a test with many clients is not a leak.
    process.setMaxListeners(process.getMaxListeners() + 1);
    this.provider = new WebsocketProvider(`${wsBase(baseUrl)}${COLLAB_PATH}`, caseId, this.doc, {
      WebSocketPolyfill: socketClassWith(headers),
      disableBc: true,
      // Tests reconnect deliberately; a quick retry keeps restarts short.
      maxBackoffTime: 500,
    });
    this.provider.on('connection-close', (event) => {
      if (event) this.closeCodes.push(event.code);
    });
    // Our own message type, as the web client handles it: the server's word on editing.
    this.provider.messageHandlers[NOTES_ACCESS_MESSAGE] = (_encoder, decoder) => {
      const grant = decodeNotesAccessBody(
        decoding.readVarUint(decoder),
        decoding.readVarUint(decoder),
      );
      if (!grant) throw new Error(`${label} got a malformed access message`);
      this.grantsAfterSync.push(this.provider.synced);
      this.grants.push(grant);
    };
  }

  /** The latest grant, waiting until at least `count` grants arrived. */
  async grant(count = 1, within = NOTES_WAIT_MS): Promise<NotesAccessState> {
    await vi.waitFor(
      () => {
        if (this.grants.length < count)
          throw new Error(`${this.label} got ${this.grants.length} grants`);
      },
      { timeout: within, interval: 5 },
    );
    return this.grants.at(-1) as NotesAccessState;
  }

  get awareness(): Awareness {
    return this.provider.awareness;
  }

  /** The notes as XML (`<paragraph>…</paragraph>…`): what converged clients must show alike. */
  content(): string {
    return contentOf(this.doc);
  }

  /** Resolves once the provider completed its first sync with the server. */
  async synced(within = NOTES_WAIT_MS): Promise<void> {
    if (this.provider.synced) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.provider.off('sync', onSync);
        reject(
          new Error(
            `${this.label} did not sync within ${within} ms (close codes: ${this.closeCodes.join(', ') || 'none'})`,
          ),
        );
      }, within);
      const onSync = (isSynced: boolean) => {
        if (!isSynced) return;
        clearTimeout(timer);
        this.provider.off('sync', onSync);
        resolve();
      };
      this.provider.on('sync', onSync);
    });
  }

  /** Resolves with the first close code the server sent this provider (waiting for one). */
  async closed(within = NOTES_WAIT_MS): Promise<number> {
    await vi.waitFor(
      () => {
        if (this.closeCodes.length === 0) throw new Error(`${this.label} was not closed`);
      },
      { timeout: within, interval: 20 },
    );
    return this.closeCodes[0] as number;
  }

  /** The awareness state this client sees for `other` (undefined if it sees none). */
  stateOf(other: NotesClient): Record<string, unknown> | undefined {
    return this.awareness.getStates().get(other.doc.clientID);
  }

  /** Sends raw bytes over the provider's socket, as a modified client could. */
  sendRaw(bytes: Uint8Array): void {
    const socket = this.provider.ws;
    if (!socket) throw new Error(`${this.label} has no open socket`);
    socket.send(bytes);
  }

  /**
   * A network blip: the socket is cut without a close handshake, and the
   * provider reconnects on its own; resolves once it is in sync again.
   */
  async blip(within = NOTES_WAIT_MS): Promise<void> {
    const before = this.provider.ws;
    (before as unknown as WebSocket | null)?.terminate();
    await vi.waitFor(
      () => {
        if (this.provider.ws === before || !this.provider.synced) {
          throw new Error(`${this.label} has not resynced after the blip`);
        }
      },
      { timeout: within, interval: 20 },
    );
  }

  /** The network drops: no awareness goodbye, no close frame, and no reconnect. */
  dropConnection(): void {
    this.provider.shouldConnect = false;
    // The provider's socket is our `ws` subclass, so it can be cut without a close handshake.
    (this.provider.ws as unknown as WebSocket | null)?.terminate();
  }

  destroy(): void {
    if (this.isDestroyed) return;
    this.isDestroyed = true;
    this.provider.destroy();
    this.doc.destroy();
    process.setMaxListeners(process.getMaxListeners() - 1);
  }
}

/** Opens the notes of `caseId` as the signed-in `browser`; does not wait for the sync. */
export function openNotes(
  browser: TestClient,
  caseId: string,
  options: ConnectOptions = {},
): NotesClient {
  const headers = upgradeHeaders(browser, browser.baseUrl, options);
  return new NotesClient(options.label ?? caseId, browser.baseUrl, caseId, headers);
}

/** Opens the notes and waits for the first sync; fails naming the close code otherwise. */
export async function openSyncedNotes(
  browser: TestClient,
  caseId: string,
  options: ConnectOptions = {},
): Promise<NotesClient> {
  const client = openNotes(browser, caseId, options);
  try {
    await client.synced();
  } catch (error) {
    client.destroy();
    throw error;
  }
  return client;
}

export function contentOf(doc: Y.Doc): string {
  return doc.getXmlFragment(NOTES_FRAGMENT).toString();
}

/** The paragraphs' texts, in order, as the editor would show them. */
export function paragraphsOf(doc: Y.Doc): string[] {
  return doc
    .getXmlFragment(NOTES_FRAGMENT)
    .toArray()
    .flatMap((node) => (node instanceof Y.XmlElement ? [node] : []))
    .map((paragraph) =>
      paragraph
        .toArray()
        .map((child) => (child instanceof Y.XmlText ? child.toString() : ''))
        .join(''),
    );
}

/** TipTap's shape: a `paragraph` element holding one XmlText. Returns the text to type into. */
export function addParagraph(doc: Y.Doc, text: string, index?: number): Y.XmlText {
  const fragment = doc.getXmlFragment(NOTES_FRAGMENT);
  const paragraph = new Y.XmlElement('paragraph');
  const body = new Y.XmlText();
  body.insert(0, text);
  paragraph.insert(0, [body]);
  fragment.insert(index ?? fragment.length, [paragraph]);
  return body;
}

/** The XmlText of every paragraph, in order. */
export function paragraphTexts(doc: Y.Doc): Y.XmlText[] {
  return doc
    .getXmlFragment(NOTES_FRAGMENT)
    .toArray()
    .flatMap((node) => (node instanceof Y.XmlElement ? node.toArray() : []))
    .flatMap((child) => (child instanceof Y.XmlText ? [child] : []));
}

/** The document the union of all given docs' edits makes: what every client must converge to. */
function mergedContent(docs: Y.Doc[]): string {
  const merged = new Y.Doc();
  for (const doc of docs) Y.applyUpdate(merged, Y.encodeStateAsUpdate(doc));
  const content = contentOf(merged);
  merged.destroy();
  return content;
}

/** Waits until every client shows the same notes; fails with each client's content. */
export async function waitForConvergence(
  clients: NotesClient[],
  expected?: string,
  within = NOTES_WAIT_MS,
): Promise<string> {
  let target = expected ?? '';
  await vi.waitFor(
    () => {
      target = expected ?? mergedContent(clients.map((client) => client.doc));
      const differing = clients.filter((client) => client.content() !== target);
      if (differing.length > 0) {
        const details = differing.map(
          (c) =>
            `${c.label} (closed: ${c.closeCodes.join(', ') || 'never'}): ${c.content().slice(0, 200)}`,
        );
        throw new Error(`not converged to ${target.slice(0, 200)}\n${details.join('\n')}`);
      }
    },
    { timeout: within, interval: 25 },
  );
  return target;
}

/** What the database holds for a case's notes: snapshot plus update log, applied in order. */
async function storedDoc(db: Db, caseId: string): Promise<Y.Doc> {
  const stored = await loadNoteDocument(db, caseId);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update.payload);
  return doc;
}

export async function storedContent(db: Db, caseId: string): Promise<string> {
  const doc = await storedDoc(db, caseId);
  const content = contentOf(doc);
  doc.destroy();
  return content;
}
