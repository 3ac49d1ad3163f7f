import { describe, expect, it } from 'vitest';
import { boardOf, caseOf, signIn } from '../../test/api';
import { boardUpdate } from '../../test/boardInput';
import { caseUpdate, contentOf } from '../../test/caseContent';
import { describeEachDatabase } from '../../test/databases';
import { buildCase } from '../../test/factories';
import type { TestClient } from '../../test/testClient';
import {
  COORDINATOR_BERLIN,
  OBSERVER_BERLIN,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
} from './liveBoardFixture';
import { allAre, everyCommand, outcomes, useAccessBoard } from './sessionAccessFixture';

describeEachDatabase('who may do what on the live board', (dialect) => {
  const ctx = useAccessBoard(dialect);
  const { join, liveBoard } = ctx;

  describe('when access ends', () => {
    it('cuts the socket of a session that logs out and takes the person out of presence at once', async () => {
      const coordinator = await liveBoard();
      const seoul = await join(ONCOLOGIST_SEOUL);
      const ended = seoul.next('auth:sessionEnded');
      const gone = seoul.disconnected();
      await seoul.browser.post('/api/auth/logout');
      expect(await ended).toEqual({ reason: 'logout' });
      expect(await gone).toBe('io server disconnect');
      // A logout is not a network blip: no "reconnecting" grace, the person leaves.
      const left = await coordinator.next('presence:left', ({ userId }) => userId === seoul.userId);
      expect(left.userId).toBe(seoul.userId);
      const list = await coordinator.emit('presence:sync', { boardId: ctx.board.id });
      expect(list.ok && list.data.entries.map((entry) => entry.userId)).not.toContain(seoul.userId);
    });

    it('sends an uninvited participant out of the room within a second', async () => {
      const coordinator = await liveBoard();
      const observer = await join(OBSERVER_BERLIN);
      const seoul = await join(ONCOLOGIST_SEOUL);
      const editor = await signIn(ctx.server, COORDINATOR_BERLIN);
      const detail = boardOf(await editor.get(`/api/boards/${ctx.board.id}`));

      const revoked = seoul.next('board:accessRevoked', undefined, 1_000);
      const left = coordinator.next(
        'presence:left',
        ({ userId }) => userId === seoul.userId,
        1_000,
      );
      const response = await editor.put(
        `/api/boards/${ctx.board.id}`,
        boardUpdate(detail, {
          participantIds: detail.participants
            .map((participant) => participant.id)
            .filter((id) => id !== seoul.userId),
        }),
      );
      expect(response.status).toBe(200);
      expect(await revoked).toEqual({ boardId: ctx.board.id, reason: 'uninvited' });
      expect(await left).toMatchObject({ boardId: ctx.board.id, userId: seoul.userId });
      // Those still invited stay and are told to refetch the agenda.
      expect(await observer.next('agenda:changed')).toMatchObject({ boardId: ctx.board.id });
      expect(await coordinator.ok('presence:sync', { boardId: ctx.board.id })).toMatchObject({
        entries: [{ userId: coordinator.userId }, { userId: observer.userId }],
      });

      // The board is gone for them: no more snapshots, every command not_found.
      await coordinator.ok('timer:start', { boardId: ctx.board.id });
      const commands = everyCommand(ctx.board.id, {
        caseId: ctx.seoulCase.id,
        userId: seoul.userId,
      }).filter((command) => command.event !== 'presence:sync');
      expect(await outcomes(seoul, commands)).toEqual(allAre(commands, 'not_found'));
      expect(seoul.states.map((state) => state.version)).toEqual([]);
      expect((await seoul.browser.get(`/api/boards/${ctx.board.id}`)).status).toBe(404);
      const [attendance] = await ctx.server.db
        .selectFrom('attendance')
        .select('left_at')
        .where('board_id', '=', ctx.board.id)
        .where('user_id', '=', seoul.userId)
        .execute();
      expect(attendance?.left_at).toBe(ctx.server.clock.now().toISOString());
      // Nor may they still read who is in the room.
      expect(await seoul.outcome('presence:sync', { boardId: ctx.board.id })).toBe('not_found');
    });
  });

  describe('consent', () => {
    /** The Berlin oncologist edits the Berlin case to withdraw consent, as the case form does. */
    async function withdrawConsent(caseId: string) {
      const editor = await signIn(ctx.server, ONCOLOGIST_BERLIN);
      const detail = caseOf(await editor.get(`/api/boards/${ctx.board.id}/cases/${caseId}`));
      const response = await editor.put(
        `/api/boards/${ctx.board.id}/cases/${caseId}`,
        caseUpdate({ ...contentOf(detail), consent: false }, detail.version),
      );
      expect(response.status).toBe(200);
    }

    const caseIdsSeenBy = async (browser: TestClient) =>
      boardOf(await browser.get(`/api/boards/${ctx.board.id}`)).cases.map((item) => item.id);

    it('tells every socket to refetch when consent is withdrawn, and Seoul no longer gets the case', async () => {
      const coordinator = await liveBoard();
      const seoul = await join(ONCOLOGIST_SEOUL);
      const observer = await join(OBSERVER_BERLIN);
      expect(await caseIdsSeenBy(seoul.browser)).toContain(ctx.berlinCase.id);

      await withdrawConsent(ctx.berlinCase.id);
      for (const client of [coordinator, seoul, observer]) {
        expect(await client.next('agenda:changed')).toEqual({
          boardId: ctx.board.id,
          agendaVersion: boardOf(await coordinator.browser.get(`/api/boards/${ctx.board.id}`))
            .agendaVersion,
        });
      }
      expect(await caseIdsSeenBy(seoul.browser)).toEqual([ctx.seoulCase.id]);
      expect(await caseIdsSeenBy(coordinator.browser)).toEqual([
        ctx.berlinCase.id,
        ctx.seoulCase.id,
      ]);
    });

    /** What Seoul's snapshot says while the board discusses a case Seoul may not read. */
    const withheld = {
      currentCaseId: null,
      isCurrentCaseHidden: true,
      timer: { caseId: null, state: 'idle', allottedMs: 0, remainingMs: 0 },
    };

    it('never shows Seoul a Berlin-only case, live or over REST, even while the session is on it', async () => {
      const coordinator = await liveBoard();
      const seoul = await join(ONCOLOGIST_SEOUL);
      const berlinOnly = await buildCase(ctx.server.db, {
        board: ctx.board,
        home: 'CCCC',
        consent: false,
      });
      await coordinator.ok('session:setCase', { boardId: ctx.board.id, caseId: berlinOnly.id });
      expect(await seoul.next('session:state', (s) => s.version === 2)).toMatchObject(withheld);
      expect(JSON.stringify(seoul.received)).not.toContain(berlinOnly.id);
      expect(await caseIdsSeenBy(seoul.browser)).not.toContain(berlinOnly.id);
      const hidden = await seoul.browser.get(`/api/boards/${ctx.board.id}/cases/${berlinOnly.id}`);
      expect(hidden.status).toBe(404);
      expect(hidden.text).not.toContain(berlinOnly.pseudonym);

      // The current case loses consent mid-discussion: Seoul loses it at once too, in the
      // snapshot it holds (re-sent at the same version) as over REST.
      const moved = await coordinator.ok('session:setCase', {
        boardId: ctx.board.id,
        caseId: ctx.berlinCase.id,
      });
      expect(await seoul.next('session:state', (s) => s.version === moved.version)).toMatchObject({
        currentCaseId: ctx.berlinCase.id,
      });
      await withdrawConsent(ctx.berlinCase.id);
      expect(await seoul.next('session:state', (s) => s.isCurrentCaseHidden, 1_000)).toMatchObject({
        ...withheld,
        version: moved.version,
      });
      expect(
        (await seoul.browser.get(`/api/boards/${ctx.board.id}/cases/${ctx.berlinCase.id}`)).status,
      ).toBe(404);
      expect(await caseIdsSeenBy(seoul.browser)).toEqual([ctx.seoulCase.id]);
    });
  });
});
