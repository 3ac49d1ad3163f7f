import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { userIdOf } from '../../test/queries';
import {
  COORDINATOR_BERLIN,
  COORDINATOR_SEOUL,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
  SURGEON_BERLIN,
  useLiveBoard,
} from './liveBoardFixture';

describeEachDatabase('the live board', (dialect) => {
  const ctx = useLiveBoard(dialect);
  const { join, everyoneSees, atMinute } = ctx;

  describe('running the board', () => {
    it('queues hands oldest first; calling on someone lowers their hand and gives them the floor', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      const seoul = await join(ONCOLOGIST_SEOUL);
      const berlin = await join(ONCOLOGIST_BERLIN);
      const seoulCoordinator = await join(COORDINATOR_SEOUL);
      await coordinator.ok('board:start', { boardId: ctx.board.id, confirmEarly: true });

      await seoul.ok('hand:raise', { boardId: ctx.board.id });
      ctx.server.clock.advanceMinutes(1);
      await berlin.ok('hand:raise', { boardId: ctx.board.id });
      ctx.server.clock.advanceMinutes(1);
      await seoulCoordinator.ok('hand:raise', { boardId: ctx.board.id });
      const raised = await coordinator.next('session:state', (state) => state.version === 4);
      expect(raised.hands).toEqual([
        {
          userId: seoul.userId,
          name: 'Dr. 김민준 (Kim Min-jun)',
          institutionCode: 'SCCC',
          raisedAt: atMinute(0),
        },
        {
          userId: berlin.userId,
          name: 'Dr. Jonas Weber',
          institutionCode: 'CCCC',
          raisedAt: atMinute(1),
        },
        {
          userId: seoulCoordinator.userId,
          name: '박서연 (Park Seo-yeon)',
          institutionCode: 'SCCC',
          raisedAt: atMinute(2),
        },
      ]);

      await berlin.ok('hand:lower', { boardId: ctx.board.id });
      await coordinator.ok('hand:callOn', { boardId: ctx.board.id, userId: seoul.userId });
      for (const seen of await everyoneSees([coordinator, seoul, berlin, seoulCoordinator], 6)) {
        expect(seen.speakerId).toBe(seoul.userId);
        expect(seen.hands.map((hand) => hand.userId)).toEqual([seoulCoordinator.userId]);
      }

      // The chair may take down someone else's hand.
      await coordinator.ok('hand:lower', {
        boardId: ctx.board.id,
        userId: seoulCoordinator.userId,
      });
      expect((await seoul.next('session:state', (s) => s.version === 7)).hands).toEqual([]);
    });

    it('lets a co-chair named by a coordinator run the board, until they are removed', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      const berlin = await join(ONCOLOGIST_BERLIN);
      await coordinator.ok('board:start', { boardId: ctx.board.id, confirmEarly: true });
      expect(
        await berlin.refusal('session:setCase', {
          boardId: ctx.board.id,
          caseId: ctx.secondCase.id,
        }),
      ).toBe('forbidden');

      await coordinator.ok('session:setCoChair', {
        boardId: ctx.board.id,
        userId: berlin.userId,
        isCoChair: true,
      });
      expect((await berlin.next('session:state', (s) => s.version === 2)).coChairIds).toEqual([
        berlin.userId,
      ]);
      const moved = await berlin.ok('session:setCase', {
        boardId: ctx.board.id,
        caseId: ctx.secondCase.id,
      });
      expect(moved).toMatchObject({ version: 3, currentCaseId: ctx.secondCase.id });
      await berlin.ok('timer:start', { boardId: ctx.board.id });
      // Chairing is not appointing: only coordinators name co-chairs.
      expect(
        await berlin.refusal('session:setCoChair', {
          boardId: ctx.board.id,
          userId: berlin.userId,
          isCoChair: false,
        }),
      ).toBe('forbidden');

      await coordinator.ok('session:setCoChair', {
        boardId: ctx.board.id,
        userId: berlin.userId,
        isCoChair: false,
      });
      expect(await berlin.refusal('timer:pause', { boardId: ctx.board.id })).toBe('forbidden');
    });

    it('names only invited participants as co-chairs', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      await coordinator.ok('board:start', { boardId: ctx.board.id, confirmEarly: true });
      for (const email of [SURGEON_BERLIN, 'oncologist.vienna@konsil.test']) {
        expect(
          await coordinator.refusal('session:setCoChair', {
            boardId: ctx.board.id,
            userId: await userIdOf(ctx.server.db, email),
            isCoChair: true,
          }),
          email,
        ).toBe('validation_failed');
      }
      // Answered after any broadcast a refused command might have caused.
      await coordinator.ok('presence:sync', { boardId: ctx.board.id });
      expect(coordinator.states.map((state) => state.version)).toEqual([1]);
    });
  });
});
