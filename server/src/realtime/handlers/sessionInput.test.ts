import { LIMITS } from '@konsil/shared';
import type { Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { ONCOLOGIST_SEOUL } from './liveBoardFixture';
import { useAccessBoard } from './sessionAccessFixture';

describeEachDatabase('who may do what on the live board', (dialect) => {
  const ctx = useAccessBoard(dialect);
  const { join, liveBoard } = ctx;

  describe('malformed input', () => {
    it('answers validation_failed naming the field, for every kind of bad payload', async () => {
      await liveBoard();
      const seoul = await join(ONCOLOGIST_SEOUL);
      const boardId = ctx.board.id;
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
      raw.emit('timer:start', { boardId: ctx.board.id });
      raw.emit('no:such-event', { boardId: ctx.board.id }, () => undefined);
      // The ack-less timer:start was carried out and broadcast all the same.
      expect(await coordinator.next('session:state', (s) => s.version === 2)).toMatchObject({
        timer: { state: 'running' },
      });
      expect(await coordinator.ok('timer:pause', { boardId: ctx.board.id })).toMatchObject({
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

      expect(await coordinator.ok('timer:start', { boardId: ctx.board.id })).toMatchObject({
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
        expect(
          await flooder.outcome('presence:sync', { boardId: ctx.board.id }),
          `#${sent + 1}`,
        ).toBe('ok');
      }
      expect(await flooder.outcome('hand:raise', { boardId: ctx.board.id })).toBe('rate_limited');
      expect(await flooder.outcome('presence:sync', { boardId: ctx.board.id })).toBe(
        'rate_limited',
      );

      // The limit is per socket: another tab of the same person is served, and no hand went up.
      const otherTab = await join(ONCOLOGIST_SEOUL);
      expect(otherTab.joined.state.hands).toEqual([]);
      expect(await otherTab.ok('hand:raise', { boardId: ctx.board.id })).toMatchObject({
        version: 2,
      });
    });
  });
});
