import type { PresenceEntry } from '@konsil/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_INSTITUTIONS, DEMO_USERS } from '../../storage/seed/demoUsers';
import { boardOf, signIn } from '../../test/api';
import { describeEachDatabase } from '../../test/databases';
import { buildBoard, buildCase } from '../../test/factories';
import {
  connectLive,
  type JoinedClient,
  joinAs,
  joinWith,
  type LiveClient,
} from '../../test/liveClient';
import { institutionIdOf, userIdOf } from '../../test/queries';
import { startTestServer, type TestServer } from '../../test/testServer';

const COORDINATOR_BERLIN = 'coordinator.berlin@konsil.test';
const ONCOLOGIST_BERLIN = 'oncologist.berlin@konsil.test';
const OBSERVER_BERLIN = 'observer.berlin@konsil.test';
const COORDINATOR_SEOUL = 'coordinator.seoul@konsil.test';
const ONCOLOGIST_SEOUL = 'oncologist.seoul@konsil.test';
const SURGEON_BERLIN = 'surgeon.berlin@konsil.test';

const MINUTE = 60_000;

describeEachDatabase('the live board', (dialect) => {
  let server: TestServer;
  let board: { id: string; title: string };
  let firstCase: { id: string };
  let secondCase: { id: string };
  const clients: LiveClient[] = [];

  beforeEach(async () => {
    server = await startTestServer({ dialect });
    board = await buildBoard(server.db, {
      host: 'CCCC',
      guests: ['SCCC'],
      invited: [ONCOLOGIST_BERLIN, OBSERVER_BERLIN, ONCOLOGIST_SEOUL],
      title: 'Joint Thoracic Tumor Board',
    });
    firstCase = await buildCase(server.db, { board, home: 'CCCC', allottedMinutes: 10 });
    secondCase = await buildCase(server.db, { board, home: 'SCCC', allottedMinutes: 15 });
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await server.close();
  });

  async function join(email: string): Promise<JoinedClient> {
    const client = await joinAs(server, email, board.id);
    clients.push(client);
    return client;
  }

  /** Another tab (or a reconnect) in the same browser as `client`. */
  async function joinAgain(client: LiveClient): Promise<JoinedClient> {
    const tab = await connectLive(server, client.browser, client.email);
    clients.push(tab);
    return joinWith(tab, board.id);
  }

  /** The presence entry the server should show for a demo user, from the seed. */
  async function entryOf(email: string, status: PresenceEntry['status'] = 'online') {
    const user = DEMO_USERS.find((candidate) => candidate.email === email);
    const institution = DEMO_INSTITUTIONS.find((item) => item.code === user?.institution);
    if (!user || !institution) throw new Error(`not a demo user: ${email}`);
    return {
      userId: await userIdOf(server.db, email),
      name: user.name,
      role: user.role,
      specialty: user.specialty,
      institution: {
        id: await institutionIdOf(server.db, institution.code),
        code: institution.code,
        name: institution.name,
      },
      status,
    };
  }

  /** Resolves once every client received the snapshot with `version`; returns what each got. */
  const everyoneSees = (watchers: LiveClient[], version: number) =>
    Promise.all(watchers.map((c) => c.next('session:state', (state) => state.version === version)));

  async function attendanceOf(email: string) {
    const userId = await userIdOf(server.db, email);
    return server.db
      .selectFrom('attendance')
      .select(['joined_at', 'left_at', 'institution_id'])
      .where('board_id', '=', board.id)
      .where('user_id', '=', userId)
      .orderBy('joined_at')
      .execute();
  }

  const atMinute = (minutes: number) =>
    new Date(Date.parse('2026-12-03T07:00:00.000Z') + minutes * MINUTE).toISOString();

  describe('joining and presence', () => {
    it('answers a join with the session snapshot and who is in the room', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      expect(coordinator.joined).toEqual({
        state: {
          version: 0,
          boardId: board.id,
          status: 'scheduled',
          currentCaseId: null,
          coChairIds: [],
          timer: { caseId: null, state: 'idle', allottedMs: 0, remainingMs: 0 },
          hands: [],
          speakerId: null,
        },
        presence: {
          boardId: board.id,
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
        boardId: board.id,
        version: 2,
        entry: await entryOf(ONCOLOGIST_SEOUL),
      });
      expect(seoul.joined.presence.version).toBe(2);
    });

    it('gives the whole list on presence:sync, and only to someone in the room', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      await join(ONCOLOGIST_SEOUL);
      await join(OBSERVER_BERLIN);
      expect(await coordinator.ok('presence:sync', { boardId: board.id })).toEqual({
        boardId: board.id,
        version: 3,
        entries: [
          await entryOf(COORDINATOR_BERLIN),
          await entryOf(ONCOLOGIST_SEOUL),
          await entryOf(OBSERVER_BERLIN),
        ],
      });
      const outside = await connectLive(
        server,
        await signIn(server, SURGEON_BERLIN),
        SURGEON_BERLIN,
      );
      clients.push(outside);
      expect(await outside.refusal('presence:sync', { boardId: board.id })).toBe('not_found');
    });

    it('counts a second tab of the same person once, and keeps them while one tab stays', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      const seoul = await join(ONCOLOGIST_SEOUL);
      const secondTab = await joinAgain(seoul);
      expect(secondTab.joined.presence.version).toBe(2);

      await seoul.ok('board:leave', { boardId: board.id });
      // The sync is answered after any broadcast the leave caused, so none came.
      expect(await coordinator.ok('presence:sync', { boardId: board.id })).toMatchObject({
        version: 2,
        entries: [{ userId: coordinator.userId }, { userId: seoul.userId, status: 'online' }],
      });
      expect(coordinator.received.map((pushed) => pushed.event)).toEqual(['presence:joined']);
    });

    it('tells the others when someone leaves, and stops sending them the board', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      const seoul = await join(ONCOLOGIST_SEOUL);
      expect(await seoul.ok('board:leave', { boardId: board.id })).toBeNull();
      expect(await coordinator.next('presence:left')).toEqual({
        boardId: board.id,
        version: 3,
        userId: seoul.userId,
      });

      await coordinator.ok('board:start', { boardId: board.id });
      // Asked after the start was acked, so any broadcast to Seoul came before this answer.
      expect(await seoul.refusal('presence:sync', { boardId: board.id })).toBe('not_found');
      expect(seoul.states).toEqual([]);
    });

    it('shows a dropped participant as reconnecting, and online again after a quick rejoin', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      const seoul = await join(ONCOLOGIST_SEOUL);
      seoul.drop();
      expect(
        await coordinator.next('presence:changed', ({ entry }) => entry.userId === seoul.userId),
      ).toEqual({
        boardId: board.id,
        version: 3,
        entry: await entryOf(ONCOLOGIST_SEOUL, 'reconnecting'),
      });

      server.clock.advanceMinutes(1);
      const back = await joinAgain(seoul);
      expect(
        await coordinator.next('presence:changed', ({ entry }) => entry.userId === seoul.userId),
      ).toEqual({ boardId: board.id, version: 4, entry: await entryOf(ONCOLOGIST_SEOUL) });
      expect(back.joined.presence.entries).toContainEqual(await entryOf(ONCOLOGIST_SEOUL));
      // A quick reconnect is one stay in the room, not two.
      expect(await attendanceOf(ONCOLOGIST_SEOUL)).toEqual([
        expect.objectContaining({ joined_at: atMinute(0), left_at: null }),
      ]);
    });

    // The grace period is real time on the server: this test waits it out (about 15 s).
    it('counts a dropped participant as gone when the grace period runs out', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      const seoul = await join(ONCOLOGIST_SEOUL);
      server.clock.advanceMinutes(42);
      seoul.drop();
      await coordinator.next('presence:changed', ({ entry }) => entry.status === 'reconnecting');
      const left = await coordinator.next('presence:left', undefined, 20_000);
      expect(left).toEqual({ boardId: board.id, version: 4, userId: seoul.userId });

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
      await join(COORDINATOR_BERLIN);
      const seoul = await join(ONCOLOGIST_SEOUL);
      server.clock.advanceMinutes(20);
      await seoul.ok('board:leave', { boardId: board.id });
      server.clock.advanceMinutes(5);
      await seoul.ok('board:join', { boardId: board.id });
      // A second tab during the stay opens no interval of its own, and keeps it open.
      const secondTab = await joinAgain(seoul);
      server.clock.advanceMinutes(30);
      await seoul.ok('board:leave', { boardId: board.id });
      expect(await attendanceOf(ONCOLOGIST_SEOUL)).toEqual([
        expect.objectContaining({ joined_at: atMinute(0), left_at: atMinute(20) }),
        expect.objectContaining({ joined_at: atMinute(25), left_at: null }),
      ]);

      server.clock.advanceMinutes(5);
      await secondTab.ok('board:leave', { boardId: board.id });
      const seoulId = await institutionIdOf(server.db, 'SCCC');
      expect(await attendanceOf(ONCOLOGIST_SEOUL)).toEqual([
        { joined_at: atMinute(0), left_at: atMinute(20), institution_id: seoulId },
        { joined_at: atMinute(25), left_at: atMinute(60), institution_id: seoulId },
      ]);
      // The coordinator is still in the room.
      expect(await attendanceOf(COORDINATOR_BERLIN)).toEqual([
        expect.objectContaining({ joined_at: atMinute(0), left_at: null }),
      ]);
    });
  });

  describe('running the board', () => {
    it('goes live on the first case when a coordinator starts it, for every client', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      const seoul = await join(ONCOLOGIST_SEOUL);
      const observer = await join(OBSERVER_BERLIN);

      const started = await coordinator.ok('board:start', { boardId: board.id });
      expect(started).toEqual({
        version: 1,
        boardId: board.id,
        status: 'live',
        currentCaseId: firstCase.id,
        coChairIds: [],
        timer: {
          caseId: firstCase.id,
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
        await (await signIn(server, ONCOLOGIST_SEOUL)).get(`/api/boards/${board.id}`),
      );
      expect(rest.status).toBe('live');
    });

    it('moves everyone to the case the chair sets, with that case’s timer', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      const seoul = await join(ONCOLOGIST_SEOUL);
      await coordinator.ok('board:start', { boardId: board.id });
      await coordinator.ok('timer:start', { boardId: board.id });
      server.clock.advanceMinutes(4);

      await coordinator.ok('session:setCase', { boardId: board.id, caseId: secondCase.id });
      for (const seen of await everyoneSees([coordinator, seoul], 3)) {
        expect(seen).toMatchObject({
          currentCaseId: secondCase.id,
          timer: {
            caseId: secondCase.id,
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
      await coordinator.ok('board:start', { boardId: board.id });
      const timerOf = async (version: number) =>
        (await seoul.next('session:state', (state) => state.version === version)).timer;

      await coordinator.ok('timer:start', { boardId: board.id });
      expect(await timerOf(2)).toMatchObject({ state: 'running', remainingMs: 600_000 });

      server.clock.advanceMinutes(3);
      await coordinator.ok('timer:pause', { boardId: board.id });
      expect(await timerOf(3)).toMatchObject({ state: 'paused', remainingMs: 420_000 });

      // Paused time does not count, whoever looks and whenever.
      server.clock.advanceMinutes(10);
      const latecomer = await join(ONCOLOGIST_BERLIN);
      expect(latecomer.joined.state.timer).toMatchObject({ state: 'paused', remainingMs: 420_000 });

      await coordinator.ok('timer:start', { boardId: board.id });
      expect(await timerOf(4)).toMatchObject({ state: 'running', remainingMs: 420_000 });

      server.clock.advanceMinutes(2);
      await coordinator.ok('timer:extend', { boardId: board.id, minutes: 5 });
      expect(await timerOf(5)).toEqual({
        caseId: firstCase.id,
        state: 'running',
        allottedMs: 15 * MINUTE,
        remainingMs: 600_000,
      });

      server.clock.advanceMinutes(12);
      await coordinator.ok('timer:pause', { boardId: board.id });
      expect(await timerOf(6)).toMatchObject({ state: 'paused', remainingMs: -120_000 });
      expect(
        (await latecomer.next('session:state', (state) => state.version === 6)).timer.remainingMs,
      ).toBe(-120_000);
    });

    it('neither bumps the version nor broadcasts when a command changes nothing', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      const seoul = await join(ONCOLOGIST_SEOUL);
      const observer = await join(OBSERVER_BERLIN);

      await coordinator.ok('board:start', { boardId: board.id });
      expect(await coordinator.ok('board:start', { boardId: board.id })).toMatchObject({
        version: 1,
      });
      await coordinator.ok('timer:start', { boardId: board.id });
      server.clock.advanceMinutes(1);
      // A repeat still answers with the time left now.
      expect(await coordinator.ok('timer:start', { boardId: board.id })).toMatchObject({
        version: 2,
        timer: { remainingMs: 540_000 },
      });
      await seoul.ok('hand:raise', { boardId: board.id });
      expect(await seoul.ok('hand:raise', { boardId: board.id })).toMatchObject({ version: 3 });
      expect(
        await coordinator.ok('session:setCase', { boardId: board.id, caseId: firstCase.id }),
      ).toMatchObject({ version: 3 });
      expect(
        await coordinator.ok('hand:lower', { boardId: board.id, userId: observer.userId }),
      ).toMatchObject({ version: 3 });

      // The next real change arrives as version 4, right after 3: nothing came in between.
      await coordinator.ok('hand:callOn', { boardId: board.id, userId: seoul.userId });
      await everyoneSees([coordinator, seoul, observer], 4);
      for (const client of [coordinator, seoul, observer]) {
        expect(client.states.map((state) => state.version)).toEqual([1, 2, 3, 4]);
      }
    });

    it('queues hands oldest first; calling on someone lowers their hand and gives them the floor', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      const seoul = await join(ONCOLOGIST_SEOUL);
      const berlin = await join(ONCOLOGIST_BERLIN);
      const seoulCoordinator = await join(COORDINATOR_SEOUL);
      await coordinator.ok('board:start', { boardId: board.id });

      await seoul.ok('hand:raise', { boardId: board.id });
      server.clock.advanceMinutes(1);
      await berlin.ok('hand:raise', { boardId: board.id });
      server.clock.advanceMinutes(1);
      await seoulCoordinator.ok('hand:raise', { boardId: board.id });
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

      await berlin.ok('hand:lower', { boardId: board.id });
      await coordinator.ok('hand:callOn', { boardId: board.id, userId: seoul.userId });
      for (const seen of await everyoneSees([coordinator, seoul, berlin, seoulCoordinator], 6)) {
        expect(seen.speakerId).toBe(seoul.userId);
        expect(seen.hands.map((hand) => hand.userId)).toEqual([seoulCoordinator.userId]);
      }

      // The chair may take down someone else's hand.
      await coordinator.ok('hand:lower', { boardId: board.id, userId: seoulCoordinator.userId });
      expect((await seoul.next('session:state', (s) => s.version === 7)).hands).toEqual([]);
    });

    it('lets a co-chair named by a coordinator run the board, until they are removed', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      const berlin = await join(ONCOLOGIST_BERLIN);
      await coordinator.ok('board:start', { boardId: board.id });
      expect(
        await berlin.refusal('session:setCase', { boardId: board.id, caseId: secondCase.id }),
      ).toBe('forbidden');

      await coordinator.ok('session:setCoChair', {
        boardId: board.id,
        userId: berlin.userId,
        isCoChair: true,
      });
      expect((await berlin.next('session:state', (s) => s.version === 2)).coChairIds).toEqual([
        berlin.userId,
      ]);
      const moved = await berlin.ok('session:setCase', {
        boardId: board.id,
        caseId: secondCase.id,
      });
      expect(moved).toMatchObject({ version: 3, currentCaseId: secondCase.id });
      await berlin.ok('timer:start', { boardId: board.id });
      // Chairing is not appointing: only coordinators name co-chairs.
      expect(
        await berlin.refusal('session:setCoChair', {
          boardId: board.id,
          userId: berlin.userId,
          isCoChair: false,
        }),
      ).toBe('forbidden');

      await coordinator.ok('session:setCoChair', {
        boardId: board.id,
        userId: berlin.userId,
        isCoChair: false,
      });
      expect(await berlin.refusal('timer:pause', { boardId: board.id })).toBe('forbidden');
    });

    it('names only invited participants as co-chairs', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      await coordinator.ok('board:start', { boardId: board.id });
      for (const email of [SURGEON_BERLIN, 'oncologist.vienna@konsil.test']) {
        expect(
          await coordinator.refusal('session:setCoChair', {
            boardId: board.id,
            userId: await userIdOf(server.db, email),
            isCoChair: true,
          }),
          email,
        ).toBe('validation_failed');
      }
      // Answered after any broadcast a refused command might have caused.
      await coordinator.ok('presence:sync', { boardId: board.id });
      expect(coordinator.states.map((state) => state.version)).toEqual([1]);
    });

    it('refuses to set a case that is not on this board', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      await coordinator.ok('board:start', { boardId: board.id });
      const elsewhere = await buildBoard(server.db, { host: 'CCCC', guests: ['SCCC'] });
      const foreign = await buildCase(server.db, { board: elsewhere, home: 'CCCC' });
      expect(
        await coordinator.refusal('session:setCase', { boardId: board.id, caseId: foreign.id }),
      ).toBe('not_found');
    });

    it('goes live without a case on an empty agenda, and has nothing to time', async () => {
      const empty = await buildBoard(server.db, { host: 'CCCC', guests: ['SCCC'] });
      const coordinator = await joinAs(server, COORDINATOR_BERLIN, empty.id);
      clients.push(coordinator);
      expect(await coordinator.ok('board:start', { boardId: empty.id })).toMatchObject({
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

    it('ends the board for everyone; after that every command is refused as not live', async () => {
      const coordinator = await join(COORDINATOR_BERLIN);
      const seoul = await join(ONCOLOGIST_SEOUL);
      await coordinator.ok('board:start', { boardId: board.id });
      await coordinator.ok('timer:start', { boardId: board.id });
      await seoul.ok('hand:raise', { boardId: board.id });
      await coordinator.ok('hand:callOn', { boardId: board.id, userId: seoul.userId });
      server.clock.advanceMinutes(6);

      await coordinator.ok('board:end', { boardId: board.id });
      for (const seen of await everyoneSees([coordinator, seoul], 5)) {
        expect(seen).toMatchObject({
          status: 'ended',
          hands: [],
          speakerId: null,
          timer: { state: 'paused', remainingMs: 240_000 },
        });
      }
      const rest = boardOf(
        await (await signIn(server, COORDINATOR_BERLIN)).get(`/api/boards/${board.id}`),
      );
      expect(rest.status).toBe('ended');

      const boardId = board.id;
      expect({
        'board:start': await coordinator.outcome('board:start', { boardId }),
        'session:setCase': await coordinator.outcome('session:setCase', {
          boardId,
          caseId: secondCase.id,
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
      expect(await coordinator.refusal('board:end', { boardId: board.id })).toBe('board_not_live');
    });
  });
});
