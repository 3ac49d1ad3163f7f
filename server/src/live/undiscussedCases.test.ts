import type { CaseStatus } from '@konsil/shared';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases';
import { buildBoard, buildCase } from '../test/factories';
import { joinAs, type LiveClient } from '../test/liveClient';
import {
  COORDINATOR_BERLIN,
  OBSERVER_BERLIN,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
} from '../test/minutesBoard';
import { auditRows, userIdOf } from '../test/queries';
import { startTestServer, type TestServer } from '../test/testServer';

describeEachDatabase('ending a board marks the cases it did not reach', (dialect) => {
  let server: TestServer;
  const clients: LiveClient[] = [];

  beforeEach(async () => {
    server = await startTestServer({ dialect });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await server.close();
  });

  async function statusesOf(boardId: string) {
    const rows = await server.db
      .selectFrom('cases')
      .select(['id', 'status', 'board_id'])
      .where('board_id', '=', boardId)
      .execute();
    return Object.fromEntries(rows.map((row) => [row.id, row.status]));
  }

  async function eventsOf(boardId: string) {
    return server.db
      .selectFrom('case_events')
      .select(['case_id', 'kind', 'board_id', 'to_board_id', 'outcome', 'actor_id'])
      .where('board_id', '=', boardId)
      .orderBy('case_id')
      .execute();
  }

  async function liveBoardWithEveryStatus() {
    const board = await buildBoard(server.db, {
      host: 'CCCC',
      guests: ['SCCC'],
      invited: [ONCOLOGIST_BERLIN, OBSERVER_BERLIN, ONCOLOGIST_SEOUL],
      status: 'live',
    });
    const at = async (home: 'CCCC' | 'SCCC', status: CaseStatus, consent = true) =>
      (await buildCase(server.db, { board, home, status, consent })).id;
    const cases = {
      decided: await at('CCCC', 'decided'),
      deferred: await at('SCCC', 'deferred'),
      rePresent: await at('CCCC', 're_present'),
      draft: await at('SCCC', 'draft'),
      // Not shared with Seoul: the end still reaches it, whoever chairs. Before the others on
      // the agenda, so what Seoul hears about them comes after anything about it.
      hiddenReady: await at('CCCC', 'ready', false),
      submitted: await at('SCCC', 'submitted'),
      ready: await at('CCCC', 'ready'),
    };
    return { board, cases };
  }

  it('turns only submitted and ready cases into not discussed, with an event by no one and an audit entry each', async () => {
    const { board, cases } = await liveBoardWithEveryStatus();
    const chair = await joinAs(server, COORDINATOR_BERLIN, board.id);
    clients.push(chair);
    const chairId = await userIdOf(server.db, COORDINATOR_BERLIN);
    const auditBefore = (await auditRows(server.db)).length;

    await chair.ok('board:end', { boardId: board.id });

    expect(await statusesOf(board.id)).toEqual({
      [cases.decided]: 'decided',
      [cases.deferred]: 'deferred',
      [cases.rePresent]: 're_present',
      [cases.draft]: 'draft',
      [cases.submitted]: 'not_discussed',
      [cases.ready]: 'not_discussed',
      [cases.hiddenReady]: 'not_discussed',
    });
    const marked = [cases.submitted, cases.ready, cases.hiddenReady].sort();
    expect(await eventsOf(board.id)).toEqual(
      marked.map((caseId) => ({
        case_id: caseId,
        kind: 'not_discussed',
        board_id: board.id,
        to_board_id: null,
        outcome: null,
        actor_id: null,
      })),
    );
    const written = (await auditRows(server.db)).slice(auditBefore);
    expect(written.map((row) => row.action)).toEqual([
      'board.ended',
      'case.status_changed',
      'case.status_changed',
      'case.status_changed',
    ]);
    const perCase = written.filter((row) => row.action === 'case.status_changed');
    expect(perCase.map((row) => row.object_id).sort()).toEqual(marked);
    for (const row of perCase) {
      expect(row.actor_user_id).toBe(chairId);
      expect(row.object_type).toBe('case');
      expect(JSON.parse(row.details ?? '{}')).toMatchObject({
        to: 'not_discussed',
        cause: 'board_ended',
      });
    }
  });

  it('tells the room: the agenda and the marked cases’ decisions are to be fetched again', async () => {
    const { board, cases } = await liveBoardWithEveryStatus();
    const chair = await joinAs(server, COORDINATOR_BERLIN, board.id);
    const seoul = await joinAs(server, ONCOLOGIST_SEOUL, board.id);
    clients.push(chair, seoul);

    await chair.ok('board:end', { boardId: board.id });

    await seoul.next('agenda:changed', (change) => change.boardId === board.id);
    const told = [await seoul.next('decision:changed'), await seoul.next('decision:changed')];
    expect(told.map((change) => change.caseId).sort()).toEqual(
      [cases.submitted, cases.ready].sort(),
    );
    // Seoul may not read the unshared Berlin case: it hears nothing about it.
    const aboutHidden = seoul.received.filter(
      (entry) =>
        entry.event === 'decision:changed' &&
        Reflect.get(Object(entry.payload), 'caseId') === cases.hiddenReady,
    );
    expect(aboutHidden).toEqual([]);
  });

  it('marks nothing again when the end is repeated, and nothing at all on a board ended with every case closed', async () => {
    const { board } = await liveBoardWithEveryStatus();
    const chair = await joinAs(server, COORDINATOR_BERLIN, board.id);
    clients.push(chair);
    await chair.ok('board:end', { boardId: board.id });
    const events = await eventsOf(board.id);
    const audit = (await auditRows(server.db)).length;

    await chair.ok('board:end', { boardId: board.id });
    expect(await eventsOf(board.id)).toEqual(events);
    expect((await auditRows(server.db)).length).toBe(audit);

    const closed = await buildBoard(server.db, { host: 'CCCC', status: 'live' });
    await buildCase(server.db, { board: closed, home: 'CCCC', status: 'decided' });
    await buildCase(server.db, { board: closed, home: 'CCCC', status: 'draft' });
    const other = await joinAs(server, COORDINATOR_BERLIN, closed.id);
    clients.push(other);
    await other.ok('board:end', { boardId: closed.id });
    expect(await eventsOf(closed.id)).toEqual([]);
    expect(Object.values(await statusesOf(closed.id)).sort()).toEqual(['decided', 'draft']);
  });
});
