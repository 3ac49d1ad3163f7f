import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases';
import type { LiveClient } from '../test/liveClient';
import {
  COORDINATOR_BERLIN,
  COORDINATOR_SEOUL,
  OBSERVER_BERLIN,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
} from './handlers/liveBoardFixture';
import {
  expectNoTraceOf,
  hiddenView,
  IDLE_TIMER,
  MINUTE,
  useLiveTruthBoard,
} from './liveTruthFixture';

/** Everything the server pushed to these tabs, for scanning. */
const pushedTo = (tabs: LiveClient[]) => tabs.map((tab) => tab.received);

describeEachDatabase('live truth: each viewer hears the board as they may see it', (dialect) => {
  const ctx = useLiveTruthBoard(dialect);

  it('withholds an unconsented Berlin case from every Seoul socket: broadcasts, join replies and acks', async () => {
    const boardId = ctx.boardId;
    const hidden = ctx.agendaCase('berlinOnly');
    const chair = await ctx.join(COORDINATOR_BERLIN);
    await chair.ok('board:start', { boardId, confirmEarly: true });
    const berlin = await ctx.join(ONCOLOGIST_BERLIN);
    const observer = await ctx.join(OBSERVER_BERLIN);
    const seoul = await ctx.join(ONCOLOGIST_SEOUL);
    const seoulChair = await ctx.join(COORDINATOR_SEOUL);

    const moved = await chair.ok('session:setCase', { boardId, caseId: hidden.id });
    expect(moved).toMatchObject({
      currentCaseId: hidden.id,
      isCurrentCaseHidden: false,
      timer: { caseId: hidden.id, state: 'idle', allottedMs: 20 * MINUTE },
    });
    for (const tab of [seoul, seoulChair]) {
      expect(
        await tab.next('session:state', (state) => state.version === moved.version, 1_000),
        tab.email,
      ).toEqual(hiddenView(moved));
    }
    for (const tab of [berlin, observer]) {
      expect(await tab.next('session:state', (state) => state.version === moved.version)).toEqual(
        moved,
      );
    }

    // The timer runs for Berlin; Seoul's stays idle, with nothing of the case's time in it.
    const running = await chair.ok('timer:start', { boardId });
    expect(running.timer).toMatchObject({ caseId: hidden.id, state: 'running' });
    expect(await seoul.next('session:state', (state) => state.version === running.version)).toEqual(
      hiddenView(running),
    );
    expect(hiddenView(running).timer).toEqual(IDLE_TIMER);

    // A Seoul tab that joins now, and Seoul's own commands, are answered with the same projection.
    const lateTab = await ctx.join(ONCOLOGIST_SEOUL);
    expect(lateTab.joined.state).toEqual(hiddenView(running));
    const acks = [
      await seoul.ok('hand:raise', { boardId }),
      await seoulChair.ok('timer:extend', { boardId, minutes: 5 }),
    ];
    for (const ack of acks) {
      expect(ack).toMatchObject({ currentCaseId: null, isCurrentCaseHidden: true });
      expect(ack.timer).toEqual(IDLE_TIMER);
    }
    const extended = await chair.next(
      'session:state',
      (state) => state.version === acks[1]?.version,
    );
    expect(extended.timer).toMatchObject({ caseId: hidden.id, allottedMs: 25 * MINUTE });
    expect(extended.hands.map((hand) => hand.userId)).toEqual([seoul.userId]);

    // Every Seoul tab has heard the last change; nothing of the case is in anything they got.
    const seoulTabs = [seoul, seoulChair, lateTab];
    for (const tab of seoulTabs) {
      await tab.next('session:state', (state) => state.version === extended.version);
    }
    const everything = [
      ...pushedTo(seoulTabs),
      seoul.joined,
      seoulChair.joined,
      lateTab.joined,
      ...acks,
    ];
    expectNoTraceOf(ctx.tracesOfBerlinOnly(), everything, 'Seoul');
    // The scan can find what it looks for: Berlin's tabs did get the case.
    expect(JSON.stringify(pushedTo([berlin]))).toContain(hidden.id);
  });

  it('re-sends Seoul the snapshot it holds, hidden, within a second of consent being withdrawn', async () => {
    const boardId = ctx.boardId;
    const discussed = ctx.agendaCase('berlin');
    const chair = await ctx.join(COORDINATOR_BERLIN);
    await chair.ok('board:start', { boardId, confirmEarly: true });
    const running = await chair.ok('timer:start', { boardId });
    expect(running).toMatchObject({ currentCaseId: discussed.id, timer: { state: 'running' } });
    // One queue per board: the start's own re-check went out before this snapshot, so the tabs
    // that join now hear only what follows.
    await chair.next('session:state', (state) => state.version === running.version);
    const seoul = await ctx.join(ONCOLOGIST_SEOUL);
    const berlin = await ctx.join(ONCOLOGIST_BERLIN);
    expect(seoul.joined.state).toEqual(running);
    const heardBefore = seoul.received.length;
    const berlinStates = berlin.states.length;

    await ctx.withdrawConsent(discussed.id);
    const reprojected = await seoul.next(
      'session:state',
      (state) => state.isCurrentCaseHidden,
      1_000,
    );
    expect(reprojected).toEqual(hiddenView(running));
    expect(reprojected.version).toBe(running.version);

    // Berlin's view did not change, so it gets no snapshot; the refetch hint comes after any.
    await berlin.next('agenda:changed');
    expect(berlin.states).toHaveLength(berlinStates);

    // What Seoul hears from then on no longer names the case.
    const paused = await chair.ok('timer:pause', { boardId });
    expect(await seoul.next('session:state', (state) => state.version === paused.version)).toEqual(
      hiddenView(paused),
    );
    expect(JSON.stringify(seoul.received.slice(heardBefore))).not.toContain(discussed.id);
  });

  it('refuses a Seoul chair a Berlin-only case exactly as a case that does not exist', async () => {
    const boardId = ctx.boardId;
    const chair = await ctx.join(COORDINATOR_BERLIN);
    const started = await chair.ok('board:start', { boardId, confirmEarly: true });
    const seoulChair = await ctx.join(COORDINATOR_SEOUL);

    const hiddenReply = await seoulChair.emit('session:setCase', {
      boardId,
      caseId: ctx.agendaCase('berlinOnly').id,
    });
    const missingReply = await seoulChair.emit('session:setCase', {
      boardId,
      caseId: randomUUID(),
    });
    expect(hiddenReply).toEqual(missingReply);
    expect(hiddenReply).toMatchObject({ ok: false, error: { id: 'not_found' } });

    // Nothing moved: the Seoul chair's next command is the next version, on the same case.
    const seoulCase = ctx.agendaCase('seoul');
    const moved = await seoulChair.ok('session:setCase', { boardId, caseId: seoulCase.id });
    expect(moved).toMatchObject({ version: started.version + 1, currentCaseId: seoulCase.id });
    expect(chair.states.map((state) => state.currentCaseId)).not.toContain(
      ctx.agendaCase('berlinOnly').id,
    );
  });
});

describeEachDatabase('live truth: a board starts on a case its chair may read', (dialect) => {
  const ctx = useLiveTruthBoard(dialect, ['berlinOnly', 'berlin', 'seoul']);

  describe('with a Berlin-only case first on the agenda', () => {
    it('starts on the first case the Seoul chair may read when Seoul starts it', async () => {
      const boardId = ctx.boardId;
      const berlinChair = await ctx.join(COORDINATOR_BERLIN);
      const seoulChair = await ctx.join(COORDINATOR_SEOUL);
      const started = await seoulChair.ok('board:start', { boardId, confirmEarly: true });
      const firstReadable = ctx.agendaCase('berlin');
      expect(started).toMatchObject({
        status: 'live',
        currentCaseId: firstReadable.id,
        isCurrentCaseHidden: false,
        timer: { caseId: firstReadable.id, allottedMs: 10 * MINUTE },
      });
      expect(
        await berlinChair.next('session:state', (state) => state.version === started.version),
      ).toEqual(started);
      expectNoTraceOf(ctx.tracesOfBerlinOnly(), [seoulChair.received, started], 'the Seoul chair');
    });

    it('starts on it when Berlin starts, and Seoul joins to a hidden current case', async () => {
      const boardId = ctx.boardId;
      const hidden = ctx.agendaCase('berlinOnly');
      const berlinChair = await ctx.join(COORDINATOR_BERLIN);
      const started = await berlinChair.ok('board:start', { boardId, confirmEarly: true });
      expect(started).toMatchObject({ currentCaseId: hidden.id, isCurrentCaseHidden: false });
      const seoul = await ctx.join(ONCOLOGIST_SEOUL);
      expect(seoul.joined.state).toEqual(hiddenView(started));
      const raised = await seoul.ok('hand:raise', { boardId });
      expect(
        await seoul.next('session:state', (state) => state.version === raised.version),
      ).toEqual(raised);
      expectNoTraceOf(ctx.tracesOfBerlinOnly(), [seoul.received, seoul.joined, raised], 'Seoul');
    });
  });
});
