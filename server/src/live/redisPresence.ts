import { randomUUID } from 'node:crypto';
import { PresenceEntrySchema, type PresenceList } from '@konsil/shared';
import { z } from 'zod';
import { InstanceLease, LEASE_TIMING, type LeaseTiming } from '../cluster/instanceLease';
import type { LuaScript } from '../cluster/luaScript';
import type { RedisLink } from '../cluster/redisLink';
import type { Logger } from '../logger';
import { REAP_EVERY_MS, startPresenceReaper } from './presenceReaper';
import type {
  LaterChangeListener,
  PresenceChange,
  PresenceIdentity,
  PresenceStore,
} from './presenceStore';
import {
  disconnectScript,
  expireScript,
  holdsMember,
  joinScript,
  leaveScript,
  listScript,
  presenceKeys,
  reapScript,
} from './redisPresenceScripts';

// What Redis answers is still input: parsed, never cast.
const IdentitySchema = PresenceEntrySchema.omit({ status: true });
const ScriptReplySchema = z.union([
  z.tuple([z.enum(['none', 'lost'])]),
  z.tuple([z.literal('left'), z.number().int()]),
  z.tuple([z.enum(['joined', 'changed']), z.number().int(), z.string()]),
]);
const ListReplySchema = z.tuple([z.string(), z.array(z.string()), z.array(z.string())]);

type Outcome =
  | { kind: 'none' | 'lost' }
  | { kind: 'left'; version: number }
  | { kind: 'joined' | 'changed'; version: number; stored: string };

function outcomeOf(reply: unknown): Outcome {
  const parsed = ScriptReplySchema.parse(reply);
  if (parsed.length === 1) return { kind: parsed[0] };
  if (parsed.length === 2) return { kind: parsed[0], version: parsed[1] };
  return { kind: parsed[0], version: parsed[1], stored: parsed[2] };
}

/** An entries value: `<version it joined at>|<identity JSON>`. */
function parseStored(stored: string): { since: number; identity: PresenceIdentity } {
  const bar = stored.indexOf('|');
  return {
    since: Number(stored.slice(0, bar)),
    identity: IdentitySchema.parse(JSON.parse(stored.slice(bar + 1))),
  };
}

/** A flat HGETALL reply as [field, value] pairs. */
function pairsOf(flat: string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let index = 0; index + 1 < flat.length; index += 2) {
    pairs.push([flat[index] ?? '', flat[index + 1] ?? '']);
  }
  return pairs;
}

interface HeldSocket {
  boardId: string;
  socketId: string;
  identity: PresenceIdentity;
  /** Its join went through: only such sockets are asserted again by a new incarnation. */
  isConfirmed: boolean;
}

export interface RedisPresenceOptions {
  link: RedisLink;
  keyPrefix: string;
  graceMs: number;
  logger: Logger;
  onLaterChange: LaterChangeListener;
  /** Shorter in tests that wait for an instance to be found dead. */
  timing?: LeaseTiming & { reapEveryMs: number };
}

/**
 * Presence shared by the instances of a cluster (see redisPresenceScripts.ts for the keys).
 * Each change is one Lua script, so the version and the entries move together and two
 * instances never both report the same joined or left. The grace timer of a dropped socket
 * runs on the instance that held it; if that instance dies, the reaper finishes the job.
 */
export class RedisPresence implements PresenceStore {
  /** This process's proof of life; what a lapsed incarnation held is reaped by the others. */
  readonly lease: InstanceLease;
  private readonly keys: ReturnType<typeof presenceKeys>;
  private readonly graceTimers = new Map<string, NodeJS.Timeout>();
  /** The sockets this process holds in presence, by `<board>|<socket>`. */
  private readonly heldHere = new Map<string, HeldSocket>();
  private readonly stopReaper: () => void;
  private readonly stopWatchingLease: () => void;
  private isStopped = false;

  constructor(private readonly options: RedisPresenceOptions) {
    const { link, keyPrefix, logger } = options;
    const timing = options.timing ?? { ...LEASE_TIMING, reapEveryMs: REAP_EVERY_MS };
    this.keys = presenceKeys(keyPrefix);
    this.lease = new InstanceLease(link, keyPrefix, logger, timing);
    this.stopWatchingLease = this.lease.onIncarnation(() => void this.reassert());
    this.stopReaper = startPresenceReaper({
      lease: this.lease,
      logger,
      everyMs: timing.reapEveryMs,
      reap: (incarnation) => this.reap(incarnation),
    });
  }

  private get redis() {
    return this.options.link.commands;
  }

  async list(boardId: string): Promise<PresenceList> {
    const keys = [this.keys.version(boardId), this.keys.entries(boardId), this.keys.grace(boardId)];
    const [version, entries, grace] = ListReplySchema.parse(
      await listScript.run(this.redis, keys, []),
    );
    const reconnecting = new Set(pairsOf(grace).map(([userId]) => userId));
    const listed = pairsOf(entries)
      .map(([, stored]) => parseStored(stored))
      .sort((a, b) => a.since - b.since);
    return {
      boardId,
      version: Number(version),
      entries: listed.map(({ identity }) => ({
        ...identity,
        status: reconnecting.has(identity.userId) ? 'reconnecting' : 'online',
      })),
    };
  }

  async join(
    boardId: string,
    identity: PresenceIdentity,
    socketId: string,
  ): Promise<PresenceChange> {
    const held: HeldSocket = { boardId, socketId, identity, isConfirmed: false };
    this.heldHere.set(`${boardId}|${socketId}`, held);
    // A grace timer of ours is left to run: it ends only the grace it was started for, which
    // this join clears in Redis if it goes through (and if it does not, the grace must still end).
    const change = await this.write(held);
    held.isConfirmed = true;
    return change;
  }

  async leave(boardId: string, userId: string, socketId: string): Promise<PresenceChange> {
    this.heldHere.delete(`${boardId}|${socketId}`);
    const incarnation = await this.lease.current();
    const outcome = outcomeOf(
      await leaveScript.run(
        this.redis,
        [...this.userKeys(boardId, userId), this.keys.holds(incarnation)],
        [userId, socketId, incarnation, holdsMember(boardId, userId)],
      ),
    );
    if (outcome.kind === 'left') this.clearGrace(boardId, userId);
    return this.changeOf(userId, outcome, 'online');
  }

  async disconnect(
    boardId: string,
    userId: string,
    socketId: string,
    graceMs: number = this.options.graceMs,
  ): Promise<PresenceChange> {
    this.heldHere.delete(`${boardId}|${socketId}`);
    const graceId = randomUUID();
    const { outcome, incarnation } = await this.asIncarnation(disconnectScript, (current) => ({
      keys: [...this.userKeys(boardId, userId), ...this.incarnationKeys(current)],
      args: [userId, socketId, current, holdsMember(boardId, userId), graceId],
    }));
    if (outcome.kind === 'changed') {
      this.startGrace(boardId, userId, incarnation, `${incarnation}|${graceId}`, graceMs);
    }
    return this.changeOf(userId, outcome, 'reconnecting');
  }

  /** Stops the lease (it lapses, and another instance reaps what is left), reaper and timers. */
  stop(): void {
    this.isStopped = true;
    this.stopReaper();
    this.stopWatchingLease();
    this.lease.stop();
    for (const timer of this.graceTimers.values()) clearTimeout(timer);
    this.graceTimers.clear();
  }

  /** Asserts a held socket under the current incarnation (a join, or again after a lapse). */
  private async write(held: HeldSocket): Promise<PresenceChange> {
    const { boardId, socketId, identity } = held;
    const key = `${boardId}|${socketId}`;
    const { outcome } = await this.asIncarnation(joinScript, (current) =>
      // Checked right before sending: a socket that dropped meanwhile is not brought back.
      this.heldHere.get(key) === held
        ? {
            keys: [...this.userKeys(boardId, identity.userId), ...this.incarnationKeys(current)],
            args: [
              identity.userId,
              socketId,
              current,
              holdsMember(boardId, identity.userId),
              JSON.stringify(identity),
            ],
          }
        : null,
    );
    return this.changeOf(identity.userId, outcome, 'online');
  }

  /**
   * Runs a script that writes on behalf of this incarnation; if its lease turns out to have
   * lapsed (nothing was written), once more as a new incarnation.
   */
  private async asIncarnation(
    script: LuaScript,
    call: (incarnation: string) => { keys: string[]; args: string[] } | null,
  ): Promise<{ outcome: Outcome; incarnation: string }> {
    for (let attempt = 1; ; attempt += 1) {
      const incarnation = await this.lease.current();
      const request = call(incarnation);
      if (!request) return { outcome: { kind: 'none' }, incarnation };
      const outcome = outcomeOf(await script.run(this.redis, request.keys, request.args));
      if (outcome.kind !== 'lost') return { outcome, incarnation };
      this.lease.markLapsed(incarnation);
      if (attempt === 2) throw new Error(`${script.name}: the instance lease lapsed twice`);
    }
  }

  private startGrace(
    boardId: string,
    userId: string,
    incarnation: string,
    graceValue: string,
    graceMs: number,
  ): void {
    this.clearGrace(boardId, userId);
    // Once shutting down, the grace is left to the reaper: it ends when this lease lapses.
    if (this.isStopped) return;
    const key = `${boardId}|${userId}`;
    const timer = setTimeout(() => {
      if (this.graceTimers.get(key) === timer) this.graceTimers.delete(key);
      this.expire(boardId, userId, incarnation, graceValue).catch((error: unknown) => {
        this.options.logger.warn(
          { err: { name: (error as Error).name } },
          'presence expiry failed',
        );
      });
    }, graceMs);
    timer.unref();
    this.graceTimers.set(key, timer);
  }

  private clearGrace(boardId: string, userId: string): void {
    const key = `${boardId}|${userId}`;
    clearTimeout(this.graceTimers.get(key));
    this.graceTimers.delete(key);
  }

  private async expire(
    boardId: string,
    userId: string,
    incarnation: string,
    graceValue: string,
  ): Promise<void> {
    const outcome = outcomeOf(
      await expireScript.run(
        this.redis,
        [...this.userKeys(boardId, userId), this.keys.holds(incarnation)],
        [userId, incarnation, holdsMember(boardId, userId), graceValue],
      ),
    );
    this.tellLater(boardId, this.changeOf(userId, outcome, 'online'));
  }

  /** Everything a lapsed incarnation held: its sockets and graces go, and the people with them. */
  private async reap(incarnation: string): Promise<void> {
    const holdsKey = this.keys.holds(incarnation);
    for (const member of await this.redis.smembers(holdsKey)) {
      const [boardId, userId] = member.split('|');
      if (boardId && userId) {
        const outcome = outcomeOf(
          await reapScript.run(this.redis, this.userKeys(boardId, userId), [userId, incarnation]),
        );
        this.tellLater(boardId, this.changeOf(userId, outcome, 'online'));
      }
      await this.redis.srem(holdsKey, member);
    }
  }

  /** A new incarnation holds again every socket this process still has (after a lapse). */
  private async reassert(): Promise<void> {
    for (const held of [...this.heldHere.values()]) {
      if (!held.isConfirmed) continue;
      try {
        this.tellLater(held.boardId, await this.write(held));
      } catch (error) {
        this.options.logger.warn(
          { err: { name: (error as Error).name } },
          'presence not asserted again',
        );
        return;
      }
    }
  }

  private tellLater(boardId: string, change: PresenceChange): void {
    if (change) this.options.onLaterChange(boardId, change);
  }

  private changeOf(
    userId: string,
    outcome: Outcome,
    status: 'online' | 'reconnecting',
  ): PresenceChange {
    if (outcome.kind === 'left') return { kind: 'left', version: outcome.version, userId };
    if (!('stored' in outcome)) return null;
    const entry = { ...parseStored(outcome.stored).identity, status };
    return { kind: outcome.kind, version: outcome.version, entry };
  }

  /** KEYS 1–4 of every per-participant script. */
  private userKeys(boardId: string, userId: string): string[] {
    return [
      this.keys.version(boardId),
      this.keys.entries(boardId),
      this.keys.grace(boardId),
      this.keys.sockets(boardId, userId),
    ];
  }

  private incarnationKeys(incarnation: string): string[] {
    return [this.keys.holds(incarnation), this.lease.aliveKey(incarnation)];
  }
}
