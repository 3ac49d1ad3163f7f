import type {
  ClientToServerEvents,
  JoinResult,
  ServerToClientEvents,
  SessionState,
} from '@konsil/shared';
import type { Socket } from 'socket.io-client';
import { expect } from 'vitest';
import { signIn } from './api';
import { userIdOf } from './queries';
import { connectSocket, type TestSocket } from './socketClient';
import type { TestClient } from './testClient';
import type { TestServer } from './testServer';

export type CommandName = keyof ClientToServerEvents;
export type PayloadOf<E extends CommandName> = Parameters<ClientToServerEvents[E]>[0];
export type ReplyOf<E extends CommandName> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0];
export type BroadcastName = keyof ServerToClientEvents;
export type BroadcastOf<E extends BroadcastName> = Parameters<ServerToClientEvents[E]>[0];

/** How long a test waits for an ack or a broadcast before it fails with a readable message. */
const WAIT_MS = 3_000;

/** Every event the server may push to a participant; each is recorded as it arrives. */
const BROADCASTS: BroadcastName[] = [
  'auth:sessionEnded',
  'auth:accessChanged',
  'session:state',
  'presence:joined',
  'presence:changed',
  'presence:left',
  'agenda:changed',
  'board:accessRevoked',
  'decision:changed',
];

interface Waiter {
  event: BroadcastName;
  matches: (payload: unknown) => boolean;
  resolve: (payload: unknown) => void;
}

/** One participant's browser tab on the live board: a real Socket.IO client with its session. */
export class LiveClient {
  /** Every `session:state` snapshot this tab received, in order. */
  readonly states: SessionState[] = [];
  /** Everything the server pushed, in order (for "nothing else arrived" checks). */
  readonly received: { event: BroadcastName; payload: unknown }[] = [];
  /** Per event: how far `next` has read in `received`. */
  private readonly cursors = new Map<BroadcastName, number>();
  private readonly waiters = new Set<Waiter>();

  constructor(
    readonly email: string,
    readonly userId: string,
    readonly browser: TestClient,
    readonly socket: TestSocket,
  ) {
    for (const event of BROADCASTS) {
      (socket as unknown as Socket).on(event, (payload: unknown) => this.record(event, payload));
    }
  }

  private record(event: BroadcastName, payload: unknown) {
    if (event === 'session:state') this.states.push(payload as SessionState);
    this.received.push({ event, payload });
    for (const waiter of this.waiters) {
      if (waiter.event === event && waiter.matches(payload)) {
        this.cursors.set(event, this.received.length);
        this.waiters.delete(waiter);
        waiter.resolve(payload);
        return;
      }
    }
  }

  /** Sends a command and resolves with its ack; fails if no ack comes. */
  emit<E extends CommandName>(event: E, payload: PayloadOf<E>): Promise<ReplyOf<E>> {
    return this.send(event, payload) as Promise<ReplyOf<E>>;
  }

  /** Sends anything at all, as a broken or hostile client would; resolves with the raw ack. */
  send(event: string, ...args: unknown[]): Promise<unknown> {
    // The untyped socket is the point here: the server must cope with whatever arrives.
    const raw = this.socket as unknown as Socket;
    return raw.timeout(WAIT_MS).emitWithAck(event, ...args);
  }

  /** A command that must succeed: its data, or the test fails naming the refusal. */
  async ok<E extends CommandName>(event: E, payload: PayloadOf<E>) {
    const reply = await this.emit(event, payload);
    if (!reply.ok) expect.fail(`${this.email} ${event} was refused: ${reply.error.id}`);
    return reply.data as Extract<ReplyOf<E>, { ok: true }>['data'];
  }

  /** The error id of a command that must be refused. */
  async refusal<E extends CommandName>(event: E, payload: PayloadOf<E>): Promise<string> {
    const reply = await this.emit(event, payload);
    if (reply.ok) expect.fail(`${this.email} ${event} was accepted`);
    return reply.error.id;
  }

  /** `'ok'` or the error id: for tables of what each command does for one person. */
  async outcome<E extends CommandName>(event: E, payload: PayloadOf<E>): Promise<string> {
    const reply = await this.emit(event, payload);
    return reply.ok ? 'ok' : reply.error.id;
  }

  /**
   * The next `event` (after the last one `next` returned for it) that matches,
   * whether it already arrived or is still to come.
   */
  next<E extends BroadcastName>(
    event: E,
    predicate: (payload: BroadcastOf<E>) => boolean = () => true,
    within = WAIT_MS,
  ): Promise<BroadcastOf<E>> {
    const matches = (payload: unknown) => predicate(payload as BroadcastOf<E>);
    const from = this.cursors.get(event) ?? 0;
    for (let index = from; index < this.received.length; index += 1) {
      const entry = this.received[index];
      if (entry?.event === event && matches(entry.payload)) {
        this.cursors.set(event, index + 1);
        return Promise.resolve(entry.payload as BroadcastOf<E>);
      }
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        event,
        matches,
        resolve: (payload) => {
          clearTimeout(timer);
          resolve(payload as BroadcastOf<E>);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`${this.email} got no matching ${event} within ${within} ms`));
      }, within);
      this.waiters.add(waiter);
    });
  }

  /** Resolves with the disconnect reason once the socket is gone. */
  disconnected(): Promise<string> {
    if (!this.socket.connected) return Promise.resolve('already disconnected');
    return new Promise((resolve) => this.socket.once('disconnect', (reason) => resolve(reason)));
  }

  /** The network drops (no leave): the server only sees the transport close. */
  drop(): void {
    this.socket.io.engine.close();
  }

  close(): void {
    this.socket.disconnect();
  }
}

/** A tab connected as the signed-in `browser`, not yet in any board. */
export async function connectLive(server: TestServer, browser: TestClient, email: string) {
  const socket = await connectSocket(browser);
  return new LiveClient(email, await userIdOf(server.db, email), browser, socket);
}

/** Signs `email` in and opens a tab that is not yet in any board. */
export async function connectAs(server: TestServer, email: string) {
  return connectLive(server, await signIn(server, email), email);
}

/** A participant's tab after a successful `board:join`; `joined` is the join ack's data. */
export type JoinedClient = LiveClient & { joined: JoinResult };

/** Joins `boardId` on an open tab; fails the test if the join is refused. */
export async function joinWith(client: LiveClient, boardId: string): Promise<JoinedClient> {
  const joined = await client.ok('board:join', { boardId });
  return Object.assign(client, { joined });
}

/** Signs `email` in, connects and joins `boardId`. */
export async function joinAs(
  server: TestServer,
  email: string,
  boardId: string,
): Promise<JoinedClient> {
  return joinWith(await connectAs(server, email), boardId);
}
