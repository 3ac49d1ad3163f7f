import { randomUUID } from 'node:crypto';
import { io as connect, type Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { signIn } from '../../test/api';
import { describeEachDatabase } from '../../test/databases';
import { userIdOf } from '../../test/queries';
import type { TestServer } from '../../test/testServer';
import {
  ADMIN_BERLIN,
  COORDINATOR_BERLIN,
  OBSERVER_BERLIN,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
  ONCOLOGIST_VIENNA,
  SURGEON_BERLIN,
} from './liveBoardFixture';
import { allAre, everyCommand, outcomes, useAccessBoard } from './sessionAccessFixture';

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
  const ctx = useAccessBoard(dialect);
  const { join, connectOnly, liveBoard } = ctx;

  describe('the handshake', () => {
    it('refuses a socket without a session', async () => {
      expect(await handshake(ctx.server, { origin: ctx.server.baseUrl })).toBe('unauthenticated');
    });

    it('refuses a foreign or missing Origin even with a valid session', async () => {
      const browser = await signIn(ctx.server, COORDINATOR_BERLIN);
      const cookie = browser.cookieHeader;
      expect(await handshake(ctx.server, { cookie, origin: ctx.server.baseUrl })).toBe('connected');
      expect(await handshake(ctx.server, { cookie, origin: 'https://evil.example' })).not.toBe(
        'connected',
      );
      expect(await handshake(ctx.server, { cookie })).not.toBe('connected');
    });
  });

  describe('people who may not see the board', () => {
    for (const email of [ONCOLOGIST_VIENNA, SURGEON_BERLIN]) {
      it(`${email} gets not_found on join and on every command, as for a board that does not exist`, async () => {
        const coordinator = await liveBoard();
        // Whatever starting the board sends has arrived once a later change's snapshot has (one
        // queue per board); from here on the room must hear nothing.
        const timed = await coordinator.ok('timer:start', { boardId: ctx.board.id });
        await coordinator.next('session:state', (state) => state.version === timed.version);
        const heardBefore = coordinator.received.length;
        const outsider = await connectOnly(email);
        const ids = { caseId: ctx.berlinCase.id, userId: outsider.userId };
        const commands = everyCommand(ctx.board.id, ids);

        expect(await outsider.outcome('board:join', { boardId: ctx.board.id })).toBe('not_found');
        expect(await outcomes(outsider, commands)).toEqual(allAre(commands, 'not_found'));

        // Nothing tells this board apart from one that does not exist.
        const missing = randomUUID();
        expect(await outsider.emit('board:join', { boardId: missing })).toEqual(
          await outsider.emit('board:join', { boardId: ctx.board.id }),
        );
        expect(await outsider.emit('board:leave', { boardId: missing })).toEqual(
          await outsider.emit('board:leave', { boardId: ctx.board.id }),
        );

        // Nothing reached the room, and the outsider heard nothing from it.
        await coordinator.ok('presence:sync', { boardId: ctx.board.id });
        expect(coordinator.received.slice(heardBefore)).toEqual([]);
        expect(coordinator.states.map((state) => state.version)).toEqual([1, 2]);
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

        const ids = {
          caseId: ctx.seoulCase.id,
          userId: await userIdOf(ctx.server.db, ONCOLOGIST_SEOUL),
        };
        const commands = everyCommand(ctx.board.id, ids).filter(
          (command) => command.event !== 'presence:sync',
        );
        expect(await outcomes(watcher, commands)).toEqual(allAre(commands, 'forbidden'));
        expect(await watcher.outcome('presence:sync', { boardId: ctx.board.id })).toBe('ok');

        // They still see what the chair does.
        await coordinator.ok('timer:start', { boardId: ctx.board.id });
        expect(await watcher.next('session:state')).toMatchObject({ version: 2 });
      });
    }
  });

  it('forbids a clinician the chair’s commands but lets them raise and lower their hand', async () => {
    const coordinator = await liveBoard();
    const seoul = await join(ONCOLOGIST_SEOUL);
    const clinician = await join(ONCOLOGIST_BERLIN);
    await seoul.ok('hand:raise', { boardId: ctx.board.id });

    const boardId = ctx.board.id;
    expect({
      start: await clinician.outcome('board:start', { boardId }),
      end: await clinician.outcome('board:end', { boardId }),
      setCase: await clinician.outcome('session:setCase', { boardId, caseId: ctx.seoulCase.id }),
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
    expect(state).toMatchObject({ currentCaseId: ctx.berlinCase.id, timer: { state: 'idle' } });
    expect(state.hands.map((hand) => hand.userId)).toEqual([seoul.userId]);
  });
});
