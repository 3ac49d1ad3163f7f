import { describe, expect, it } from 'vitest';
import { boardOf, signIn } from '../../test/api';
import { describeEachDatabase } from '../../test/databases';
import { auditRows } from '../../test/queries';
import {
  COORDINATOR_BERLIN,
  MINUTE,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
  useLiveBoard,
} from './liveBoardFixture';

/** When the fixture's board is scheduled to start (buildBoard's default). */
const STARTS_AT = Date.parse('2026-12-10T15:00:00.000Z');
const minutesBeforeStart = (minutes: number) => new Date(STARTS_AT - minutes * MINUTE);

describeEachDatabase('starting a board early', (dialect) => {
  const ctx = useLiveBoard(dialect);
  const { join, everyoneSees } = ctx;

  /** The board as the REST API and the database have it: status, start time, audit. */
  async function boardFacts() {
    const seoul = await signIn(ctx.server, ONCOLOGIST_SEOUL);
    const rest = boardOf(await seoul.get(`/api/boards/${ctx.board.id}`));
    const row = await ctx.server.db
      .selectFrom('boards')
      .select(['status', 'started_at'])
      .where('id', '=', ctx.board.id)
      .executeTakeFirstOrThrow();
    const started = await auditRows(ctx.server.db, {
      action: 'board.started',
      objectId: ctx.board.id,
    });
    return { restStatus: rest.status, ...row, startAudits: started.length };
  }

  describe('more than 30 minutes before the scheduled start', () => {
    it('refuses the start without a confirmation, and nothing changes for anyone', async () => {
      // A week ahead (the fixture's clock is on 3 December), then just past the 30 minutes.
      const coordinator = await join(COORDINATOR_BERLIN);
      const seoul = await join(ONCOLOGIST_SEOUL);
      const boardId = ctx.board.id;
      expect(await coordinator.refusal('board:start', { boardId })).toBe('early_start_unconfirmed');
      expect(await coordinator.refusal('board:start', { boardId, confirmEarly: false })).toBe(
        'early_start_unconfirmed',
      );
      ctx.server.clock.setTo(new Date(STARTS_AT - 30 * MINUTE - 1_000));
      expect(await coordinator.refusal('board:start', { boardId })).toBe('early_start_unconfirmed');

      expect(await boardFacts()).toEqual({
        restStatus: 'scheduled',
        status: 'scheduled',
        started_at: null,
        startAudits: 0,
      });
      // A later join still finds the lobby at version 0; nobody was sent a snapshot.
      const berlin = await join(ONCOLOGIST_BERLIN);
      expect(berlin.joined.state).toMatchObject({ version: 0, status: 'scheduled' });
      await seoul.ok('presence:sync', { boardId });
      for (const client of [coordinator, seoul]) {
        expect(client.received.filter((entry) => entry.event === 'session:state')).toEqual([]);
      }
    });

    it('starts the board for everyone when the chair confirms', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      const seoul = await join(ONCOLOGIST_SEOUL);
      const startedAt = ctx.server.clock.now();

      const started = await coordinator.ok('board:start', {
        boardId: ctx.board.id,
        confirmEarly: true,
      });
      expect(started).toMatchObject({
        version: 1,
        status: 'live',
        currentCaseId: ctx.firstCase.id,
      });
      for (const seen of await everyoneSees([coordinator, seoul], 1)) {
        expect(seen).toEqual(started);
      }
      expect(await boardFacts()).toEqual({
        restStatus: 'live',
        status: 'live',
        started_at: startedAt.toISOString(),
        startAudits: 1,
      });
    });

    it('asks who may not chair nothing about the time: they are refused as before', async () => {
      await join(COORDINATOR_BERLIN);
      const clinician = await join(ONCOLOGIST_BERLIN);
      for (const payload of [
        { boardId: ctx.board.id },
        { boardId: ctx.board.id, confirmEarly: true },
      ]) {
        expect(await clinician.refusal('board:start', payload)).toBe('forbidden');
      }
      expect((await boardFacts()).status).toBe('scheduled');
    });

    it('refuses a confirmation that is not a yes or no, naming the field', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      const reply = (await coordinator.send('board:start', {
        boardId: ctx.board.id,
        confirmEarly: 'yes',
      })) as { ok: boolean; error?: { id: string; fields?: { path: string }[] } };
      expect(reply).toMatchObject({ ok: false, error: { id: 'validation_failed' } });
      expect(JSON.stringify(reply.error)).toContain('confirmEarly');
      expect((await boardFacts()).status).toBe('scheduled');
    });
  });

  describe('within 30 minutes of the scheduled start', () => {
    it('starts without a confirmation from exactly 30 minutes before', async () => {
      ctx.server.clock.setTo(minutesBeforeStart(30));
      const coordinator = await join(COORDINATOR_BERLIN);
      const seoul = await join(ONCOLOGIST_SEOUL);
      const started = await coordinator.ok('board:start', { boardId: ctx.board.id });
      expect(started).toMatchObject({ version: 1, status: 'live' });
      for (const seen of await everyoneSees([coordinator, seoul], 1)) {
        expect(seen).toEqual(started);
      }
      expect(await boardFacts()).toMatchObject({
        status: 'live',
        started_at: minutesBeforeStart(30).toISOString(),
        startAudits: 1,
      });
    });

    it('starts without a confirmation once the start time has passed', async () => {
      ctx.server.clock.setTo(minutesBeforeStart(-10));
      const coordinator = await join(COORDINATOR_BERLIN);
      expect(await coordinator.ok('board:start', { boardId: ctx.board.id })).toMatchObject({
        status: 'live',
      });
    });
  });

  it('needs no confirmation to repeat the start of a live board, nor lets it start an ended one', async () => {
    const coordinator = await join(COORDINATOR_BERLIN);
    const boardId = ctx.board.id;
    const started = await coordinator.ok('board:start', { boardId, confirmEarly: true });
    // A repeat (a retried click, another tab) answers with the board as it is.
    expect(await coordinator.ok('board:start', { boardId })).toEqual(started);
    await coordinator.ok('board:end', { boardId });
    expect(await coordinator.refusal('board:start', { boardId })).toBe('board_not_live');
    expect(await coordinator.refusal('board:start', { boardId, confirmEarly: true })).toBe(
      'board_not_live',
    );
  });
});
