import { LIMITS } from '@konsil/shared';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases';
import {
  COORDINATOR_BERLIN,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
  useLiveBoard,
} from './handlers/liveBoardFixture';

/** A clean close counts as gone after the closed-tab grace; this is how long a test waits for it. */
const GONE_WITHIN_MS = 5_000;

describeEachDatabase('live truth: presence follows the tabs', (dialect) => {
  const ctx = useLiveBoard(dialect);
  const { join, joinAgain, entryOf } = ctx;

  it('takes a participant whose tab closed out of presence within 5 s', async () => {
    expect(LIMITS.realtime.closedTabGraceMs).toBeLessThan(GONE_WITHIN_MS);
    const chair = await join(COORDINATOR_BERLIN);
    const seoul = await join(ONCOLOGIST_SEOUL);
    const isSeoul = ({ userId }: { userId: string }) => userId === seoul.userId;
    const left = chair.next('presence:left', isSeoul, GONE_WITHIN_MS);

    seoul.close();
    // Briefly reconnecting (a reload comes back in time), then gone.
    expect(await chair.next('presence:changed', ({ entry }) => isSeoul(entry))).toEqual({
      boardId: ctx.board.id,
      version: 3,
      entry: await entryOf(ONCOLOGIST_SEOUL, 'reconnecting'),
    });
    expect(await left).toEqual({ boardId: ctx.board.id, version: 4, userId: seoul.userId });
    expect(await chair.ok('presence:sync', { boardId: ctx.board.id })).toEqual({
      boardId: ctx.board.id,
      version: 4,
      entries: [await entryOf(COORDINATOR_BERLIN)],
    });
  });

  it('shows a participant whose network dropped as reconnecting, with their hand still raised', async () => {
    const boardId = ctx.board.id;
    const chair = await join(COORDINATOR_BERLIN);
    await chair.ok('board:start', { boardId, confirmEarly: true });
    const seoul = await join(ONCOLOGIST_SEOUL);
    const raised = await seoul.ok('hand:raise', { boardId });
    const isSeoul = ({ userId }: { userId: string }) => userId === seoul.userId;

    seoul.drop();
    expect(await chair.next('presence:changed', ({ entry }) => isSeoul(entry))).toMatchObject({
      entry: { userId: seoul.userId, status: 'reconnecting' },
    });
    // While they reconnect, the board's next change still carries their hand …
    const timed = await chair.ok('timer:start', { boardId });
    expect(timed.hands.map((hand) => hand.userId)).toEqual([seoul.userId]);
    // … and so does what they find when they are back.
    const back = await joinAgain(seoul);
    expect(back.joined.state.hands).toEqual(raised.hands);
    expect(await chair.next('presence:changed', ({ entry }) => isSeoul(entry))).toMatchObject({
      entry: { userId: seoul.userId, status: 'online' },
    });
    // No snapshot in between took the hand down.
    await chair.next('session:state', (state) => state.version === timed.version);
    const since = chair.states.filter((state) => state.version >= raised.version);
    expect(since.map((state) => state.hands.map((hand) => hand.userId))).toEqual(
      since.map(() => [seoul.userId]),
    );
  });

  it('frees the floor and takes the hand down of participants who leave for good', async () => {
    const boardId = ctx.board.id;
    const chair = await join(COORDINATOR_BERLIN);
    await chair.ok('board:start', { boardId, confirmEarly: true });
    const speaker = await join(ONCOLOGIST_SEOUL);
    const waiting = await join(ONCOLOGIST_BERLIN);
    await speaker.ok('hand:raise', { boardId });
    await waiting.ok('hand:raise', { boardId });
    const called = await chair.ok('hand:callOn', { boardId, userId: speaker.userId });
    expect(called).toMatchObject({
      speakerId: speaker.userId,
      hands: [{ userId: waiting.userId }],
    });

    // The speaker closes the tab: once gone, nobody has the floor.
    speaker.close();
    await chair.next('presence:left', ({ userId }) => userId === speaker.userId, GONE_WITHIN_MS);
    const freed = await chair.next(
      'session:state',
      (state) => state.version > called.version && state.speakerId === null,
      1_000,
    );
    expect(freed).toMatchObject({ speakerId: null, hands: [{ userId: waiting.userId }] });

    // The one waiting loses the network and does not come back: the hand comes down.
    waiting.drop();
    await chair.next('presence:left', ({ userId }) => userId === waiting.userId, GONE_WITHIN_MS);
    const lowered = await chair.next(
      'session:state',
      (state) => state.version > freed.version && state.hands.length === 0,
      1_000,
    );
    expect(lowered).toMatchObject({ speakerId: null, hands: [], version: freed.version + 1 });
  });
});
