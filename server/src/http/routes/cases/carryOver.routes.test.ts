import {
  BoardCarryOversSchema,
  CarryOverResponseSchema,
  CarryOverTargetsResponseSchema,
  CaseDecisionResponseSchema,
  SearchResponseSchema,
} from '@konsil/shared';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { storeNoteSnapshot } from '../../../storage/repositories/noteDocuments';
import { demoNotesState } from '../../../storage/seed/demoNotes';
import { boardOf, signIn } from '../../../test/api';
import { describeEachDatabase } from '../../../test/databases';
import { buildBoard, buildCase, buildUser } from '../../../test/factories';
import { joinAs, type LiveClient } from '../../../test/liveClient';
import {
  COORDINATOR_BERLIN,
  COORDINATOR_SEOUL,
  lobectomy,
  OBSERVER_BERLIN,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
  ONCOLOGIST_VIENNA,
} from '../../../test/minutesBoard';
import { auditRows, boardState, userIdOf } from '../../../test/queries';
import { expectError, expectSameAsMissing, expectValidationFailed } from '../../../test/refusals';
import { startTestServer, type TestServer } from '../../../test/testServer';

const SOURCE_STARTS = '2026-12-10T15:00:00.000Z';
const NEXT_WEEK = '2026-12-17T15:00:00.000Z';

describeEachDatabase('carrying a case over to a later board', (dialect) => {
  let server: TestServer;
  const clients: LiveClient[] = [];

  beforeEach(async () => {
    server = await startTestServer({ dialect });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await server.close();
  });

  /** An ended Berlin–Seoul board and the boards around it, as the Berlin coordinator sees them. */
  async function boards() {
    const joint = { host: 'CCCC' as const, guests: ['SCCC' as const] };
    const invited = [ONCOLOGIST_BERLIN, OBSERVER_BERLIN, ONCOLOGIST_SEOUL];
    const source = await buildBoard(server.db, {
      ...joint,
      invited,
      title: 'Thoracic board 10 Dec',
      startsAt: SOURCE_STARTS,
      status: 'ended',
    });
    const next = await buildBoard(server.db, {
      ...joint,
      invited,
      title: 'Thoracic board 17 Dec',
      startsAt: NEXT_WEEK,
    });
    const later = await buildBoard(server.db, {
      ...joint,
      title: 'Thoracic board 7 Jan',
      startsAt: '2027-01-07T15:00:00.000Z',
    });
    const earlier = await buildBoard(server.db, {
      ...joint,
      title: 'Thoracic board 3 Dec',
      startsAt: '2026-12-03T15:00:00.000Z',
    });
    const endedLater = await buildBoard(server.db, {
      ...joint,
      title: 'Ended later board',
      startsAt: '2026-12-14T15:00:00.000Z',
      status: 'ended',
    });
    const liveLater = await buildBoard(server.db, {
      ...joint,
      title: 'Live later board',
      startsAt: '2026-12-11T15:00:00.000Z',
      status: 'live',
    });
    const berlinOnly = await buildBoard(server.db, {
      host: 'CCCC',
      title: 'Berlin only board',
      startsAt: '2026-12-18T15:00:00.000Z',
    });
    // Seoul's coordinator is invited here, but Seoul does not take part.
    const berlinWithSeoulGuest = await buildBoard(server.db, {
      host: 'CCCC',
      invited: [COORDINATOR_SEOUL],
      title: 'Berlin board with a Seoul guest',
      startsAt: '2026-12-19T15:00:00.000Z',
    });
    const seoulOnly = await buildBoard(server.db, {
      host: 'SCCC',
      title: 'Seoul only board',
      startsAt: '2026-12-20T15:00:00.000Z',
    });
    return {
      source,
      next,
      later,
      earlier,
      endedLater,
      liveLater,
      berlinOnly,
      berlinWithSeoulGuest,
      seoulOnly,
    };
  }

  const casePath = (boardId: string, caseId: string, tail = '') =>
    `/api/boards/${boardId}/cases/${caseId}${tail}`;
  const carry = (boardId: string, caseId: string) => casePath(boardId, caseId, '/carry-over');
  const targetsOf = (boardId: string, caseId: string) =>
    casePath(boardId, caseId, '/carry-over/targets');

  it('moves a case the ended board did not reach to the next board, with its notes, recommendation, positions and history', async () => {
    const all = await boards();
    // The board runs live and ends before its case is reached; the real end path marks it.
    const live = await buildBoard(server.db, {
      host: 'CCCC',
      guests: ['SCCC'],
      invited: [ONCOLOGIST_BERLIN, ONCOLOGIST_SEOUL],
      title: 'Thoracic board 12 Dec',
      startsAt: '2026-12-12T15:00:00.000Z',
      status: 'live',
    });
    const item = await buildCase(server.db, { board: live, home: 'CCCC', status: 'ready' });
    const stays = await buildCase(server.db, { board: live, home: 'SCCC', status: 'decided' });
    await storeNoteSnapshot(
      server.db,
      item.id,
      demoNotesState([{ paragraph: 'Lungenfunktion grenzwertig' }]),
      new Date(),
    );
    const chair = await joinAs(server, COORDINATOR_BERLIN, live.id);
    clients.push(chair);
    await chair.browser.put(casePath(live.id, item.id, '/recommendation'), {
      version: 0,
      content: lobectomy,
    });
    await chair.browser.put(casePath(live.id, item.id, '/position'), {
      position: 'agree',
      note: 'Resektabel',
      recommendationVersion: 1,
    });
    await chair.ok('board:end', { boardId: live.id });
    // The history is in time order: the carry-over comes later than the end.
    server.clock.advanceMinutes(10);
    // Someone on the next board's page hears that its agenda changed.
    const watcher = await joinAs(server, ONCOLOGIST_BERLIN, all.next.id);
    clients.push(watcher);

    const coordinator = await signIn(server, COORDINATOR_BERLIN);
    const offered = await coordinator.get(targetsOf(live.id, item.id));
    expect(offered.status).toBe(200);
    expect(CarryOverTargetsResponseSchema.parse(offered.body).targets).toEqual(
      [all.next, all.berlinOnly, all.berlinWithSeoulGuest, all.later].map((board) => ({
        id: board.id,
        title: board.title,
        startsAt: expect.any(String),
      })),
    );
    const before = {
      source: (await boardState(server.db, live.id)).board.agendaVersion,
      target: (await boardState(server.db, all.next.id)).board.agendaVersion,
    };

    const moved = await coordinator.post(carry(live.id, item.id), { toBoardId: all.next.id });
    expect(moved.status).toBe(200);
    const { carriedOver } = CarryOverResponseSchema.parse(moved.body);
    expect(carriedOver).toEqual({
      caseId: item.id,
      pseudonym: item.pseudonym,
      from: { id: live.id, title: live.title, startsAt: '2026-12-12T15:00:00.000Z' },
      to: { id: all.next.id, title: all.next.title, startsAt: NEXT_WEEK },
      at: expect.any(String),
    });

    const target = boardOf(await coordinator.get(`/api/boards/${all.next.id}`));
    expect(target.cases.map((entry) => [entry.id, entry.status])).toEqual([[item.id, 'ready']]);
    const source = boardOf(await coordinator.get(`/api/boards/${live.id}`));
    expect(source.cases.map((entry) => entry.id)).toEqual([stays.id]);
    expect((await coordinator.get(casePath(live.id, item.id))).status).toBe(404);
    expect((await boardState(server.db, live.id)).board.agendaVersion).toBe(before.source + 1);
    expect((await boardState(server.db, all.next.id)).board.agendaVersion).toBe(before.target + 1);
    await watcher.next('agenda:changed', (change) => change.boardId === all.next.id);

    const { decision } = CaseDecisionResponseSchema.parse(
      (await coordinator.get(casePath(all.next.id, item.id, '/decision'))).body,
    );
    expect(decision.recommendation?.content.decisionText).toBe(lobectomy.decisionText);
    expect(decision.positions.map((entry) => [entry.position, entry.note])).toEqual([
      ['agree', 'Resektabel'],
    ]);
    const liveRef = { id: live.id, title: live.title, startsAt: '2026-12-12T15:00:00.000Z' };
    expect(decision.history).toEqual([
      expect.objectContaining({ kind: 'not_discussed', by: null, board: liveRef, toBoard: null }),
      expect.objectContaining({
        kind: 'carried_over',
        by: { name: expect.any(String), institutionCode: 'CCCC' },
        board: liveRef,
        toBoard: { id: all.next.id, title: all.next.title, startsAt: NEXT_WEEK },
      }),
    ]);
    const notes = await server.db
      .selectFrom('note_snapshots')
      .select('case_id')
      .where('case_id', '=', item.id)
      .execute();
    expect(notes).toHaveLength(1);

    const audit = await auditRows(server.db, { action: 'case.carried_over', objectId: item.id });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor_user_id).toBe(await userIdOf(server.db, COORDINATOR_BERLIN));
    expect(JSON.parse(audit[0]?.details ?? '{}')).toEqual({
      fromBoardId: live.id,
      toBoardId: all.next.id,
      status: 'ready',
    });

    // Search follows the case to its new board.
    const found = SearchResponseSchema.parse(
      (await coordinator.get(`/api/search?q=${encodeURIComponent(item.pseudonym)}`)).body,
    ).results.filter((result) => result.caseId === item.id);
    expect(found.map((result) => [result.kind, result.boardId]).sort()).toEqual([
      ['case', all.next.id],
      ['recommendation', all.next.id],
    ]);

    // Both boards say where it went and where it came from.
    const away = BoardCarryOversSchema.parse(
      (await coordinator.get(`/api/boards/${live.id}/carry-overs`)).body,
    );
    expect(away).toEqual({ carriedAway: [carriedOver], carriedIn: [] });
    const inbound = BoardCarryOversSchema.parse(
      (await coordinator.get(`/api/boards/${all.next.id}/carry-overs`)).body,
    );
    expect(inbound).toEqual({ carriedAway: [], carriedIn: [carriedOver] });

    // It is on the next board now: carrying it again from the old one finds nothing there.
    const again = await coordinator.post(carry(live.id, item.id), { toBoardId: all.later.id });
    expectError(again, 404, 'not_found');
  });

  it('puts an incomplete case back as submitted, not ready', async () => {
    const { source, next } = await boards();
    const item = await buildCase(server.db, {
      board: source,
      home: 'SCCC',
      status: 'not_discussed',
      complete: false,
    });
    const seoul = await signIn(server, COORDINATOR_SEOUL);
    const moved = await seoul.post(carry(source.id, item.id), { toBoardId: next.id });
    expect(moved.status).toBe(200);
    const target = boardOf(await seoul.get(`/api/boards/${next.id}`));
    expect(target.cases.map((entry) => [entry.id, entry.status])).toEqual([[item.id, 'submitted']]);
  });

  it('appends the case at the end of the target agenda', async () => {
    const { source, next } = await boards();
    const first = await buildCase(server.db, { board: next, home: 'SCCC', status: 'submitted' });
    const item = await buildCase(server.db, {
      board: source,
      home: 'CCCC',
      status: 'not_discussed',
    });
    const coordinator = await signIn(server, COORDINATOR_BERLIN);
    expect((await coordinator.post(carry(source.id, item.id), { toBoardId: next.id })).status).toBe(
      200,
    );
    const target = boardOf(await coordinator.get(`/api/boards/${next.id}`));
    expect(target.cases.map((entry) => entry.id)).toEqual([first.id, item.id]);
  });

  it('offers only later scheduled boards with the home institution whose agenda the coordinator may edit', async () => {
    const all = await boards();
    const seoulCase = await buildCase(server.db, {
      board: all.source,
      home: 'SCCC',
      status: 'not_discussed',
    });
    // Berlin's coordinator: Seoul's case cannot go to Berlin-only boards.
    const berlin = await signIn(server, COORDINATOR_BERLIN);
    const forBerlin = CarryOverTargetsResponseSchema.parse(
      (await berlin.get(targetsOf(all.source.id, seoulCase.id))).body,
    );
    expect(forBerlin.targets.map((board) => board.id)).toEqual([all.next.id, all.later.id]);
    // Seoul's coordinator: no Berlin board where Seoul is only a guest, but Seoul's own.
    const seoul = await signIn(server, COORDINATOR_SEOUL);
    const forSeoul = CarryOverTargetsResponseSchema.parse(
      (await seoul.get(targetsOf(all.source.id, seoulCase.id))).body,
    );
    expect(forSeoul.targets.map((board) => board.id)).toEqual([
      all.next.id,
      all.seoulOnly.id,
      all.later.id,
    ]);
  });

  it('refuses boards that are not later, not scheduled, the same, or without the home institution (409), and leaves everything as it was', async () => {
    const all = await boards();
    const item = await buildCase(server.db, {
      board: all.source,
      home: 'CCCC',
      status: 'not_discussed',
    });
    const seoulCase = await buildCase(server.db, {
      board: all.source,
      home: 'SCCC',
      status: 'not_discussed',
    });
    const coordinator = await signIn(server, COORDINATOR_BERLIN);
    const seoul = await signIn(server, COORDINATOR_SEOUL);
    const watched = [all.source, all.earlier, all.endedLater, all.liveLater, all.berlinOnly];
    const before = await Promise.all(watched.map((board) => boardState(server.db, board.id)));
    const auditBefore = (await auditRows(server.db, { action: 'case.carried_over' })).length;

    const refusals = {
      earlier: await coordinator.post(carry(all.source.id, item.id), { toBoardId: all.earlier.id }),
      ended: await coordinator.post(carry(all.source.id, item.id), {
        toBoardId: all.endedLater.id,
      }),
      live: await coordinator.post(carry(all.source.id, item.id), { toBoardId: all.liveLater.id }),
      same: await coordinator.post(carry(all.source.id, item.id), { toBoardId: all.source.id }),
      withoutHome: await coordinator.post(carry(all.source.id, seoulCase.id), {
        toBoardId: all.berlinOnly.id,
      }),
      // Invited, so Seoul's coordinator sees the board, but Seoul does not take part in it.
      notTakingPart: await seoul.post(carry(all.source.id, item.id), {
        toBoardId: all.berlinWithSeoulGuest.id,
      }),
    };
    for (const [what, answer] of Object.entries(refusals)) {
      expectError(answer, 409, 'carry_over_not_allowed', {}, what);
    }
    expect(await Promise.all(watched.map((board) => boardState(server.db, board.id)))).toEqual(
      before,
    );
    expect((await auditRows(server.db, { action: 'case.carried_over' })).length).toBe(auditBefore);
    const refused = await auditRows(server.db, {
      action: 'access.refused',
      actorUserId: await userIdOf(server.db, COORDINATOR_SEOUL),
      objectId: all.berlinWithSeoulGuest.id,
    });
    expect(refused.map((row) => JSON.parse(row.details ?? '{}').attempted)).toEqual([
      'agenda:edit',
    ]);
  });

  it('answers a target board the coordinator cannot see exactly as one that does not exist', async () => {
    const all = await boards();
    const item = await buildCase(server.db, {
      board: all.source,
      home: 'SCCC',
      status: 'not_discussed',
    });
    const berlin = await signIn(server, COORDINATOR_BERLIN);
    const hidden = await berlin.post(carry(all.source.id, item.id), {
      toBoardId: all.seoulOnly.id,
    });
    const missing = await berlin.post(carry(all.source.id, item.id), {
      toBoardId: '00000000-0000-4000-8000-000000000000',
    });
    expectSameAsMissing(hidden, missing, 'a Seoul-only board');
    const refused = await auditRows(server.db, {
      action: 'access.refused',
      objectId: all.seoulOnly.id,
    });
    expect(refused).toHaveLength(1);
  });

  it('lets only coordinators taking part carry over, and only a case that was not discussed', async () => {
    const all = await boards();
    const item = await buildCase(server.db, {
      board: all.source,
      home: 'CCCC',
      status: 'not_discussed',
    });
    const decided = await buildCase(server.db, {
      board: all.source,
      home: 'CCCC',
      status: 'decided',
    });
    const onScheduled = await buildCase(server.db, {
      board: all.next,
      home: 'CCCC',
      status: 'ready',
    });
    const vienna = await buildUser(server.db, { institution: 'VCCC', role: 'coordinator' });
    const body = { toBoardId: all.next.id };
    const before = await boardState(server.db, all.next.id);

    for (const email of [ONCOLOGIST_BERLIN, OBSERVER_BERLIN]) {
      const person = await signIn(server, email);
      expectError(
        await person.post(carry(all.source.id, item.id), body),
        403,
        'forbidden',
        {},
        email,
      );
      expectError(await person.get(targetsOf(all.source.id, item.id)), 403, 'forbidden', {}, email);
    }
    const outsider = await signIn(server, vienna.email, vienna.password);
    expectSameAsMissing(
      await outsider.post(carry(all.source.id, item.id), body),
      await outsider.post(carry(all.source.id, '00000000-0000-4000-8000-000000000000'), body),
      'a coordinator whose institution does not take part',
    );
    const coordinator = await signIn(server, COORDINATOR_BERLIN);
    expectError(await coordinator.post(carry(all.source.id, decided.id), body), 403, 'forbidden');
    expectError(
      await coordinator.post(carry(all.next.id, onScheduled.id), { toBoardId: all.later.id }),
      403,
      'forbidden',
    );
    expect(await boardState(server.db, all.next.id)).toEqual(before);
    const refused = await auditRows(server.db, { action: 'access.refused', objectId: item.id });
    expect(refused.map((row) => JSON.parse(row.details ?? '{}').attempted)).toEqual([
      'case:carryOver',
      'case:carryOver',
      'case:carryOver',
      'case:carryOver',
    ]);
  });

  it('names toBoardId when the body is wrong', async () => {
    const { source } = await boards();
    const item = await buildCase(server.db, {
      board: source,
      home: 'CCCC',
      status: 'not_discussed',
    });
    const coordinator = await signIn(server, COORDINATOR_BERLIN);
    for (const body of [{}, { toBoardId: 'next week' }, { toBoardId: 42 }]) {
      expectValidationFailed(
        await coordinator.post(carry(source.id, item.id), body),
        ['toBoardId'],
        JSON.stringify(body),
      );
    }
  });

  it('lists carried cases only to those who may read them on that board', async () => {
    const { source, next } = await boards();
    const unshared = await buildCase(server.db, {
      board: source,
      home: 'CCCC',
      status: 'not_discussed',
      consent: false,
    });
    const berlin = await signIn(server, COORDINATOR_BERLIN);
    expect((await berlin.post(carry(source.id, unshared.id), { toBoardId: next.id })).status).toBe(
      200,
    );
    const seoul = await signIn(server, ONCOLOGIST_SEOUL);
    for (const boardId of [source.id, next.id]) {
      const seen = BoardCarryOversSchema.parse(
        (await seoul.get(`/api/boards/${boardId}/carry-overs`)).body,
      );
      expect(seen).toEqual({ carriedAway: [], carriedIn: [] });
    }
    const berlinSees = BoardCarryOversSchema.parse(
      (await berlin.get(`/api/boards/${source.id}/carry-overs`)).body,
    );
    expect(berlinSees.carriedAway.map((entry) => entry.caseId)).toEqual([unshared.id]);
    const vienna = await signIn(server, ONCOLOGIST_VIENNA);
    expectError(await vienna.get(`/api/boards/${source.id}/carry-overs`), 404, 'not_found');
  });
});
