import { randomUUID } from 'node:crypto';
import { LIMITS } from '@konsil/shared';
import { io as connect, type Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { boardOf, caseOf, signIn } from '../../test/api';
import { boardUpdate } from '../../test/boardInput';
import { caseUpdate, contentOf } from '../../test/caseContent';
import { describeEachDatabase } from '../../test/databases';
import { buildBoard, buildCase } from '../../test/factories';
import {
  type CommandName,
  connectAs,
  type JoinedClient,
  joinAs,
  type LiveClient,
  type PayloadOf,
} from '../../test/liveClient';
import { userIdOf } from '../../test/queries';
import type { TestClient } from '../../test/testClient';
import { startTestServer, type TestServer } from '../../test/testServer';

const COORDINATOR_BERLIN = 'coordinator.berlin@konsil.test';
const ONCOLOGIST_BERLIN = 'oncologist.berlin@konsil.test';
const SURGEON_BERLIN = 'surgeon.berlin@konsil.test';
const OBSERVER_BERLIN = 'observer.berlin@konsil.test';
const ADMIN_BERLIN = 'admin.berlin@konsil.test';
const ONCOLOGIST_SEOUL = 'oncologist.seoul@konsil.test';
const ONCOLOGIST_VIENNA = 'oncologist.vienna@konsil.test';

type AnyCommand = { [E in CommandName]: { event: E; payload: PayloadOf<E> } }[CommandName];

/** Every command of the protocol except join, aimed at `boardId`. */
function everyCommand(boardId: string, ids: { caseId: string; userId: string }): AnyCommand[] {
  return [
    { event: 'board:start', payload: { boardId } },
    { event: 'board:end', payload: { boardId } },
    { event: 'session:setCase', payload: { boardId, caseId: ids.caseId } },
    { event: 'session:setCoChair', payload: { boardId, userId: ids.userId, isCoChair: true } },
    { event: 'timer:start', payload: { boardId } },
    { event: 'timer:pause', payload: { boardId } },
    { event: 'timer:extend', payload: { boardId, minutes: 5 } },
    { event: 'hand:raise', payload: { boardId } },
    { event: 'hand:lower', payload: { boardId } },
    { event: 'hand:lower', payload: { boardId, userId: ids.userId } },
    { event: 'hand:callOn', payload: { boardId, userId: ids.userId } },
    { event: 'presence:sync', payload: { boardId } },
  ];
}

/** What each command did for `client`, keyed so a failure shows every command at once. */
async function outcomes(client: LiveClient, commands: AnyCommand[]) {
  const result: Record<string, string> = {};
  for (const [index, command] of commands.entries()) {
    result[`${index} ${command.event}`] = await client.outcome(command.event, command.payload);
  }
  return result;
}

const allAre = (commands: AnyCommand[], outcome: string) =>
  Object.fromEntries(commands.map((command, index) => [`${index} ${command.event}`, outcome]));

/** How a raw handshake ends: 'connected' or the server's reason. */
function handshake(server: TestServer, headers: Record<string, string>): Promise<string> {
  const socket: Socket = connect(server.baseUrl, {
    transports: ['websocket'],
    extraHeaders: headers,
    reconnection: false,
    forceNew: true,
  });
  return new Promise<string>((resolve) => {
    socket.once('connect', () => resolve('connected'));
    socket.once('connect_error', (error) => resolve(error.message));
  }).finally(() => socket.disconnect());
}

describeEachDatabase('who may do what on the live board', (dialect) => {
  let server: TestServer;
  let board: { id: string; title: string };
  let berlinCase: { id: string };
  let seoulCase: { id: string };
  const clients: LiveClient[] = [];

  beforeEach(async () => {
    server = await startTestServer({ dialect });
    board = await buildBoard(server.db, {
      host: 'CCCC',
      guests: ['SCCC'],
      invited: [ONCOLOGIST_BERLIN, OBSERVER_BERLIN, ONCOLOGIST_SEOUL],
      title: 'Joint Thoracic Tumor Board',
    });
    berlinCase = await buildCase(server.db, { board, home: 'CCCC', status: 'ready' });
    seoulCase = await buildCase(server.db, { board, home: 'SCCC', status: 'ready' });
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await server.close();
  });

  const track = <C extends LiveClient>(client: C): C => {
    clients.push(client);
    return client;
  };
  const join = async (email: string): Promise<JoinedClient> =>
    track(await joinAs(server, email, board.id));
  const connectOnly = async (email: string) => track(await connectAs(server, email));

  /** The board live on the Berlin case, run by the Berlin coordinator. */
  async function liveBoard() {
    const coordinator = await join(COORDINATOR_BERLIN);
    await coordinator.ok('board:start', { boardId: board.id });
    return coordinator;
  }

  describe('the handshake', () => {
    it('refuses a socket without a session', async () => {
      expect(await handshake(server, { origin: server.baseUrl })).toBe('unauthenticated');
    });

    it('refuses a foreign or missing Origin even with a valid session', async () => {
      const browser = await signIn(server, COORDINATOR_BERLIN);
      const cookie = browser.cookieHeader;
      expect(await handshake(server, { cookie, origin: server.baseUrl })).toBe('connected');
      expect(await handshake(server, { cookie, origin: 'https://evil.example' })).not.toBe(
        'connected',
      );
      expect(await handshake(server, { cookie })).not.toBe('connected');
    });
  });

  describe('people who may not see the board', () => {
    for (const email of [ONCOLOGIST_VIENNA, SURGEON_BERLIN]) {
      it(`${email} gets not_found on join and on every command, as for a board that does not exist`, async () => {
        const coordinator = await liveBoard();
        const outsider = await connectOnly(email);
        const ids = { caseId: berlinCase.id, userId: outsider.userId };
        const commands = everyCommand(board.id, ids);

        expect(await outsider.outcome('board:join', { boardId: board.id })).toBe('not_found');
        expect(await outcomes(outsider, commands)).toEqual(allAre(commands, 'not_found'));

        // Nothing tells this board apart from one that does not exist.
        const missing = randomUUID();
        expect(await outsider.emit('board:join', { boardId: missing })).toEqual(
          await outsider.emit('board:join', { boardId: board.id }),
        );
        expect(await outsider.emit('board:leave', { boardId: missing })).toEqual(
          await outsider.emit('board:leave', { boardId: board.id }),
        );

        // Nothing reached the room, and the outsider heard nothing from it.
        await coordinator.ok('presence:sync', { boardId: board.id });
        expect(coordinator.states.map((state) => state.version)).toEqual([1]);
        expect(coordinator.received.map((pushed) => pushed.event)).toEqual(['session:state']);
        expect(outsider.received).toEqual([]);
      });
    }
  });

  describe('people who only watch', () => {
    for (const email of [OBSERVER_BERLIN, ADMIN_BERLIN]) {
      it(`${email} joins and follows the board, but every command is forbidden`, async () => {
        const coordinator = await liveBoard();
        await join(ONCOLOGIST_SEOUL);
        const watcher = await join(email);
        expect(watcher.joined.state).toMatchObject({ status: 'live', version: 1 });

        const ids = { caseId: seoulCase.id, userId: await userIdOf(server.db, ONCOLOGIST_SEOUL) };
        const commands = everyCommand(board.id, ids).filter(
          (command) => command.event !== 'presence:sync',
        );
        expect(await outcomes(watcher, commands)).toEqual(allAre(commands, 'forbidden'));
        expect(await watcher.outcome('presence:sync', { boardId: board.id })).toBe('ok');

        // They still see what the chair does.
        await coordinator.ok('timer:start', { boardId: board.id });
        expect(await watcher.next('session:state')).toMatchObject({ version: 2 });
      });
    }
  });

  it('forbids a clinician the chair’s commands but lets them raise and lower their hand', async () => {
    const coordinator = await liveBoard();
    const seoul = await join(ONCOLOGIST_SEOUL);
    const clinician = await join(ONCOLOGIST_BERLIN);
    await seoul.ok('hand:raise', { boardId: board.id });

    const boardId = board.id;
    expect({
      start: await clinician.outcome('board:start', { boardId }),
      end: await clinician.outcome('board:end', { boardId }),
      setCase: await clinician.outcome('session:setCase', { boardId, caseId: seoulCase.id }),
      setCoChair: await clinician.outcome('session:setCoChair', {
        boardId,
        userId: clinician.userId,
        isCoChair: true,
      }),
      timerStart: await clinician.outcome('timer:start', { boardId }),
      timerPause: await clinician.outcome('timer:pause', { boardId }),
      timerExtend: await clinician.outcome('timer:extend', { boardId, minutes: 30 }),
      callOn: await clinician.outcome('hand:callOn', { boardId, userId: clinician.userId }),
      lowerSomeoneElse: await clinician.outcome('hand:lower', { boardId, userId: seoul.userId }),
    }).toEqual({
      start: 'forbidden',
      end: 'forbidden',
      setCase: 'forbidden',
      setCoChair: 'forbidden',
      timerStart: 'forbidden',
      timerPause: 'forbidden',
      timerExtend: 'forbidden',
      callOn: 'forbidden',
      lowerSomeoneElse: 'forbidden',
    });

    expect(await clinician.ok('hand:raise', { boardId })).toMatchObject({ version: 3 });
    expect(await clinician.ok('hand:lower', { boardId })).toMatchObject({ version: 4 });
    const state = await coordinator.next('session:state', (s) => s.version === 4);
    expect(state).toMatchObject({ currentCaseId: berlinCase.id, timer: { state: 'idle' } });
    expect(state.hands.map((hand) => hand.userId)).toEqual([seoul.userId]);
  });

  describe('malformed input', () => {
    it('answers validation_failed naming the field, for every kind of bad payload', async () => {
      await liveBoard();
      const seoul = await join(ONCOLOGIST_SEOUL);
      const boardId = board.id;
      const cases: [string, unknown, string[]][] = [
        ['board:join', {}, ['boardId']],
        ['board:join', { boardId: 'board-1' }, ['boardId']],
        ['board:join', { boardId: 42 }, ['boardId']],
        ['hand:raise', null, []],
        ['hand:raise', 'not an object', []],
        ['hand:raise', [boardId], []],
        ['session:setCase', { boardId }, ['caseId']],
        ['session:setCase', { boardId, caseId: 7 }, ['caseId']],
        ['timer:extend', { boardId, minutes: '5' }, ['minutes']],
        ['timer:extend', { boardId, minutes: 0 }, ['minutes']],
        ['timer:extend', { boardId, minutes: 31 }, ['minutes']],
        ['timer:extend', { boardId, minutes: 2.5 }, ['minutes']],
        ['session:setCoChair', { boardId, userId: seoul.userId, isCoChair: 'yes' }, ['isCoChair']],
        ['hand:callOn', { boardId, userId: { $ne: null } }, ['userId']],
        ['presence:sync', { boardId: 'x'.repeat(60_000) }, ['boardId']],
      ];
      for (const [event, payload, fields] of cases) {
        const reply = (await seoul.send(event, payload)) as {
          ok: boolean;
          error?: { id: string; fields?: { path: string }[] };
        };
        const what = `${event} ${JSON.stringify(payload).slice(0, 60)}`;
        expect(reply, what).toMatchObject({ ok: false, error: { id: 'validation_failed' } });
        for (const field of fields) {
          expect(
            reply.error?.fields?.map((f) => f.path),
            what,
          ).toContain(field);
        }
      }
    });

    it('survives commands without an ack, and unknown events', async () => {
      const coordinator = await liveBoard();
      const raw = coordinator.socket as unknown as Socket;
      raw.emit('hand:raise');
      raw.emit('timer:start', { boardId: board.id });
      raw.emit('no:such-event', { boardId: board.id }, () => undefined);
      // The ack-less timer:start was carried out and broadcast all the same.
      expect(await coordinator.next('session:state', (s) => s.version === 2)).toMatchObject({
        timer: { state: 'running' },
      });
      expect(await coordinator.ok('timer:pause', { boardId: board.id })).toMatchObject({
        version: 3,
      });
    });

    it('answers a command that carries an ack but no payload', async () => {
      const coordinator = await liveBoard();
      const reply = await coordinator.send('hand:raise').catch(() => 'no answer');
      expect(reply).toMatchObject({ ok: false, error: { id: 'validation_failed' } });
    });

    it('drops a socket that sends more than the message cap, and keeps serving everyone else', async () => {
      const coordinator = await liveBoard();
      const seoul = await join(ONCOLOGIST_SEOUL);
      const gone = seoul.disconnected();
      const huge = 'x'.repeat(1024 * 1024);
      expect(huge.length).toBeGreaterThan(LIMITS.realtime.maxMessageBytes);
      (seoul.socket as unknown as Socket).emit('hand:raise', { boardId: huge });
      expect(await gone).toBe('transport close');

      expect(await coordinator.ok('timer:start', { boardId: board.id })).toMatchObject({
        version: 2,
      });
      const rejoined = await join(ONCOLOGIST_SEOUL);
      expect(rejoined.joined.state).toMatchObject({ version: 2, hands: [] });
    });
  });

  describe('flooding', () => {
    it('answers rate_limited beyond 30 commands in 10 s on one socket, and does not act', async () => {
      await liveBoard();
      const flooder = await join(ONCOLOGIST_SEOUL);
      // The join was the first command of the window.
      for (let sent = 1; sent < LIMITS.realtime.commandsPerWindow; sent += 1) {
        expect(await flooder.outcome('presence:sync', { boardId: board.id }), `#${sent + 1}`).toBe(
          'ok',
        );
      }
      expect(await flooder.outcome('hand:raise', { boardId: board.id })).toBe('rate_limited');
      expect(await flooder.outcome('presence:sync', { boardId: board.id })).toBe('rate_limited');

      // The limit is per socket: another tab of the same person is served, and no hand went up.
      const otherTab = await join(ONCOLOGIST_SEOUL);
      expect(otherTab.joined.state.hands).toEqual([]);
      expect(await otherTab.ok('hand:raise', { boardId: board.id })).toMatchObject({ version: 2 });
    });
  });

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
      const list = await coordinator.emit('presence:sync', { boardId: board.id });
      expect(list.ok && list.data.entries.map((entry) => entry.userId)).not.toContain(seoul.userId);
    });

    it('sends an uninvited participant out of the room within a second', async () => {
      const coordinator = await liveBoard();
      const observer = await join(OBSERVER_BERLIN);
      const seoul = await join(ONCOLOGIST_SEOUL);
      const editor = await signIn(server, COORDINATOR_BERLIN);
      const detail = boardOf(await editor.get(`/api/boards/${board.id}`));

      const revoked = seoul.next('board:accessRevoked', undefined, 1_000);
      const left = coordinator.next(
        'presence:left',
        ({ userId }) => userId === seoul.userId,
        1_000,
      );
      const response = await editor.put(
        `/api/boards/${board.id}`,
        boardUpdate(detail, {
          participantIds: detail.participants
            .map((participant) => participant.id)
            .filter((id) => id !== seoul.userId),
        }),
      );
      expect(response.status).toBe(200);
      expect(await revoked).toEqual({ boardId: board.id, reason: 'uninvited' });
      expect(await left).toMatchObject({ boardId: board.id, userId: seoul.userId });
      // Those still invited stay and are told to refetch the agenda.
      expect(await observer.next('agenda:changed')).toMatchObject({ boardId: board.id });
      expect(await coordinator.ok('presence:sync', { boardId: board.id })).toMatchObject({
        entries: [{ userId: coordinator.userId }, { userId: observer.userId }],
      });

      // The board is gone for them: no more snapshots, every command not_found.
      await coordinator.ok('timer:start', { boardId: board.id });
      const commands = everyCommand(board.id, {
        caseId: seoulCase.id,
        userId: seoul.userId,
      }).filter((command) => command.event !== 'presence:sync');
      expect(await outcomes(seoul, commands)).toEqual(allAre(commands, 'not_found'));
      expect(seoul.states.map((state) => state.version)).toEqual([]);
      expect((await seoul.browser.get(`/api/boards/${board.id}`)).status).toBe(404);
      const [attendance] = await server.db
        .selectFrom('attendance')
        .select('left_at')
        .where('board_id', '=', board.id)
        .where('user_id', '=', seoul.userId)
        .execute();
      expect(attendance?.left_at).toBe(server.clock.now().toISOString());
      // Nor may they still read who is in the room.
      expect(await seoul.outcome('presence:sync', { boardId: board.id })).toBe('not_found');
    });
  });

  describe('consent', () => {
    /** The Berlin oncologist edits the Berlin case to withdraw consent, as the case form does. */
    async function withdrawConsent(caseId: string) {
      const editor = await signIn(server, ONCOLOGIST_BERLIN);
      const detail = caseOf(await editor.get(`/api/boards/${board.id}/cases/${caseId}`));
      const response = await editor.put(
        `/api/boards/${board.id}/cases/${caseId}`,
        caseUpdate({ ...contentOf(detail), consent: false }, detail.version),
      );
      expect(response.status).toBe(200);
    }

    const caseIdsSeenBy = async (browser: TestClient) =>
      boardOf(await browser.get(`/api/boards/${board.id}`)).cases.map((item) => item.id);

    it('tells every socket to refetch when consent is withdrawn, and Seoul no longer gets the case', async () => {
      const coordinator = await liveBoard();
      const seoul = await join(ONCOLOGIST_SEOUL);
      const observer = await join(OBSERVER_BERLIN);
      expect(await caseIdsSeenBy(seoul.browser)).toContain(berlinCase.id);

      await withdrawConsent(berlinCase.id);
      for (const client of [coordinator, seoul, observer]) {
        expect(await client.next('agenda:changed')).toEqual({
          boardId: board.id,
          agendaVersion: boardOf(await coordinator.browser.get(`/api/boards/${board.id}`))
            .agendaVersion,
        });
      }
      expect(await caseIdsSeenBy(seoul.browser)).toEqual([seoulCase.id]);
      expect(await caseIdsSeenBy(coordinator.browser)).toEqual([berlinCase.id, seoulCase.id]);
    });

    it('never shows Seoul a Berlin-only case over REST, even while the session is on it', async () => {
      const coordinator = await liveBoard();
      const seoul = await join(ONCOLOGIST_SEOUL);
      const berlinOnly = await buildCase(server.db, { board, home: 'CCCC', consent: false });
      await coordinator.ok('session:setCase', { boardId: board.id, caseId: berlinOnly.id });
      expect(await seoul.next('session:state', (s) => s.version === 2)).toMatchObject({
        currentCaseId: berlinOnly.id,
      });
      expect(await caseIdsSeenBy(seoul.browser)).not.toContain(berlinOnly.id);
      const hidden = await seoul.browser.get(`/api/boards/${board.id}/cases/${berlinOnly.id}`);
      expect(hidden.status).toBe(404);
      expect(hidden.text).not.toContain(berlinOnly.pseudonym);

      // The current case loses consent mid-discussion: Seoul loses it at once too.
      await coordinator.ok('session:setCase', { boardId: board.id, caseId: berlinCase.id });
      await withdrawConsent(berlinCase.id);
      await seoul.next('agenda:changed');
      expect(seoul.states.at(-1)?.currentCaseId).toBe(berlinCase.id);
      expect(
        (await seoul.browser.get(`/api/boards/${board.id}/cases/${berlinCase.id}`)).status,
      ).toBe(404);
      expect(await caseIdsSeenBy(seoul.browser)).toEqual([seoulCase.id]);
    });
  });
});
