import { describe, expect, it } from 'vitest';
import { signIn } from '../../test/api';
import { describeEachDatabase } from '../../test/databases';
import { connectLive } from '../../test/liveClient';
import { institutionIdOf } from '../../test/queries';
import {
  COORDINATOR_BERLIN,
  OBSERVER_BERLIN,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
  SURGEON_BERLIN,
  useLiveBoard,
} from './liveBoardFixture';

describeEachDatabase('the live board', (dialect) => {
  const ctx = useLiveBoard(dialect);
  const { clients, join, joinAgain, entryOf, attendanceOf, atMinute } = ctx;

  describe('joining and presence', () => {
    it('answers a join with the session snapshot and who is in the room', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      expect(coordinator.joined).toEqual({
        state: {
          version: 0,
          boardId: ctx.board.id,
          status: 'scheduled',
          currentCaseId: null,
          isCurrentCaseHidden: false,
          coChairIds: [],
          timer: { caseId: null, state: 'idle', allottedMs: 0, remainingMs: 0 },
          hands: [],
          speakerId: null,
        },
        presence: {
          boardId: ctx.board.id,
          version: 1,
          entries: [await entryOf(COORDINATOR_BERLIN)],
        },
      });
    });

    it('shows each participant with name, role, specialty and institution, by institution', async () => {
      await join(COORDINATOR_BERLIN);
      await join(ONCOLOGIST_SEOUL);
      await join(OBSERVER_BERLIN);
      const last = await join(ONCOLOGIST_BERLIN);

      const byInstitution = new Map<string, unknown[]>();
      for (const entry of last.joined.presence.entries) {
        byInstitution.set(entry.institution.code, [
          ...(byInstitution.get(entry.institution.code) ?? []),
          entry,
        ]);
      }
      expect(Object.fromEntries(byInstitution)).toEqual({
        CCCC: expect.arrayContaining([
          await entryOf(COORDINATOR_BERLIN),
          await entryOf(OBSERVER_BERLIN),
          await entryOf(ONCOLOGIST_BERLIN),
        ]),
        SCCC: [await entryOf(ONCOLOGIST_SEOUL)],
      });
      expect(byInstitution.get('CCCC')).toHaveLength(3);
      expect(last.joined.presence.version).toBe(4);
    });

    it('tells those already there about a newcomer, at the next presence version', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      const seoul = await join(ONCOLOGIST_SEOUL);
      expect(await coordinator.next('presence:joined')).toEqual({
        boardId: ctx.board.id,
        version: 2,
        entry: await entryOf(ONCOLOGIST_SEOUL),
      });
      expect(seoul.joined.presence.version).toBe(2);
    });

    it('gives the whole list on presence:sync, and only to someone in the room', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      await join(ONCOLOGIST_SEOUL);
      await join(OBSERVER_BERLIN);
      expect(await coordinator.ok('presence:sync', { boardId: ctx.board.id })).toEqual({
        boardId: ctx.board.id,
        version: 3,
        entries: [
          await entryOf(COORDINATOR_BERLIN),
          await entryOf(ONCOLOGIST_SEOUL),
          await entryOf(OBSERVER_BERLIN),
        ],
      });
      const outside = await connectLive(
        ctx.server,
        await signIn(ctx.server, SURGEON_BERLIN),
        SURGEON_BERLIN,
      );
      clients.push(outside);
      expect(await outside.refusal('presence:sync', { boardId: ctx.board.id })).toBe('not_found');
    });

    it('counts a second tab of the same person once, and keeps them while one tab stays', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      const seoul = await join(ONCOLOGIST_SEOUL);
      const secondTab = await joinAgain(seoul);
      expect(secondTab.joined.presence.version).toBe(2);

      await seoul.ok('board:leave', { boardId: ctx.board.id });
      // The sync is answered after any broadcast the leave caused, so none came.
      expect(await coordinator.ok('presence:sync', { boardId: ctx.board.id })).toMatchObject({
        version: 2,
        entries: [{ userId: coordinator.userId }, { userId: seoul.userId, status: 'online' }],
      });
      expect(coordinator.received.map((pushed) => pushed.event)).toEqual(['presence:joined']);
    });

    it('tells the others when someone leaves, and stops sending them the board', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      const seoul = await join(ONCOLOGIST_SEOUL);
      expect(await seoul.ok('board:leave', { boardId: ctx.board.id })).toBeNull();
      expect(await coordinator.next('presence:left')).toEqual({
        boardId: ctx.board.id,
        version: 3,
        userId: seoul.userId,
      });

      await coordinator.ok('board:start', { boardId: ctx.board.id, confirmEarly: true });
      // Asked after the start was acked, so any broadcast to Seoul came before this answer.
      expect(await seoul.refusal('presence:sync', { boardId: ctx.board.id })).toBe('not_found');
      expect(seoul.states).toEqual([]);
    });

    it('shows a dropped participant as reconnecting, and online again after a quick rejoin', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      const seoul = await join(ONCOLOGIST_SEOUL);
      // Attendance is time in the live board.
      await coordinator.ok('board:start', { boardId: ctx.board.id, confirmEarly: true });
      seoul.drop();
      expect(
        await coordinator.next('presence:changed', ({ entry }) => entry.userId === seoul.userId),
      ).toEqual({
        boardId: ctx.board.id,
        version: 3,
        entry: await entryOf(ONCOLOGIST_SEOUL, 'reconnecting'),
      });

      ctx.server.clock.advanceMinutes(1);
      const back = await joinAgain(seoul);
      expect(
        await coordinator.next('presence:changed', ({ entry }) => entry.userId === seoul.userId),
      ).toEqual({ boardId: ctx.board.id, version: 4, entry: await entryOf(ONCOLOGIST_SEOUL) });
      expect(back.joined.presence.entries).toContainEqual(await entryOf(ONCOLOGIST_SEOUL));
      // A quick reconnect is one stay in the room, not two.
      expect(await attendanceOf(ONCOLOGIST_SEOUL)).toEqual([
        expect.objectContaining({ joined_at: atMinute(0), left_at: null }),
      ]);
    });

    // The grace period is real time on the server: this test waits it out (a dropped transport
    // counts as a closed tab, 2.5 s; a silent network loss would take 15 s).
    it('counts a dropped participant as gone when the grace period runs out', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      const seoul = await join(ONCOLOGIST_SEOUL);
      await coordinator.ok('board:start', { boardId: ctx.board.id, confirmEarly: true });
      ctx.server.clock.advanceMinutes(42);
      seoul.drop();
      await coordinator.next('presence:changed', ({ entry }) => entry.status === 'reconnecting');
      const left = await coordinator.next('presence:left', undefined, 20_000);
      expect(left).toEqual({ boardId: ctx.board.id, version: 4, userId: seoul.userId });

      const deadline = Date.now() + 2_000;
      while ((await attendanceOf(ONCOLOGIST_SEOUL))[0]?.left_at == null) {
        if (Date.now() > deadline) expect.fail('attendance was not closed after the grace period');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(await attendanceOf(ONCOLOGIST_SEOUL)).toEqual([
        expect.objectContaining({ joined_at: atMinute(0), left_at: atMinute(42) }),
      ]);
    }, 30_000);
  });

  describe('attendance', () => {
    it('records every stay in the room as an interval, several per person', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      await coordinator.ok('board:start', { boardId: ctx.board.id, confirmEarly: true });
      const seoul = await join(ONCOLOGIST_SEOUL);
      ctx.server.clock.advanceMinutes(20);
      await seoul.ok('board:leave', { boardId: ctx.board.id });
      ctx.server.clock.advanceMinutes(5);
      await seoul.ok('board:join', { boardId: ctx.board.id });
      // A second tab during the stay opens no interval of its own, and keeps it open.
      const secondTab = await joinAgain(seoul);
      ctx.server.clock.advanceMinutes(30);
      await seoul.ok('board:leave', { boardId: ctx.board.id });
      expect(await attendanceOf(ONCOLOGIST_SEOUL)).toEqual([
        expect.objectContaining({ joined_at: atMinute(0), left_at: atMinute(20) }),
        expect.objectContaining({ joined_at: atMinute(25), left_at: null }),
      ]);

      ctx.server.clock.advanceMinutes(5);
      await secondTab.ok('board:leave', { boardId: ctx.board.id });
      const seoulId = await institutionIdOf(ctx.server.db, 'SCCC');
      expect(await attendanceOf(ONCOLOGIST_SEOUL)).toEqual([
        { joined_at: atMinute(0), left_at: atMinute(20), institution_id: seoulId },
        { joined_at: atMinute(25), left_at: atMinute(60), institution_id: seoulId },
      ]);
      // The coordinator is still in the room.
      expect(await attendanceOf(COORDINATOR_BERLIN)).toEqual([
        expect.objectContaining({ joined_at: atMinute(0), left_at: null }),
      ]);
    });

    it('closes every open interval when the board ends, and adds none for leaving or joining after', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      const seoul = await join(ONCOLOGIST_SEOUL);
      await coordinator.ok('board:start', { boardId: ctx.board.id, confirmEarly: true });
      ctx.server.clock.advanceMinutes(45);
      await coordinator.ok('board:end', { boardId: ctx.board.id });
      const atEnd = [expect.objectContaining({ joined_at: atMinute(0), left_at: atMinute(45) })];
      expect(await attendanceOf(ONCOLOGIST_SEOUL)).toEqual(atEnd);
      expect(await attendanceOf(COORDINATOR_BERLIN)).toEqual(atEnd);

      // Later, Seoul leaves and comes back to read the ended board: the record stays as it was.
      ctx.server.clock.advanceMinutes(10);
      await seoul.ok('board:leave', { boardId: ctx.board.id });
      await seoul.ok('board:join', { boardId: ctx.board.id });
      expect(await attendanceOf(ONCOLOGIST_SEOUL)).toEqual(atEnd);
    });
  });
});
