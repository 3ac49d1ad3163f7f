import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { buildBoard, buildCase } from '../../test/factories';
import {
  connectLive,
  type JoinedClient,
  joinAs,
  joinWith,
  type LiveClient,
} from '../../test/liveClient';
import { startTestServer, type TestServer } from '../../test/testServer';

const COORDINATOR_BERLIN = 'coordinator.berlin@konsil.test';
const ONCOLOGIST_BERLIN = 'oncologist.berlin@konsil.test';
const ONCOLOGIST_SEOUL = 'oncologist.seoul@konsil.test';

const MINUTE = 60_000;

describeEachDatabase('the live board across a server restart', (dialect) => {
  let server: TestServer;
  let board: { id: string };
  const clients: LiveClient[] = [];

  beforeEach(async () => {
    server = await startTestServer({ dialect });
    board = await buildBoard(server.db, {
      host: 'CCCC',
      guests: ['SCCC'],
      invited: [ONCOLOGIST_BERLIN, ONCOLOGIST_SEOUL],
    });
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

  /** The same browser (same session cookie) opening the board again on the restarted server. */
  async function rejoin(before: LiveClient): Promise<JoinedClient> {
    const client = await connectLive(server, before.browser, before.email);
    clients.push(client);
    return joinWith(client, board.id);
  }

  it('resumes where it was: version, current case, running timer and raised hands', async () => {
    await buildCase(server.db, { board, home: 'CCCC', allottedMinutes: 10 });
    const discussed = await buildCase(server.db, { board, home: 'SCCC', allottedMinutes: 12 });
    const coordinator = await join(COORDINATOR_BERLIN);
    const seoul = await join(ONCOLOGIST_SEOUL);
    const berlin = await join(ONCOLOGIST_BERLIN);

    await coordinator.ok('board:start', { boardId: board.id, confirmEarly: true });
    await coordinator.ok('session:setCase', { boardId: board.id, caseId: discussed.id });
    await coordinator.ok('timer:start', { boardId: board.id });
    server.clock.advanceMinutes(2);
    await seoul.ok('hand:raise', { boardId: board.id });
    server.clock.advanceMinutes(1);
    await berlin.ok('hand:raise', { boardId: board.id });
    server.clock.advanceMinutes(1);
    // A repeat changes nothing and answers with the snapshot as of now.
    const before = await coordinator.ok('timer:start', { boardId: board.id });
    expect(before).toMatchObject({
      version: 5,
      status: 'live',
      currentCaseId: discussed.id,
      timer: {
        caseId: discussed.id,
        state: 'running',
        allottedMs: 12 * MINUTE,
        remainingMs: 480_000,
      },
    });
    expect(before.hands.map((hand) => hand.userId)).toEqual([seoul.userId, berlin.userId]);

    const dropped = Promise.all(
      [coordinator, seoul, berlin].map((client) => client.disconnected()),
    );
    await server.app.close();
    await dropped;
    // The timer runs on while the server is down: time is counted from the stored start.
    server.clock.advanceMinutes(3);
    server = await server.reopen();

    const coordinatorAgain = await rejoin(coordinator);
    const seoulAgain = await rejoin(seoul);
    const expected = { ...before, timer: { ...before.timer, remainingMs: 300_000 } };
    expect(coordinatorAgain.joined.state).toEqual(expected);
    expect(seoulAgain.joined.state).toEqual(expected);
    // Presence is rebuilt from who comes back.
    expect(seoulAgain.joined.presence.entries.map((entry) => entry.userId)).toEqual([
      coordinator.userId,
      seoul.userId,
    ]);

    // Commands carry on from the stored version.
    await coordinatorAgain.ok('hand:callOn', { boardId: board.id, userId: seoul.userId });
    expect(await seoulAgain.next('session:state')).toMatchObject({
      version: 6,
      speakerId: seoul.userId,
      hands: [{ userId: berlin.userId }],
    });
    server.clock.advanceMinutes(1);
    expect(await coordinatorAgain.ok('timer:pause', { boardId: board.id })).toMatchObject({
      version: 7,
      timer: { state: 'paused', remainingMs: 240_000 },
    });
  });

  it('keeps a paused timer paused and an ended board ended', async () => {
    await buildCase(server.db, { board, home: 'CCCC', allottedMinutes: 10 });
    const coordinator = await join(COORDINATOR_BERLIN);
    await coordinator.ok('board:start', { boardId: board.id, confirmEarly: true });
    await coordinator.ok('timer:start', { boardId: board.id });
    server.clock.advanceMinutes(4);
    const paused = await coordinator.ok('timer:pause', { boardId: board.id });

    await server.app.close();
    server.clock.advanceMinutes(30);
    server = await server.reopen();
    const again = await rejoin(coordinator);
    expect(again.joined.state).toEqual(paused);
    expect(paused.timer.remainingMs).toBe(360_000);

    await again.ok('board:end', { boardId: board.id });
    await server.app.close();
    server = await server.reopen();
    const afterEnd = await rejoin(coordinator);
    expect(afterEnd.joined.state).toMatchObject({ version: 4, status: 'ended' });
    expect(await afterEnd.refusal('board:start', { boardId: board.id })).toBe('board_not_live');
  });
});
