import { describe, expect, it } from 'vitest';
import { boardOf, signIn } from '../../test/api';
import { describeEachDatabase } from '../../test/databases';
import { COORDINATOR_BERLIN, ONCOLOGIST_SEOUL, useLiveBoard } from './liveBoardFixture';

describeEachDatabase('the live board', (dialect) => {
  const ctx = useLiveBoard(dialect);
  const { join, everyoneSees } = ctx;

  describe('running the board', () => {
    it('ends the board for everyone; after that every command is refused as not live', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      const seoul = await join(ONCOLOGIST_SEOUL);
      await coordinator.ok('board:start', { boardId: ctx.board.id, confirmEarly: true });
      await coordinator.ok('timer:start', { boardId: ctx.board.id });
      await seoul.ok('hand:raise', { boardId: ctx.board.id });
      await coordinator.ok('hand:callOn', { boardId: ctx.board.id, userId: seoul.userId });
      ctx.server.clock.advanceMinutes(6);

      await coordinator.ok('board:end', { boardId: ctx.board.id });
      for (const seen of await everyoneSees([coordinator, seoul], 5)) {
        expect(seen).toMatchObject({
          status: 'ended',
          hands: [],
          speakerId: null,
          timer: { state: 'paused', remainingMs: 240_000 },
        });
      }
      const rest = boardOf(
        await (await signIn(ctx.server, COORDINATOR_BERLIN)).get(`/api/boards/${ctx.board.id}`),
      );
      expect(rest.status).toBe('ended');

      const boardId = ctx.board.id;
      expect({
        'board:start': await coordinator.outcome('board:start', { boardId }),
        'session:setCase': await coordinator.outcome('session:setCase', {
          boardId,
          caseId: ctx.secondCase.id,
        }),
        'session:setCoChair': await coordinator.outcome('session:setCoChair', {
          boardId,
          userId: seoul.userId,
          isCoChair: true,
        }),
        'timer:start': await coordinator.outcome('timer:start', { boardId }),
        'timer:pause': await coordinator.outcome('timer:pause', { boardId }),
        'timer:extend': await coordinator.outcome('timer:extend', { boardId, minutes: 5 }),
        'hand:raise': await seoul.outcome('hand:raise', { boardId }),
        'hand:callOn': await coordinator.outcome('hand:callOn', { boardId, userId: seoul.userId }),
      }).toEqual({
        'board:start': 'board_not_live',
        'session:setCoChair': 'board_not_live',
        'session:setCase': 'board_not_live',
        'timer:start': 'board_not_live',
        'timer:pause': 'board_not_live',
        'timer:extend': 'board_not_live',
        'hand:raise': 'board_not_live',
        'hand:callOn': 'board_not_live',
      });
      // Ending again is a repeat, not a change.
      expect(await coordinator.ok('board:end', { boardId })).toMatchObject({ version: 5 });
      await seoul.ok('presence:sync', { boardId });
      expect(seoul.states.map((state) => state.version)).toEqual([1, 2, 3, 4, 5]);
    });

    it('refuses to end a board that never went live', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      expect(await coordinator.refusal('board:end', { boardId: ctx.board.id })).toBe(
        'board_not_live',
      );
    });
  });
});
