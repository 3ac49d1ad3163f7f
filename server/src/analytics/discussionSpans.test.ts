import { expect, it } from 'vitest';
import { COORDINATOR_BERLIN, useLiveBoard } from '../realtime/handlers/liveBoardFixture';
import { describeEachDatabase } from '../test/databases';
import { institutionIdOf } from '../test/queries';
import { computeAnalytics } from './computeAnalytics';

describeEachDatabase('discussion spans', (dialect) => {
  const ctx = useLiveBoard(dialect);

  const spans = () =>
    ctx.server.db
      .selectFrom('case_discussions')
      .select(['case_id', 'started_at', 'ended_at'])
      .where('board_id', '=', ctx.board.id)
      .orderBy('started_at')
      .execute();

  it('opens a span when a case becomes current, closes it on the next, and all at the end', async () => {
    const boardId = ctx.board.id;
    const first = ctx.firstCase.id;
    const second = ctx.secondCase.id;
    const chair = await ctx.join(COORDINATOR_BERLIN);
    const t0 = ctx.server.clock.now().toISOString();

    const started = await chair.ok('board:start', { boardId, confirmEarly: true });
    expect(started.currentCaseId).toBe(first);
    expect(await spans()).toEqual([{ case_id: first, started_at: t0, ended_at: null }]);

    ctx.server.clock.advanceMinutes(4);
    const t4 = ctx.server.clock.now().toISOString();
    await chair.ok('session:setCase', { boardId, caseId: second });
    ctx.server.clock.advanceMinutes(3);
    const t7 = ctx.server.clock.now().toISOString();
    // Choosing the current case again is a repeat: no new span.
    await chair.ok('session:setCase', { boardId, caseId: second });
    await chair.ok('session:setCase', { boardId, caseId: first });
    ctx.server.clock.advanceMinutes(2);
    const t9 = ctx.server.clock.now().toISOString();
    await chair.ok('board:end', { boardId });

    expect(await spans()).toEqual([
      { case_id: first, started_at: t0, ended_at: t4 },
      { case_id: second, started_at: t4, ended_at: t7 },
      { case_id: first, started_at: t7, ended_at: t9 },
    ]);

    const berlin = await institutionIdOf(ctx.server.db, 'CCCC');
    const { timePerCase } = (await computeAnalytics(ctx.server.db, berlin, {})).figures;
    expect(timePerCase.map((row) => [row.caseId, row.allottedMinutes, row.actualMinutes])).toEqual(
      expect.arrayContaining([
        [first, 10, 6],
        [second, 15, 3],
      ]),
    );
    expect(timePerCase).toHaveLength(2);
  });
});
