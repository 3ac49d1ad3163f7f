import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { Redis } from 'ioredis';
import type { Logger } from '../logger';

export type MessageHandler = (message: Buffer) => void;
export type HealthListener = (isUp: boolean) => void;

/** How long between reconnect attempts to Redis: quick at first, then every 2 s. */
function retryDelay(attempt: number): number {
  return Math.min(100 * attempt, 2_000);
}

/**
 * This process's connections to the Redis that links a cluster's instances.
 *
 * - `commands` answers at once or fails at once (no offline queue), so a REST request that
 *   publishes a change never waits for a Redis that is down.
 * - `subscriber` carries every channel this instance listens on; handlers are per channel.
 * - `adapterClient` is Socket.IO's (its stream reads block a connection of their own).
 *
 * `isUp` is true while both our connections are ready. Pub/sub delivers at most once, so while it
 * is false live and notes connections are cut and refused (they reconnect and resync when it comes
 * back) instead of showing facts that may have been missed.
 */
export class RedisLink {
  readonly instanceId = `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  readonly commands: Redis;
  readonly subscriber: Redis;
  readonly adapterClient: Redis;
  private readonly handlers = new Map<string, Set<MessageHandler>>();
  private readonly healthListeners = new Set<HealthListener>();
  private wasUp = false;

  constructor(
    url: string,
    private readonly logger: Logger,
  ) {
    const common = { retryStrategy: retryDelay, lazyConnect: false } as const;
    this.commands = new Redis(url, {
      ...common,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectionName: 'konsil-commands',
    });
    this.subscriber = new Redis(url, { ...common, connectionName: 'konsil-subscriber' });
    this.adapterClient = new Redis(url, { ...common, connectionName: 'konsil-socketio' });
    for (const connection of [this.commands, this.subscriber, this.adapterClient]) {
      // ioredis reports connection errors as events; unhandled, they would crash the process.
      connection.on('error', (error: Error) => this.reportError(error));
    }
    for (const connection of [this.commands, this.subscriber]) {
      for (const event of ['ready', 'close', 'end', 'reconnecting']) {
        connection.on(event, () => this.checkHealth());
      }
    }
    this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => {
      for (const handler of this.handlers.get(channel.toString()) ?? []) {
        try {
          handler(message);
        } catch (error) {
          this.logger.warn(
            { channel: channel.toString(), err: { name: (error as Error).name } },
            'redis message handler failed',
          );
        }
      }
    });
  }

  get isUp(): boolean {
    return this.commands.status === 'ready' && this.subscriber.status === 'ready';
  }

  /** Resolves once both connections are ready (start-up), or rejects after `timeoutMs`. */
  async whenUp(timeoutMs: number): Promise<void> {
    if (this.isUp) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        unsubscribe();
        reject(new Error(`Redis did not answer within ${timeoutMs} ms`));
      }, timeoutMs);
      const unsubscribe = this.onHealth((isUp) => {
        if (!isUp) return;
        clearTimeout(timer);
        unsubscribe();
        resolve();
      });
    });
  }

  /** Called with true when the link comes up and false when it goes down (transitions only). */
  onHealth(listener: HealthListener): () => void {
    this.healthListeners.add(listener);
    return () => {
      this.healthListeners.delete(listener);
    };
  }

  /** Listens on a channel; the last handler to leave unsubscribes it. */
  subscribe(channel: string, handler: MessageHandler): () => void {
    let handlers = this.handlers.get(channel);
    if (!handlers) {
      handlers = new Set();
      this.handlers.set(channel, handlers);
      // Queued while disconnected; ioredis subscribes again to every channel after a reconnect.
      this.subscriber.subscribe(channel).catch((error: Error) => this.reportError(error));
    }
    handlers.add(handler);
    return () => {
      const current = this.handlers.get(channel);
      if (!current?.delete(handler) || current.size > 0) return;
      this.handlers.delete(channel);
      this.subscriber.unsubscribe(channel).catch((error: Error) => this.reportError(error));
    };
  }

  /** Publishes to the other instances; false when Redis could not take it (it is down). */
  async publish(channel: string, message: Buffer | string): Promise<boolean> {
    try {
      await this.commands.publish(channel, message);
      return true;
    } catch (error) {
      this.reportError(error as Error);
      return false;
    }
  }

  /** For readiness: a round trip to Redis, bounded in time. */
  async ping(timeoutMs = 1_000): Promise<boolean> {
    if (!this.isUp) return false;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    try {
      return await Promise.race([this.commands.ping().then((reply) => reply === 'PONG'), timeout]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    this.healthListeners.clear();
    await Promise.all(
      [this.commands, this.subscriber, this.adapterClient].map(async (connection) => {
        // QUIT waits for a reply that a Redis which is down never sends: just drop the socket.
        if (connection.status !== 'ready') return connection.disconnect();
        await connection.quit().catch(() => connection.disconnect());
      }),
    );
  }

  private checkHealth(): void {
    const isUp = this.isUp;
    if (isUp === this.wasUp) return;
    this.wasUp = isUp;
    if (isUp) this.logger.info({ instance: this.instanceId }, 'redis link up');
    else this.logger.warn({ instance: this.instanceId }, 'redis link down');
    for (const listener of [...this.healthListeners]) listener(isUp);
  }

  private lastErrorLoggedAt = 0;

  /** Connection errors repeat on every retry; one line every 10 s is enough. */
  private reportError(error: Error): void {
    const now = Date.now();
    if (now - this.lastErrorLoggedAt < 10_000) return;
    this.lastErrorLoggedAt = now;
    this.logger.warn(
      { err: { name: error.name, code: (error as { code?: string }).code } },
      'redis error',
    );
  }
}
