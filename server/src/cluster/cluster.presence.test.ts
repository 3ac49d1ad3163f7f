import { LIMITS } from '@konsil/shared';
import { describe, expect, it, vi } from 'vitest';
import { presenceKeys } from '../live/redisPresenceScripts';
import {
  COORDINATOR_BERLIN,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
} from '../realtime/handlers/liveBoardFixture';
import { isDialectAvailable } from '../test/databases';
import { isRedisAvailable } from '../test/redis';
import { useTwoApps } from './twoAppsFixture';

/** What the issue promises for presence crossing instances, measured from the action. */
const CROSS_MS = 1_000;
/** What the issue promises for the participants of a dead instance, measured from its death. */
const GONE_AFTER_DEATH_MS = 10_000;

/** The time left until `within` ms after `startedAt`. */
const leftOf = (startedAt: number, within = CROSS_MS) =>
  Math.max(startedAt + within - Date.now(), 1);

// Like every suite on real services: skipped only where PostgreSQL or Redis is absent and not required.
const hasServices = isRedisAvailable && isDialectAvailable('postgres');

describe.skipIf(!hasServices)('cluster: presence across two instances in one process', () => {
  const ctx = useTwoApps();

  it('lists a participant who joins on B for one on A within a second, and A for B', async () => {
    const chair = await ctx.joinOn('A', COORDINATOR_BERLIN);
    const seoulTab = await ctx.openTab(await ctx.signInOn('B', ONCOLOGIST_SEOUL), ONCOLOGIST_SEOUL);

    const startedAt = Date.now();
    const joining = seoulTab.ok('board:join', { boardId: ctx.boardId });
    const joined = await chair.next(
      'presence:joined',
      ({ entry }) => entry.userId === seoulTab.userId,
      leftOf(startedAt),
    );
    expect(joined).toMatchObject({
      boardId: ctx.boardId,
      version: 2,
      entry: { status: 'online', institution: { code: 'SCCC' } },
    });
    // Seoul's join reply on B lists Berlin's chair on A, at the same version.
    const reply = await joining;
    expect(reply.presence).toMatchObject({
      version: 2,
      entries: [{ userId: chair.userId }, { userId: seoulTab.userId }],
    });
    expect(await chair.ok('presence:sync', { boardId: ctx.boardId })).toEqual(reply.presence);
  });

  it('carries a leave and a dropped connection across within a second', async () => {
    const chair = await ctx.joinOn('A', COORDINATOR_BERLIN);
    const seoul = await ctx.joinOn('B', ONCOLOGIST_SEOUL);
    const berlin = await ctx.joinOn('B', ONCOLOGIST_BERLIN);

    let startedAt = Date.now();
    await seoul.ok('board:leave', { boardId: ctx.boardId });
    expect(
      await chair.next('presence:left', ({ userId }) => userId === seoul.userId, leftOf(startedAt)),
    ).toEqual({ boardId: ctx.boardId, version: 4, userId: seoul.userId });

    startedAt = Date.now();
    berlin.drop();
    expect(
      await chair.next(
        'presence:changed',
        ({ entry }) => entry.userId === berlin.userId,
        leftOf(startedAt),
      ),
    ).toMatchObject({ version: 5, entry: { status: 'reconnecting' } });
    // B's grace timer ends it: everyone on A hears it once.
    expect(
      await chair.next(
        'presence:left',
        ({ userId }) => userId === berlin.userId,
        LIMITS.realtime.closedTabGraceMs + 2_000,
      ),
    ).toEqual({ boardId: ctx.boardId, version: 6, userId: berlin.userId });
  });

  it('keeps someone with tabs on A and B present while one tab remains', async () => {
    const chair = await ctx.joinOn('A', COORDINATOR_BERLIN);
    const browserOnA = await ctx.signInOn('A', ONCOLOGIST_SEOUL);
    const tabOnA = await ctx.joinIn(browserOnA, ONCOLOGIST_SEOUL);
    const tabOnB = await ctx.joinIn(ctx.sameBrowserOn(browserOnA, 'B'), ONCOLOGIST_SEOUL);
    expect(tabOnB.joined.presence.version).toBe(2);

    tabOnA.close();
    // Once A has taken the closed tab's socket out, only B's remains and no grace runs: there
    // is no timer that could still take Seoul out, and the version did not move.
    const keys = presenceKeys(ctx.prefix);
    const redis = ctx.inspector();
    try {
      await vi.waitFor(
        async () => {
          const holders = await redis.hvals(keys.sockets(ctx.boardId, tabOnA.userId));
          expect(holders).toEqual([await ctx.incarnationOf('B')]);
        },
        { timeout: 3_000, interval: 20 },
      );
      expect(await redis.hexists(keys.grace(ctx.boardId), tabOnA.userId)).toBe(0);
    } finally {
      redis.disconnect();
    }
    expect(await chair.ok('presence:sync', { boardId: ctx.boardId })).toMatchObject({
      version: 2,
      entries: [{ userId: chair.userId }, { userId: tabOnB.userId, status: 'online' }],
    });

    // The last tab goes: now Seoul leaves.
    await tabOnB.ok('board:leave', { boardId: ctx.boardId });
    expect(
      await chair.next('presence:left', ({ userId }) => userId === tabOnB.userId),
    ).toMatchObject({ version: 3 });
    expect(chair.received.map(({ event }) => event)).toEqual(['presence:joined', 'presence:left']);
  });

  it("takes a dead instance's participants out within 10 s, keeps those still on the survivor, and brings them back when they reconnect", async () => {
    const boardId = ctx.boardId;
    const chair = await ctx.joinOn('B', COORDINATOR_BERLIN);
    await chair.ok('board:start', { boardId, confirmEarly: true });
    const seoulBrowser = await ctx.signInOn('A', ONCOLOGIST_SEOUL);
    const seoul = await ctx.joinIn(seoulBrowser, ONCOLOGIST_SEOUL);
    const raised = await seoul.ok('hand:raise', { boardId });
    const berlinBrowser = await ctx.signInOn('A', ONCOLOGIST_BERLIN);
    const berlinOnA = await ctx.joinIn(berlinBrowser, ONCOLOGIST_BERLIN);
    await ctx.joinIn(ctx.sameBrowserOn(berlinBrowser, 'B'), ONCOLOGIST_BERLIN);
    const deadIncarnation = await ctx.incarnationOf('A');

    const diedAt = Date.now();
    ctx.killInstance('A');
    const left = await chair.next(
      'presence:left',
      ({ userId }) => userId === seoul.userId,
      leftOf(diedAt, GONE_AFTER_DEATH_MS),
    );
    expect(left.version).toBe(4);
    // The 'left' side effects ran: Seoul's hand came down and the attendance closed.
    const lowered = await chair.next(
      'session:state',
      (state) => state.version > raised.version && state.hands.length === 0,
    );
    expect(lowered.hands).toEqual([]);
    await vi.waitFor(async () => {
      const open = await ctx.db
        .selectFrom('attendance')
        .select('left_at')
        .where('board_id', '=', boardId)
        .where('user_id', '=', seoul.userId)
        .execute();
      expect(open).toEqual([{ left_at: expect.any(String) }]);
    });

    // Once the dead incarnation is forgotten, everything it held was reaped: Berlin, who still
    // has a tab on B, is online and nobody heard otherwise.
    const redis = ctx.inspector();
    try {
      await vi.waitFor(
        async () => {
          const registry = `${ctx.prefix}instances`;
          expect(await redis.sismember(registry, deadIncarnation)).toBe(0);
        },
        { timeout: 5_000, interval: 50 },
      );
    } finally {
      redis.disconnect();
    }
    expect(await chair.ok('presence:sync', { boardId })).toMatchObject({
      version: 4,
      entries: [
        { userId: chair.userId, status: 'online' },
        { userId: berlinOnA.userId, status: 'online' },
      ],
    });
    const aboutBerlin = chair.received.filter(
      ({ event, payload }) =>
        event !== 'session:state' && JSON.stringify(payload).includes(berlinOnA.userId),
    );
    expect(aboutBerlin.map(({ event }) => event)).toEqual(['presence:joined']);

    // Seoul's browser reconnects, now to B: back in the list for everyone.
    const startedAt = Date.now();
    const back = await ctx.joinIn(ctx.sameBrowserOn(seoulBrowser, 'B'), ONCOLOGIST_SEOUL);
    expect(
      await chair.next(
        'presence:joined',
        ({ entry, version }) => entry.userId === seoul.userId && version > left.version,
        leftOf(startedAt, CROSS_MS + 1_000),
      ),
    ).toMatchObject({ version: 5, entry: { status: 'online' } });
    expect(back.joined.presence.entries.map((entry) => entry.userId)).toEqual([
      chair.userId,
      berlinOnA.userId,
      seoul.userId,
    ]);
  }, 30_000);
});
