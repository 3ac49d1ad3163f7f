import { randomUUID } from 'node:crypto';
import type { PresenceEntry } from '@konsil/shared';
import { Redis } from 'ioredis';
import { vi } from 'vitest';
import { RedisLink } from '../cluster/redisLink';
import { createLogger } from '../logger';
import type { PresenceChange, PresenceIdentity } from './presenceStore';
import { RedisPresence } from './redisPresence';

/** Quicker than production (6 s / 2 s / 2 s), with renewals still three to a lifetime. */
export const QUICK_TIMING = { ttlMs: 1_500, renewEveryMs: 500, reapEveryMs: 500 };

/** The longest a lapsed instance's presence can last with QUICK_TIMING, plus room for load. */
export const REAPED_WITHIN_MS = QUICK_TIMING.ttlMs + QUICK_TIMING.reapEveryMs + 3_000;

const logger = createLogger('silent');

const CHARITE = { id: randomUUID(), code: 'CCCC', name: 'Charité Comprehensive Cancer Center' };
const SAMSUNG = { id: randomUUID(), code: 'SCCC', name: 'Samsung Comprehensive Cancer Center' };

/** A participant with a fresh id, so tests sharing a Redis never meet. */
export function participant(name: string, seoul = false): PresenceIdentity {
  return {
    userId: randomUUID(),
    name,
    role: 'clinician',
    specialty: 'medical_oncology',
    institution: seoul ? SAMSUNG : CHARITE,
  };
}

export const online = (who: PresenceIdentity): PresenceEntry => ({ ...who, status: 'online' });
export const reconnecting = (who: PresenceIdentity): PresenceEntry => ({
  ...who,
  status: 'reconnecting',
});

/** One instance's presence: its own Redis link, and what it heard on its own (grace, reaper). */
export interface PresenceInstance {
  link: RedisLink;
  store: RedisPresence;
  /** Changes handed to this instance's LaterChangeListener, in order. */
  heard: { boardId: string; change: PresenceChange }[];
}

/**
 * Instances sharing one Redis under one key prefix; everything is stopped, closed and the
 * prefix's keys deleted by `destroy()`.
 */
export class PresenceCluster {
  readonly prefix = `konsil-test-${randomUUID().slice(0, 10)}:`;
  private readonly instances: PresenceInstance[] = [];

  constructor(
    private readonly redisUrl: string,
    private readonly graceMs = 15_000,
  ) {}

  async instance(): Promise<PresenceInstance> {
    const link = new RedisLink(this.redisUrl, logger);
    await link.whenUp(5_000);
    const heard: PresenceInstance['heard'] = [];
    const store = new RedisPresence({
      link,
      keyPrefix: this.prefix,
      graceMs: this.graceMs,
      logger,
      onLaterChange: (boardId, change) => heard.push({ boardId, change }),
      timing: QUICK_TIMING,
    });
    await store.lease.current();
    const instance = { link, store, heard };
    this.instances.push(instance);
    return instance;
  }

  /** A plain connection to the same Redis, to look at (or tamper with) what the stores keep. */
  inspector(): Redis {
    const redis = new Redis(this.redisUrl, { maxRetriesPerRequest: 1 });
    redis.on('error', () => undefined);
    return redis;
  }

  async destroy(): Promise<void> {
    for (const { store } of this.instances) store.stop();
    await Promise.all(this.instances.splice(0).map(({ link }) => link.close()));
    const redis = this.inspector();
    try {
      const keys = await redis.keys(`${this.prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
    } catch {
      // A test that stopped its own Redis has nothing left to clean.
    } finally {
      redis.disconnect();
    }
  }
}

/** Every 'left' any of `instances` heard for `userId` (each must be heard once in all). */
export function leftHeardBy(instances: PresenceInstance[], userId: string) {
  return instances.flatMap(({ heard }) =>
    heard.filter(({ change }) => change?.kind === 'left' && change.userId === userId),
  );
}

/** Waits until `check` passes (it throws until then), for at most `timeout` ms. */
export const eventually = (check: () => void | Promise<void>, timeout: number) =>
  vi.waitFor(check, { timeout, interval: 50 });
