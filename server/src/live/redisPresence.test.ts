import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeWithRedis, TEST_REDIS_URL } from '../test/redis';
import {
  eventually,
  leftHeardBy,
  online,
  PresenceCluster,
  participant,
  REAPED_WITHIN_MS,
  reconnecting,
} from './redisPresenceFixture';
import { presenceKeys } from './redisPresenceScripts';

let cluster: PresenceCluster;
let board: string;

beforeEach(() => {
  cluster = new PresenceCluster(TEST_REDIS_URL);
  board = randomUUID();
});

afterEach(async () => {
  await cluster.destroy();
});

describeWithRedis('presence shared through Redis', () => {
  it('lists the participants of every instance under one version sequence, in order of joining', async () => {
    const a = await cluster.instance();
    const b = await cluster.instance();
    const weber = participant('Dr. Jonas Weber');
    const kim = participant('Dr. Kim Min-jun', true);

    expect(await a.store.join(board, weber, 'tab-weber')).toEqual({
      kind: 'joined',
      version: 1,
      entry: online(weber),
    });
    expect(await b.store.join(board, kim, 'tab-kim')).toEqual({
      kind: 'joined',
      version: 2,
      entry: online(kim),
    });
    const expected = { boardId: board, version: 2, entries: [online(weber), online(kim)] };
    expect(await a.store.list(board)).toEqual(expected);
    expect(await b.store.list(board)).toEqual(expected);
    expect(await a.store.list(randomUUID())).toMatchObject({ version: 0, entries: [] });
  });

  it('keeps someone with tabs on two instances until their last tab anywhere leaves', async () => {
    const a = await cluster.instance();
    const b = await cluster.instance();
    const weber = participant('Dr. Jonas Weber');

    await a.store.join(board, weber, 'tab-on-a');
    expect(await b.store.join(board, weber, 'tab-on-b')).toBeNull();
    expect(await a.store.leave(board, weber.userId, 'tab-on-a')).toBeNull();
    // A dropped tab while another is open elsewhere starts no grace either.
    await a.store.join(board, weber, 'tab-on-a-again');
    expect(await a.store.disconnect(board, weber.userId, 'tab-on-a-again')).toBeNull();
    expect(await b.store.list(board)).toEqual({
      boardId: board,
      version: 1,
      entries: [online(weber)],
    });

    expect(await b.store.leave(board, weber.userId, 'tab-on-b')).toEqual({
      kind: 'left',
      version: 2,
      userId: weber.userId,
    });
    expect(await a.store.list(board)).toMatchObject({ version: 2, entries: [] });
  });

  it('hands a joined and a left to exactly one of two instances racing for them', async () => {
    const a = await cluster.instance();
    const b = await cluster.instance();
    const kim = participant('Dr. Kim Min-jun', true);
    const versions: number[] = [];

    for (let round = 0; round < 25; round += 1) {
      const joins = await Promise.all([
        a.store.join(board, kim, `a-${round}`),
        b.store.join(board, kim, `b-${round}`),
      ]);
      expect(joins.filter((change) => change?.kind === 'joined')).toHaveLength(1);
      expect(joins.filter((change) => change === null)).toHaveLength(1);
      const leaves = await Promise.all([
        a.store.leave(board, kim.userId, `a-${round}`),
        b.store.leave(board, kim.userId, `b-${round}`),
      ]);
      expect(leaves.filter((change) => change?.kind === 'left')).toHaveLength(1);
      expect(leaves.filter((change) => change === null)).toHaveLength(1);
      for (const change of [...joins, ...leaves]) if (change) versions.push(change.version);
    }
    // Every change has its own version, and none is skipped: clients see no gap.
    expect(versions).toEqual(versions.map((_, index) => index + 1));
  });

  it('shows a dropped participant as reconnecting; a rejoin on another instance ends the grace', async () => {
    const a = await cluster.instance();
    const b = await cluster.instance();
    const kim = participant('Dr. Kim Min-jun', true);
    await a.store.join(board, kim, 'tab-on-a');

    expect(await a.store.disconnect(board, kim.userId, 'tab-on-a', 300)).toEqual({
      kind: 'changed',
      version: 2,
      entry: reconnecting(kim),
    });
    expect(await b.store.list(board)).toMatchObject({ entries: [reconnecting(kim)] });
    expect(await b.store.join(board, kim, 'tab-on-b')).toEqual({
      kind: 'changed',
      version: 3,
      entry: online(kim),
    });

    // A's timer still runs out at 300 ms; bounded wait: it ran (and found the grace gone)
    // well before 1.5 s, so nothing heard by then means nothing will be.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect([...a.heard, ...b.heard]).toEqual([]);
    expect(await a.store.list(board)).toEqual({
      boardId: board,
      version: 3,
      entries: [online(kim)],
    });
  });

  it('ends a grace on the instance that runs it, and only there', async () => {
    const a = await cluster.instance();
    const b = await cluster.instance();
    const weber = participant('Dr. Jonas Weber');
    const kim = participant('Dr. Kim Min-jun', true);
    await b.store.join(board, weber, 'tab-weber');
    await a.store.join(board, kim, 'tab-kim');
    await a.store.disconnect(board, kim.userId, 'tab-kim', 200);

    await eventually(() => expect(a.heard).toHaveLength(1), 3_000);
    expect(a.heard).toEqual([
      { boardId: board, change: { kind: 'left', version: 4, userId: kim.userId } },
    ]);
    expect(b.heard).toEqual([]);
    expect(await b.store.list(board)).toEqual({
      boardId: board,
      version: 4,
      entries: [online(weber)],
    });
  });

  it("reaps an instance whose lease lapsed: its participants leave unless they're held elsewhere", async () => {
    const a = await cluster.instance();
    const b = await cluster.instance();
    const onlyOnA = participant('Dr. Jonas Weber');
    const onBoth = participant('Dr. Kim Min-jun', true);
    const graceOnA = participant('Dr. Lee Seo-yeon', true);
    await a.store.join(board, onlyOnA, 'a-1');
    await a.store.join(board, onBoth, 'a-2');
    await b.store.join(board, onBoth, 'b-2');
    await a.store.join(board, graceOnA, 'a-3');
    // A grace far longer than the test: only the reaper can end it.
    await a.store.disconnect(board, graceOnA.userId, 'a-3', 60_000);
    const deadIncarnation = await a.store.lease.current();

    // A dies: its lease is no longer renewed and it writes nothing more, as after kill -9.
    a.store.stop();
    a.link.commands.disconnect();
    const diedAt = Date.now();

    await eventually(() => {
      expect(leftHeardBy([b], onlyOnA.userId)).toHaveLength(1);
      expect(leftHeardBy([b], graceOnA.userId)).toHaveLength(1);
    }, REAPED_WITHIN_MS);
    expect(Date.now() - diedAt).toBeLessThan(REAPED_WITHIN_MS);
    expect(b.heard.map(({ change }) => change?.kind)).toEqual(['left', 'left']);
    expect(await b.store.list(board)).toMatchObject({ version: 6, entries: [online(onBoth)] });

    // Nothing of the dead incarnation is left behind.
    const redis = cluster.inspector();
    const keys = presenceKeys(cluster.prefix);
    try {
      expect(await redis.hvals(keys.sockets(board, onBoth.userId))).toEqual([
        await b.store.lease.current(),
      ]);
      expect(await redis.exists(keys.holds(deadIncarnation))).toBe(0);
      expect(await redis.sismember(b.store.lease.registryKey, deadIncarnation)).toBe(0);
    } finally {
      redis.disconnect();
    }
  });

  it('goes on as a new incarnation after its lease lapsed (a stall), holding its sockets again', async () => {
    const a = await cluster.instance();
    const b = await cluster.instance();
    const weber = participant('Dr. Jonas Weber');
    await a.store.join(board, weber, 'tab-weber');
    const stalled = await a.store.lease.current();

    // As if A had not renewed for a whole lifetime: its key is gone, B may reap it any moment.
    const redis = cluster.inspector();
    try {
      await redis.del(a.store.lease.aliveKey(stalled));
      await eventually(
        () => expect(redis.sismember(b.store.lease.registryKey, stalled)).resolves.toBe(0),
        REAPED_WITHIN_MS,
      );
      const current = await a.store.lease.current();
      expect(current).not.toBe(stalled);
      // Reaped and asserted again in either order: weber ends up online, held by A's new self.
      await eventually(async () => {
        expect(await b.store.list(board)).toMatchObject({ entries: [online(weber)] });
        const keys = presenceKeys(cluster.prefix);
        expect(await redis.hvals(keys.sockets(board, weber.userId))).toEqual([current]);
      }, REAPED_WITHIN_MS);
      // Each 'left' the reaper reported was followed by a 'joined' from A's new incarnation.
      const lefts = leftHeardBy([a, b], weber.userId).length;
      const joins = a.heard.filter(({ change }) => change?.kind === 'joined').length;
      expect(joins).toBe(lefts);
    } finally {
      redis.disconnect();
    }
  });

  it('refuses to write as a lapsed incarnation and writes as a new one instead', async () => {
    const a = await cluster.instance();
    const weber = participant('Dr. Jonas Weber');
    const stalled = await a.store.lease.current();
    const redis = cluster.inspector();
    try {
      await redis.del(a.store.lease.aliveKey(stalled));
      expect(await a.store.join(board, weber, 'tab-weber')).toMatchObject({ kind: 'joined' });
      const keys = presenceKeys(cluster.prefix);
      const [holder] = await redis.hvals(keys.sockets(board, weber.userId));
      expect(holder).not.toBe(stalled);
      expect(holder).toBe(await a.store.lease.current());
    } finally {
      redis.disconnect();
    }
  });
});
