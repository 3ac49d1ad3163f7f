import { randomUUID } from 'node:crypto';
import { afterEach, expect, it } from 'vitest';
import { OwnRedisServer } from '../cluster/ownRedisServer';
import { describeWithRedis } from '../test/redis';
import {
  eventually,
  leftHeardBy,
  online,
  PresenceCluster,
  type PresenceInstance,
  participant,
  REAPED_WITHIN_MS,
} from './redisPresenceFixture';

/** With no offline queue, a command to a Redis that is down fails at once; this is "at once". */
const FAILS_WITHIN_MS = 1_000;

let redis: OwnRedisServer | null = null;
let cluster: PresenceCluster | null = null;

afterEach(async () => {
  await cluster?.destroy();
  await redis?.destroy();
  cluster = null;
  redis = null;
});

async function fails(work: Promise<unknown>): Promise<number> {
  const startedAt = Date.now();
  await expect(work).rejects.toThrow();
  return Date.now() - startedAt;
}

const whenLinked = (instances: PresenceInstance[], isUp: boolean) =>
  eventually(() => {
    for (const { link } of instances) expect(link.isUp).toBe(isUp);
  }, 10_000);

describeWithRedis('presence while Redis is down, and after', () => {
  it('fails fast while Redis is down; once it is back, the entries of the cut sockets are reaped', async () => {
    redis = await OwnRedisServer.start({ keepsData: true });
    cluster = new PresenceCluster(redis.url);
    const a = await cluster.instance();
    const b = await cluster.instance();
    const board = randomUUID();
    const weber = participant('Dr. Jonas Weber');
    const kim = participant('Dr. Kim Min-jun', true);
    await a.store.join(board, weber, 'tab-weber');
    await b.store.join(board, kim, 'tab-kim');

    await redis.kill();
    await whenLinked([a, b], false);
    // io.ts cuts every socket now; their clean-up writes, and anything else, fail at once.
    expect(await fails(a.store.disconnect(board, weber.userId, 'tab-weber'))).toBeLessThan(
      FAILS_WITHIN_MS,
    );
    expect(await fails(b.store.disconnect(board, kim.userId, 'tab-kim'))).toBeLessThan(
      FAILS_WITHIN_MS,
    );
    expect(await fails(a.store.list(board))).toBeLessThan(FAILS_WITHIN_MS);
    expect(await fails(a.store.join(board, weber, 'tab-weber-2'))).toBeLessThan(FAILS_WITHIN_MS);

    await redis.resume();
    await whenLinked([a, b], true);
    // Redis kept what it held, sockets that no longer exist included: both incarnations of the
    // outage were abandoned, so their leases lapse and the reaper takes those people out.
    await eventually(async () => {
      expect(leftHeardBy([a, b], weber.userId)).toHaveLength(1);
      expect(leftHeardBy([a, b], kim.userId)).toHaveLength(1);
      expect(await a.store.list(board)).toMatchObject({ version: 4, entries: [] });
    }, REAPED_WITHIN_MS);

    // The clients reconnect and join again.
    expect(await b.store.join(board, kim, 'tab-kim-again')).toEqual({
      kind: 'joined',
      version: 5,
      entry: online(kim),
    });
    expect(await a.store.list(board)).toMatchObject({ version: 5, entries: [online(kim)] });

    // Everything the stores wrote is under the cluster's prefix (this Redis is ours alone).
    const inspector = cluster.inspector();
    try {
      const keys = await inspector.keys('*');
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.filter((key) => !key.startsWith(cluster?.prefix ?? '-'))).toEqual([]);
    } finally {
      inspector.disconnect();
    }
  }, 40_000);

  it('works again at once when Redis comes back empty', async () => {
    redis = await OwnRedisServer.start({ keepsData: false });
    cluster = new PresenceCluster(redis.url);
    const a = await cluster.instance();
    const board = randomUUID();
    const weber = participant('Dr. Jonas Weber');
    await a.store.join(board, weber, 'tab-weber');

    await redis.kill();
    await whenLinked([a], false);
    // The socket is cut (io.ts); its clean-up cannot reach Redis.
    await fails(a.store.disconnect(board, weber.userId, 'tab-weber'));
    await redis.resume();
    await whenLinked([a], true);

    // A new incarnation is taken on the first write; the version sequence starts again, and
    // every client's join reply carries the whole list with it.
    expect(await a.store.join(board, weber, 'tab-weber-again')).toEqual({
      kind: 'joined',
      version: 1,
      entry: online(weber),
    });
    expect(await a.store.list(board)).toEqual({
      boardId: board,
      version: 1,
      entries: [online(weber)],
    });
    expect(a.heard).toEqual([]);
  }, 40_000);
});
