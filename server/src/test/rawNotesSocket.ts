/**
 * Bare websocket connections to the notes endpoint, for what a provider never
 * does: checking that a refused socket receives nothing before its close, and
 * sending crafted bytes.
 */
import { COLLAB_PATH } from '@konsil/shared';
import * as encoding from 'lib0/encoding';
import { vi } from 'vitest';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import { type ConnectOptions, NOTES_WAIT_MS, upgradeHeaders, wsBase } from './collabClient';
import type { TestClient } from './testClient';

/** y-websocket's message types, as the provider and the server speak them. */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_QUERY_AWARENESS = 3;

export interface RawClose {
  code: number;
  reason: string;
  /** Messages received before the close frame. */
  messagesBeforeClose: number;
  /** Set when the server answered the upgrade with plain HTTP instead of a websocket close. */
  httpStatus?: number;
}

/** A bare `ws` connection to the notes endpoint that records everything the server sends. */
export class RawNotesSocket {
  readonly socket: WebSocket;
  readonly messages: Uint8Array[] = [];
  readonly opened: Promise<boolean>;
  readonly closed: Promise<RawClose>;

  constructor(url: string, headers: Record<string, string>) {
    this.socket = new WebSocket(url, { headers });
    this.socket.binaryType = 'nodebuffer';
    this.socket.on('message', (data: Buffer) => this.messages.push(new Uint8Array(data)));
    this.opened = new Promise((resolve) => {
      this.socket.once('open', () => resolve(true));
      this.socket.once('close', () => resolve(false));
    });
    this.closed = new Promise((resolve) => {
      let httpStatus: number | undefined;
      this.socket.once('unexpected-response', (_request, response) => {
        httpStatus = response.statusCode;
        response.resume();
        this.socket.terminate();
      });
      // Connection errors (reset, refused) end in 'close' too; swallow them here.
      this.socket.on('error', () => undefined);
      this.socket.once('close', (code: number, reason: Buffer) =>
        resolve({
          code,
          reason: reason.toString(),
          messagesBeforeClose: this.messages.length,
          ...(httpStatus === undefined ? {} : { httpStatus }),
        }),
      );
    });
  }

  /** Sends bytes once the socket is open; does nothing if the server already closed it. */
  async send(bytes: Uint8Array): Promise<void> {
    if (!(await this.opened)) return;
    await new Promise<void>((resolve) => {
      if (this.socket.readyState !== WebSocket.OPEN) return resolve();
      this.socket.send(bytes, () => resolve());
    });
  }

  /** Resolves once the server has sent `count` messages (false if it closed first). */
  async received(count: number, within = NOTES_WAIT_MS): Promise<boolean> {
    await vi.waitFor(
      () => {
        if (this.messages.length < count && this.socket.readyState <= WebSocket.OPEN) {
          throw new Error(`got ${this.messages.length} of ${count} messages`);
        }
      },
      { timeout: within, interval: 5 },
    );
    return this.messages.length >= count;
  }

  /** The close, or a failure naming what happened instead within `within` ms. */
  async closeWithin(within = NOTES_WAIT_MS): Promise<RawClose> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`server did not close the socket within ${within} ms`)),
        within,
      );
    });
    try {
      return await Promise.race([this.closed, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  terminate(): void {
    this.socket.terminate();
  }
}

/**
 * Opens a raw socket to `${COLLAB_PATH}/${room}` (a case id, or any path tail)
 * with the browser's session cookie (none when `browser` is null).
 */
export function openRawNotes(
  baseUrl: string,
  browser: TestClient | null,
  room: string,
  options: ConnectOptions & { cookie?: string } = {},
): RawNotesSocket {
  const headers = upgradeHeaders(browser, baseUrl, options);
  if (options.cookie !== undefined) headers.cookie = options.cookie;
  return new RawNotesSocket(`${wsBase(baseUrl)}${COLLAB_PATH}/${room}`, headers);
}

/** A sync-protocol update message (what a provider sends for each local edit). */
export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** An awareness message with hand-picked client ids and clocks; a null state removes the client. */
export function awarenessMessage(
  entries: { clientId: number; clock: number; state: Record<string, unknown> | null }[],
): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(inner, entry.clientId);
    encoding.writeVarUint(inner, entry.clock);
    encoding.writeVarString(inner, JSON.stringify(entry.state));
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  return encoding.toUint8Array(encoder);
}
