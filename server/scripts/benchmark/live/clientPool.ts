import { Worker } from 'node:worker_threads';

/** process.hrtime in ms: the clock liveClients.mjs stamps with, shared by every thread. */
export const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

export const sleep = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

const CALL_TIMEOUT_MS = 120_000;

export interface OpenClient {
  key: string;
  cookie: string | null;
}

export interface SendResult<R> {
  sentAt: number;
  ackAt: number;
  reply: R;
}

export interface StormClientResult {
  key: string;
  startedAt: number;
  connectedAt: number | null;
  ackAt: number | null;
  completedAt: number | null;
  version: number | null;
  size: number;
  /** Deltas that skipped a version (each one triggers a presence:sync). */
  gaps: number;
  /** Deltas already contained in the list they arrived after (dropped). */
  stale: number;
  bytes: { handshake: number; ack: number; presence: number; other: number };
  error: string | null;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

type WorkerMessage =
  | { id: number; result: unknown }
  | { id: number; error: string }
  | { event: 'received'; name: string; version: number; cpuMs: number | null };

/** A watch reported one version complete: every one of its sockets in that worker has it. */
export type OnReceived = (name: string, version: number, cpuMs: number | null) => void;

/** One worker thread of socket.io clients (liveClients.mjs), called like a function. */
export class ClientWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private exited = false;

  constructor(onReceived: OnReceived) {
    this.worker = new Worker(new URL('./liveClients.mjs', import.meta.url));
    this.worker.on('message', (message: WorkerMessage) => {
      if ('event' in message) return onReceived(message.name, message.version, message.cpuMs);
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      clearTimeout(pending.timer);
      if ('error' in message) pending.reject(new Error(message.error));
      else pending.resolve(message.result);
    });
    this.worker.on('error', (error) => this.failAll(error));
    this.worker.on('exit', (code) => {
      this.exited = true;
      this.failAll(new Error(`A client worker exited with ${code}`));
    });
  }

  private failAll(error: Error) {
    for (const pending of this.pending.values()) {
      clearTimeout(pending.timer);
      pending.reject(error);
    }
    this.pending.clear();
  }

  call<T>(op: string, args: unknown, timeoutMs = CALL_TIMEOUT_MS): Promise<T> {
    if (this.exited) return Promise.reject(new Error('The client worker has exited'));
    const id = this.nextId;
    this.nextId += 1;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`Client worker: ${op} took longer than ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, timer });
      this.worker.postMessage({ id, op, args });
    });
  }

  /** This thread's CPU time in ms, or null where /proc is missing. */
  async cpuMs(): Promise<number | null> {
    return (await this.call<{ cpuMs: number | null }>('cpu', {})).cpuMs;
  }

  /** Disconnects its sockets and ends the thread (terminated if it does not end by itself). */
  async stop(): Promise<void> {
    if (this.exited) return;
    await this.call('shutdown', {}, 5_000).catch(() => undefined);
    await this.worker.terminate();
  }
}

/**
 * Several client workers; counts, per watch and version, the workers that
 * reported it complete, and keeps the CPU time each worker reported last.
 */
export class ClientPool {
  readonly workers: ClientWorker[];
  /** Each worker's thread CPU time (ms) as of its latest report. */
  readonly reportedCpuMs: (number | null)[];
  private readonly reported = new Map<string, number>();
  private readonly waiters: { id: string; count: number; resolve: () => void }[] = [];

  constructor(size: number) {
    this.reportedCpuMs = Array.from({ length: size }, () => null);
    this.workers = Array.from(
      { length: size },
      (_unused, index) =>
        new ClientWorker((name, version, cpuMs) => this.onReceived(index, name, version, cpuMs)),
    );
  }

  private onReceived(worker: number, name: string, version: number, cpuMs: number | null) {
    this.reportedCpuMs[worker] = cpuMs;
    const id = `${name}@${version}`;
    const count = (this.reported.get(id) ?? 0) + 1;
    this.reported.set(id, count);
    for (const waiter of [...this.waiters]) {
      if (waiter.id === id && count >= waiter.count) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  }

  /** Asks every worker for its CPU time now (see reportedCpuMs). */
  async refreshCpu(): Promise<void> {
    const times = await Promise.all(this.workers.map((worker) => worker.cpuMs()));
    times.forEach((time, index) => {
      this.reportedCpuMs[index] = time;
    });
  }

  /** Sum of reportedCpuMs, or null when a worker cannot tell. */
  clientCpuMs(): number | null {
    if (this.reportedCpuMs.some((time) => time === null)) return null;
    return this.reportedCpuMs.reduce<number>((sum, time) => sum + (time ?? 0), 0);
  }

  /** Resolves true once `count` workers reported `version` of watch `name`, false after `timeoutMs`. */
  allReceived(name: string, version: number, count: number, timeoutMs: number): Promise<boolean> {
    const id = `${name}@${version}`;
    if ((this.reported.get(id) ?? 0) >= count) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter = {
        id,
        count,
        resolve: () => {
          clearTimeout(timer);
          resolve(true);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        resolve(false);
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** The worker that holds client number `index` (clients are dealt round-robin). */
  workerFor(index: number): ClientWorker {
    const worker = this.workers[index % this.workers.length];
    if (!worker) throw new Error('No client workers');
    return worker;
  }

  /** Deals `items` round-robin over the workers, as `workerFor` does. */
  deal<T>(items: T[]): T[][] {
    const hands: T[][] = this.workers.map(() => []);
    for (const [index, item] of items.entries()) hands[index % hands.length]?.push(item);
    return hands;
  }

  async stop(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.stop()));
  }
}
