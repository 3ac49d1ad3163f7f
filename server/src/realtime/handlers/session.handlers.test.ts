import { describe, expect, it } from 'vitest';
import { boardOf, signIn } from '../../test/api';
import { describeEachDatabase } from '../../test/databases';
import { buildBoard, buildCase } from '../../test/factories';
import { joinAs } from '../../test/liveClient';
import {
  COORDINATOR_BERLIN,
  MINUTE,
  OBSERVER_BERLIN,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
  useLiveBoard,
} from './liveBoardFixture';

describeEachDatabase('the live board', (dialect) => {
  const ctx = useLiveBoard(dialect);
  const { clients, join, everyoneSees } = ctx;

  describe('running the board', () => {
    it('goes live on the first case when a coordinator starts it, for every client', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      const seoul = await join(ONCOLOGIST_SEOUL);
      const observer = await join(OBSERVER_BERLIN);

      const started = await coordinator.ok('board:start', {
        boardId: ctx.board.id,
        confirmEarly: true,
      });
      expect(started).toEqual({
        version: 1,
        boardId: ctx.board.id,
        status: 'live',
        currentCaseId: ctx.firstCase.id,
        isCurrentCaseHidden: false,
        coChairIds: [],
        timer: {
          caseId: ctx.firstCase.id,
          state: 'idle',
          allottedMs: 10 * MINUTE,
          remainingMs: 600_000,
        },
        hands: [],
        speakerId: null,
      });
      for (const seen of await everyoneSees([coordinator, seoul, observer], 1)) {
        expect(seen).toEqual(started);
      }
      const rest = boardOf(
        await (await signIn(ctx.server, ONCOLOGIST_SEOUL)).get(`/api/boards/${ctx.board.id}`),
      );
      expect(rest.status).toBe('live');
    });

    it('moves everyone to the case the chair sets, with that case’s timer', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      const seoul = await join(ONCOLOGIST_SEOUL);
      await coordinator.ok('board:start', { boardId: ctx.board.id, confirmEarly: true });
      await coordinator.ok('timer:start', { boardId: ctx.board.id });
      ctx.server.clock.advanceMinutes(4);

      await coordinator.ok('session:setCase', { boardId: ctx.board.id, caseId: ctx.secondCase.id });
      for (const seen of await everyoneSees([coordinator, seoul], 3)) {
        expect(seen).toMatchObject({
          currentCaseId: ctx.secondCase.id,
          timer: {
            caseId: ctx.secondCase.id,
            state: 'idle',
            allottedMs: 15 * MINUTE,
            remainingMs: 900_000,
          },
        });
      }
    });

    it('keeps the time on the server: start, pause, extend and overrun', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      const seoul = await join(ONCOLOGIST_SEOUL);
      await coordinator.ok('board:start', { boardId: ctx.board.id, confirmEarly: true });
      const timerOf = async (version: number) =>
        (await seoul.next('session:state', (state) => state.version === version)).timer;

      await coordinator.ok('timer:start', { boardId: ctx.board.id });
      expect(await timerOf(2)).toMatchObject({ state: 'running', remainingMs: 600_000 });

      ctx.server.clock.advanceMinutes(3);
      await coordinator.ok('timer:pause', { boardId: ctx.board.id });
      expect(await timerOf(3)).toMatchObject({ state: 'paused', remainingMs: 420_000 });

      // Paused time does not count, whoever looks and whenever.
      ctx.server.clock.advanceMinutes(10);
      const latecomer = await join(ONCOLOGIST_BERLIN);
      expect(latecomer.joined.state.timer).toMatchObject({ state: 'paused', remainingMs: 420_000 });

      await coordinator.ok('timer:start', { boardId: ctx.board.id });
      expect(await timerOf(4)).toMatchObject({ state: 'running', remainingMs: 420_000 });

      ctx.server.clock.advanceMinutes(2);
      await coordinator.ok('timer:extend', { boardId: ctx.board.id, minutes: 5 });
      expect(await timerOf(5)).toEqual({
        caseId: ctx.firstCase.id,
        state: 'running',
        allottedMs: 15 * MINUTE,
        remainingMs: 600_000,
      });

      ctx.server.clock.advanceMinutes(12);
      await coordinator.ok('timer:pause', { boardId: ctx.board.id });
      expect(await timerOf(6)).toMatchObject({ state: 'paused', remainingMs: -120_000 });
      expect(
        (await latecomer.next('session:state', (state) => state.version === 6)).timer.remainingMs,
      ).toBe(-120_000);
    });

    it('neither bumps the version nor broadcasts when a command changes nothing', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      const seoul = await join(ONCOLOGIST_SEOUL);
      const observer = await join(OBSERVER_BERLIN);

      await coordinator.ok('board:start', { boardId: ctx.board.id, confirmEarly: true });
      expect(
        await coordinator.ok('board:start', { boardId: ctx.board.id, confirmEarly: true }),
      ).toMatchObject({
        version: 1,
      });
      await coordinator.ok('timer:start', { boardId: ctx.board.id });
      ctx.server.clock.advanceMinutes(1);
      // A repeat still answers with the time left now.
      expect(await coordinator.ok('timer:start', { boardId: ctx.board.id })).toMatchObject({
        version: 2,
        timer: { remainingMs: 540_000 },
      });
      await seoul.ok('hand:raise', { boardId: ctx.board.id });
      expect(await seoul.ok('hand:raise', { boardId: ctx.board.id })).toMatchObject({ version: 3 });
      expect(
        await coordinator.ok('session:setCase', {
          boardId: ctx.board.id,
          caseId: ctx.firstCase.id,
        }),
      ).toMatchObject({ version: 3 });
      expect(
        await coordinator.ok('hand:lower', { boardId: ctx.board.id, userId: observer.userId }),
      ).toMatchObject({ version: 3 });

      // The next real change arrives as version 4, right after 3: nothing came in between.
      await coordinator.ok('hand:callOn', { boardId: ctx.board.id, userId: seoul.userId });
      await everyoneSees([coordinator, seoul, observer], 4);
      for (const client of [coordinator, seoul, observer]) {
        expect(client.states.map((state) => state.version)).toEqual([1, 2, 3, 4]);
      }
    });

    it('refuses to set a case that is not on this board', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      await coordinator.ok('board:start', { boardId: ctx.board.id, confirmEarly: true });
      const elsewhere = await buildBoard(ctx.server.db, { host: 'CCCC', guests: ['SCCC'] });
      const foreign = await buildCase(ctx.server.db, { board: elsewhere, home: 'CCCC' });
      expect(
        await coordinator.refusal('session:setCase', { boardId: ctx.board.id, caseId: foreign.id }),
      ).toBe('not_found');
    });

    it('goes live without a case on an empty agenda, and has nothing to time', async () => {
      const empty = await buildBoard(ctx.server.db, { host: 'CCCC', guests: ['SCCC'] });
      const coordinator = await joinAs(ctx.server, COORDINATOR_BERLIN, empty.id);
      clients.push(coordinator);
      expect(
        await coordinator.ok('board:start', { boardId: empty.id, confirmEarly: true }),
      ).toMatchObject({
        status: 'live',
        currentCaseId: null,
        timer: { caseId: null, state: 'idle' },
      });
      expect(await coordinator.refusal('timer:start', { boardId: empty.id })).toBe(
        'validation_failed',
      );
      expect(await coordinator.refusal('timer:extend', { boardId: empty.id, minutes: 5 })).toBe(
        'validation_failed',
      );
    });
  });
});
