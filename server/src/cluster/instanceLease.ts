import type { Logger } from '../logger';
import type { RedisLink } from './redisLink';

export interface LeaseTiming {
  /** How long the key lives without a renewal: an instance gone this long counts as dead. */
  ttlMs: number;
  renewEveryMs: number;
}

/** Three renewals per lifetime: one slow renewal does not kill a live instance. */
export const LEASE_TIMING: LeaseTiming = { ttlMs: 6_000, renewEveryMs: 2_000 };

/**
 * This process's proof of life in the cluster: a Redis key with a TTL, renewed every few
 * seconds. The key names an incarnation (`<instanceId>/<n>`), not the process. Once an
 * incarnation's key has lapsed — the process died, stalled, or lost Redis — it is never renewed
 * again: whatever it held is reaped by whoever notices, and a process that is still alive goes
 * on as a new incarnation. So a reaper and a late write of the old incarnation can never both
 * win (the writes check the key in the same script).
 *
 * Losing Redis abandons the incarnation at once: the sockets are cut then (see io.ts) and the
 * writes that would have cleaned up after them fail, so the old incarnation's entries are left
 * for the reaper once its key lapses.
 */
export class InstanceLease {
  private incarnation: string | null = null;
  private pending: Promise<string> | null = null;
  private count = 0;
  /** Bumped when Redis goes down: a registration that straddled the outage is not trusted. */
  private generation = 0;
  private isRenewing = false;
  private isStopped = false;
  private isFailing = false;
  private readonly timer: NodeJS.Timeout;
  private readonly stopWatchingHealth: () => void;
  private readonly listeners = new Set<(incarnation: string) => void>();

  constructor(
    private readonly link: RedisLink,
    private readonly keyPrefix: string,
    private readonly logger: Logger,
    readonly timing: LeaseTiming = LEASE_TIMING,
  ) {
    this.stopWatchingHealth = link.onHealth((isUp) => {
      if (isUp) void this.renew();
      else this.abandon();
    });
    this.timer = setInterval(() => void this.renew(), timing.renewEveryMs);
    this.timer.unref();
    void this.renew();
  }

  /** The set of incarnations that have held something and were not yet reaped. */
  get registryKey(): string {
    return `${this.keyPrefix}instances`;
  }

  aliveKey(incarnation: string): string {
    return `${this.keyPrefix}instance:${incarnation}:alive`;
  }

  /** The live incarnation; a new one is begun when there is none. Rejects while Redis is down. */
  current(): Promise<string> {
    // After stop() the last incarnation still serves the shutdown's clean-up writes.
    if (this.incarnation) return Promise.resolve(this.incarnation);
    if (this.isStopped) return Promise.reject(new Error('the instance lease was stopped'));
    if (!this.pending) {
      const pending = this.begin().finally(() => {
        if (this.pending === pending) this.pending = null;
      });
      this.pending = pending;
    }
    return this.pending;
  }

  /** Hears every incarnation begun (what this process still holds must be asserted again). */
  onIncarnation(listener: (incarnation: string) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** A write found `incarnation`'s key gone: never use it again. */
  markLapsed(incarnation: string): void {
    if (this.incarnation !== incarnation) return;
    this.logger.warn({ incarnation }, 'instance lease lapsed; going on as a new incarnation');
    this.incarnation = null;
  }

  /** Every registered incarnation with whether its key still lives. */
  async census(): Promise<{ incarnation: string; isAlive: boolean }[]> {
    const incarnations = await this.link.commands.smembers(this.registryKey);
    if (incarnations.length === 0) return [];
    const pipeline = this.link.commands.pipeline();
    for (const incarnation of incarnations) pipeline.exists(this.aliveKey(incarnation));
    const replies = (await pipeline.exec()) ?? [];
    return incarnations.map((incarnation, index) => {
      const [error, count] = replies[index] ?? [new Error('no reply')];
      if (error) throw error;
      return { incarnation, isAlive: count === 1 };
    });
  }

  /** Drops a lapsed incarnation from the registry once everything it held was reaped. */
  async forget(incarnation: string): Promise<void> {
    await this.link.commands.srem(this.registryKey, incarnation);
  }

  /** Stops renewing: the key lapses within ttlMs and the others reap what it held. */
  stop(): void {
    this.isStopped = true;
    clearInterval(this.timer);
    this.stopWatchingHealth();
  }

  private abandon(): void {
    this.generation += 1;
    this.pending = null;
    if (this.incarnation) {
      this.logger.warn({ incarnation: this.incarnation }, 'redis lost; instance lease abandoned');
    }
    this.incarnation = null;
  }

  private async begin(): Promise<string> {
    const generation = this.generation;
    this.count += 1;
    const incarnation = `${this.link.instanceId}/${this.count}`;
    // Registered before it can hold anything, in one step, so a reaper never misses it.
    const replies = await this.link.commands
      .multi()
      .sadd(this.registryKey, incarnation)
      .set(this.aliveKey(incarnation), '1', 'PX', this.timing.ttlMs)
      .exec();
    if (!replies || replies.some(([error]) => error)) {
      throw new Error('the instance lease could not be registered');
    }
    if (generation !== this.generation || this.isStopped) {
      throw new Error('redis went down while the instance lease was taken');
    }
    this.incarnation = incarnation;
    for (const listener of [...this.listeners]) listener(incarnation);
    return incarnation;
  }

  private async renew(): Promise<void> {
    if (this.isRenewing || this.isStopped || !this.link.isUp) return;
    this.isRenewing = true;
    try {
      const incarnation = this.incarnation;
      if (incarnation) {
        const key = this.aliveKey(incarnation);
        // XX: a lapsed key is not brought back — the others may already be reaping it.
        const renewed = await this.link.commands.set(key, '1', 'PX', this.timing.ttlMs, 'XX');
        if (renewed === null) this.markLapsed(incarnation);
      }
      await this.current();
      if (this.isFailing) this.logger.info('instance lease renewed again');
      this.isFailing = false;
    } catch (error) {
      if (!this.isFailing) {
        this.logger.warn({ err: { name: (error as Error).name } }, 'instance lease not renewed');
      }
      this.isFailing = true;
    } finally {
      this.isRenewing = false;
    }
  }
}
