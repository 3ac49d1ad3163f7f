import { EMPTY_RECOMMENDATION, type RecommendationContent } from '@konsil/shared';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { signIn } from '../../../test/api';
import { describeEachDatabase } from '../../../test/databases';
import { decisionOf, onVersion } from '../../../test/decisions';
import { buildBoard, buildCase, buildUser } from '../../../test/factories';
import { joinAs } from '../../../test/liveClient';
import {
  COORDINATOR_BERLIN,
  COORDINATOR_SEOUL,
  OBSERVER_BERLIN,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
  runBoardToEnd,
} from '../../../test/minutesBoard';
import { auditRows } from '../../../test/queries';
import { expectError, expectSameAsMissing, expectValidationFailed } from '../../../test/refusals';
import type { TestClient } from '../../../test/testClient';
import { startTestServer, type TestServer } from '../../../test/testServer';

/** A board id no board has: what "not there" answers. */
const MISSING_BOARD = '5b0e0f5e-8a8c-4c8e-9b7e-3f3c2d1e0a99';

const surgery: RecommendationContent = {
  ...EMPTY_RECOMMENDATION,
  decisionText: 'Lobektomie mit systematischer Lymphadenektomie.',
};
const chemoradiation: RecommendationContent = {
  ...EMPTY_RECOMMENDATION,
  decisionText: 'Definitive Radiochemotherapie, danach Durvalumab.',
};

describeEachDatabase(
  'a decision record: positions on versions, closing and reopening',
  (dialect) => {
    let server: TestServer;
    let board: { id: string };
    let caseId: string;
    let coordinator: TestClient;

    beforeEach(async () => {
      server = await startTestServer({ dialect });
      board = await buildBoard(server.db, {
        host: 'CCCC',
        guests: ['SCCC'],
        invited: [ONCOLOGIST_BERLIN, ONCOLOGIST_SEOUL, OBSERVER_BERLIN],
        status: 'live',
      });
      caseId = (await buildCase(server.db, { board, home: 'CCCC', status: 'ready' })).id;
      coordinator = await signIn(server, COORDINATOR_BERLIN);
    });

    afterEach(async () => {
      await server.close();
    });

    const path = (tail: string) => `/api/boards/${board.id}/cases/${caseId}/${tail}`;
    const save = (client: TestClient, version: number, content = surgery) =>
      client.put(path('recommendation'), { version, content });
    const read = async (client = coordinator) => decisionOf(await client.get(path('decision')));
    const stated = async () =>
      (await auditRows(server.db, { action: 'position.stated', objectId: caseId })).length;

    it('takes no position while there is no recommendation, and says so', async () => {
      const berlin = await signIn(server, ONCOLOGIST_BERLIN);
      expect((await read(berlin)).permissions.canStatePosition).toBe(false);
      expectError(
        await berlin.put(path('position'), onVersion(1, 'agree')),
        409,
        'recommendation_missing',
      );
      expect((await read()).positions).toEqual([]);
      expect(await stated()).toBe(0);
      // Once there is one, the same person may.
      await save(coordinator, 0);
      expect((await read(berlin)).permissions.canStatePosition).toBe(true);
    });

    it('binds each position to the version it judged: a new version counts nobody until they state again', async () => {
      const berlin = await signIn(server, ONCOLOGIST_BERLIN);
      const seoulTab = await joinAs(server, ONCOLOGIST_SEOUL, board.id);
      await save(coordinator, 0);
      await berlin.put(path('position'), onVersion(1, 'agree'));
      await seoulTab.browser.put(path('position'), onVersion(1, 'disagree', 'Eher Radiochemo'));
      expect((await read()).tally).toEqual({ agree: 1, disagree: 1, abstain: 0 });

      const rewritten = decisionOf(await save(coordinator, 1, chemoradiation));
      expect(rewritten.recommendation?.version).toBe(2);
      expect(rewritten.tally).toEqual({ agree: 0, disagree: 0, abstain: 0 });
      // Both positions are still there, each saying which wording it judged.
      expect(
        rewritten.positions.map((entry) => [entry.participant.institution.code, entry.position]),
      ).toEqual([
        ['CCCC', 'agree'],
        ['SCCC', 'disagree'],
      ]);
      expect(rewritten.positions.map((entry) => entry.recommendationVersion)).toEqual([1, 1]);
      // Seoul is told at once, and what it then reads asks it to state its position again.
      await seoulTab.next('decision:changed', (change) => change.caseId === caseId);
      const seen = await read(seoulTab.browser);
      expect(seen.recommendation?.version).toBe(2);
      expect(
        seen.positions.find((entry) => entry.participant.id === seoulTab.userId),
      ).toMatchObject({ recommendationVersion: 1, position: 'disagree' });
      expect(seen.permissions.canStatePosition).toBe(true);

      // Restated on version 2, Seoul counts; Berlin, still on version 1, does not.
      const restated = decisionOf(
        await seoulTab.browser.put(path('position'), onVersion(2, 'agree')),
      );
      expect(restated.tally).toEqual({ agree: 1, disagree: 0, abstain: 0 });
      expect(
        restated.positions.map((entry) => [entry.position, entry.recommendationVersion]),
      ).toEqual([
        ['agree', 1],
        ['agree', 2],
      ]);
      seoulTab.close();
    });

    it('refuses a position on a version that is no longer current, keeping the one stated before', async () => {
      const berlin = await signIn(server, ONCOLOGIST_BERLIN);
      await save(coordinator, 0);
      await berlin.put(path('position'), onVersion(1, 'agree', 'Operabel'));
      await save(coordinator, 1, chemoradiation);
      const before = await stated();

      for (const version of [1, 3]) {
        expectError(
          await berlin.put(path('position'), onVersion(version, 'disagree')),
          409,
          'recommendation_changed',
          {},
          `version ${version}`,
        );
      }
      const [own] = (await read()).positions;
      expect(own).toMatchObject({ position: 'agree', note: 'Operabel', recommendationVersion: 1 });
      expect(await stated()).toBe(before);
    });

    it('keeps the record honest when a new version and a position on the old one race', async () => {
      const berlin = await signIn(server, ONCOLOGIST_BERLIN);
      await save(coordinator, 0);
      for (let version = 1; version <= 12; version += 1) {
        const [saved, position] = await Promise.all([
          save(coordinator, version, { ...surgery, decisionText: `Fassung ${version + 1}` }),
          berlin.put(path('position'), onVersion(version, version % 2 ? 'agree' : 'abstain')),
        ]);
        expect(saved.status).toBe(200);
        expect([200, 409]).toContain(position.status);
        if (position.status === 409) expectError(position, 409, 'recommendation_changed');
      }
      // In the audit trail, which follows commit order, no position on version N is recorded
      // after version N+1 was saved: a position is never accepted on a wording already replaced.
      const trail = await auditRows(server.db, { objectId: caseId });
      let current = 0;
      for (const row of trail) {
        const details = JSON.parse(row.details ?? '{}');
        if (row.action === 'recommendation.saved') current = details.version;
        if (row.action === 'position.stated')
          expect(details.version, `seq ${row.seq}`).toBe(current);
      }
      const decision = await read();
      expect(decision.recommendation?.version).toBe(13);
      expect(decision.tally).toEqual({ agree: 0, disagree: 0, abstain: 0 });
    });

    it('locks a closed case: no positions, no edits, no second closing; the close buttons go', async () => {
      const berlin = await signIn(server, ONCOLOGIST_BERLIN);
      const observer = await signIn(server, OBSERVER_BERLIN);
      await save(coordinator, 0);
      await berlin.put(path('position'), onVersion(1, 'agree'));
      const closed = decisionOf(
        await coordinator.post(path('close'), { outcome: 'decided', reason: '' }),
      );
      expect(closed.permissions).toEqual({
        canEditRecommendation: false,
        canStatePosition: false,
        canClose: false,
        canReopen: true,
      });
      expect((await read(berlin)).permissions).toEqual({
        canEditRecommendation: false,
        canStatePosition: false,
        canClose: false,
        canReopen: false,
      });

      const refusedBefore = (await auditRows(server.db, { action: 'access.refused' })).length;
      expectError(await berlin.put(path('position'), onVersion(1, 'disagree')), 409, 'case_closed');
      // The presenter could otherwise edit it: they too hear why not.
      expectError(await save(berlin, 1, chemoradiation), 409, 'case_closed');
      expectError(await save(coordinator, 1, chemoradiation), 409, 'case_closed');
      for (const outcome of ['decided', 'deferred', 're_present']) {
        expectError(
          await coordinator.post(path('close'), { outcome, reason: 'Zweite Meinung' }),
          409,
          'case_closed',
          {},
          outcome,
        );
      }
      expect((await auditRows(server.db, { action: 'access.refused' })).length).toBe(refusedBefore);
      // Someone who could not state a position on an open case is still simply refused.
      expectError(await observer.put(path('position'), onVersion(1, 'agree')), 403, 'forbidden');

      const after = await read();
      expect(after).toMatchObject({ status: 'decided', recommendation: { version: 1 } });
      expect(after.positions.map((entry) => entry.position)).toEqual(['agree']);
      expect(await auditRows(server.db, { action: 'case.closed', objectId: caseId })).toHaveLength(
        1,
      );
    });

    it('reopens a closed case only with a reason, audited without it, and lists both in the history', async () => {
      const seoulTab = await joinAs(server, ONCOLOGIST_SEOUL, board.id);
      await coordinator.post(path('close'), { outcome: 'deferred', reason: 'PET-CT ausstehend' });

      for (const body of [{}, { reason: '' }, { reason: 'x'.repeat(1001) }]) {
        expectValidationFailed(
          await coordinator.post(path('reopen'), body),
          ['reason'],
          JSON.stringify(body).slice(0, 20),
        );
      }
      expect((await read()).status).toBe('deferred');

      const reason = 'PET-CT liegt jetzt vor';
      server.clock.advanceMinutes(25);
      const seoulCoordinator = await signIn(server, COORDINATOR_SEOUL);
      const reopened = decisionOf(await seoulCoordinator.post(path('reopen'), { reason }));
      expect(reopened).toMatchObject({ status: 'ready', statusReason: null });
      expect(reopened.permissions).toMatchObject({ canClose: true, canReopen: false });
      expect(reopened.history).toEqual([
        {
          kind: 'closed',
          at: '2026-12-03T07:00:00.000Z',
          by: { name: expect.any(String), institutionCode: 'CCCC' },
          outcome: 'deferred',
          reason: 'PET-CT ausstehend',
          board: { id: board.id, title: expect.any(String), startsAt: expect.any(String) },
          toBoard: null,
        },
        {
          kind: 'reopened',
          at: '2026-12-03T07:25:00.000Z',
          by: { name: expect.any(String), institutionCode: 'SCCC' },
          outcome: null,
          reason,
          board: { id: board.id, title: expect.any(String), startsAt: expect.any(String) },
          toBoard: null,
        },
      ]);
      // Everyone on the board hears it, and sees the history too.
      await seoulTab.next('decision:changed', (change) => change.caseId === caseId);
      await seoulTab.next('agenda:changed');
      expect((await read(seoulTab.browser)).history.map((event) => event.kind)).toEqual([
        'closed',
        'reopened',
      ]);

      const [audited] = await auditRows(server.db, { action: 'case.reopened', objectId: caseId });
      expect(JSON.parse(audited?.details ?? '{}')).toEqual({
        from: 'deferred',
        reasonLength: reason.length,
      });
      expect(audited?.details).not.toContain('PET');

      // Open again: it takes a recommendation and positions, and is not reopened twice.
      await save(coordinator, 0);
      expect((await seoulTab.browser.put(path('position'), onVersion(1, 'agree'))).status).toBe(
        200,
      );
      expectError(await coordinator.post(path('reopen'), { reason }), 409, 'case_not_closed');
      seoulTab.close();
    });

    it('lets only coordinators of the board reopen', async () => {
      await coordinator.post(path('close'), { outcome: 're_present', reason: '' });
      const reason = 'Versehentlich geschlossen';
      for (const email of [ONCOLOGIST_BERLIN, ONCOLOGIST_SEOUL, OBSERVER_BERLIN]) {
        const client = await signIn(server, email);
        expectError(await client.post(path('reopen'), { reason }), 403, 'forbidden', {}, email);
      }
      // A coordinator whose institution is not on the board does not learn the case exists.
      const vienna = await buildUser(server.db, { institution: 'VCCC', role: 'coordinator' });
      const outsider = await signIn(server, vienna.email);
      expectSameAsMissing(
        await outsider.post(path('reopen'), { reason }),
        await outsider.post(`/api/boards/${MISSING_BOARD}/cases/${caseId}/reopen`, { reason }),
        'reopen',
      );
      expect((await read()).status).toBe('re_present');
      expect(await auditRows(server.db, { action: 'case.reopened' })).toEqual([]);
      expect(await auditRows(server.db, { action: 'access.refused' })).toHaveLength(4);
    });
  },
);

describeEachDatabase('reopening after the board', (dialect) => {
  let server: TestServer;
  let ended: Awaited<ReturnType<typeof runBoardToEnd>>;

  beforeEach(async () => {
    server = await startTestServer({ dialect });
    ended = await runBoardToEnd(server);
  });

  afterEach(async () => {
    ended.chair.close();
    await server.close();
  });

  const casePath = (id: string, tail: string) =>
    `/api/boards/${ended.board.id}/cases/${id}/${tail}`;

  it('reopens a decided case of an ended board for a correction, until the minutes are signed', async () => {
    const coordinator = ended.chair.browser;
    const { berlinCase, seoulCase } = ended;
    const reopened = await coordinator.post(casePath(berlinCase.id, 'reopen'), {
      reason: 'Falsches Staging im Protokoll',
    });
    expect(decisionOf(reopened).status).toBe('ready');
    // The board is over: a correction, but no more positions.
    expect(decisionOf(reopened).permissions).toMatchObject({
      canEditRecommendation: true,
      canStatePosition: false,
      canClose: true,
    });
    await coordinator.post(casePath(berlinCase.id, 'close'), { outcome: 'decided', reason: '' });

    const minutesPath = `/api/boards/${ended.board.id}/minutes`;
    const draft = (await coordinator.get(minutesPath)).body as { minutes: { draftHash: string } };
    expect(
      (await coordinator.post(`${minutesPath}/sign`, { draftHash: draft.minutes.draftHash }))
        .status,
    ).toBe(201);
    expect(
      decisionOf(await coordinator.get(casePath(seoulCase.id, 'decision'))).permissions.canReopen,
    ).toBe(false);
    expectError(
      await coordinator.post(casePath(seoulCase.id, 'reopen'), { reason: 'Nachtrag' }),
      409,
      'minutes_signed',
    );
    const seoul = await signIn(server, ONCOLOGIST_SEOUL);
    expectError(
      await seoul.post(casePath(seoulCase.id, 'reopen'), { reason: 'Nachtrag' }),
      403,
      'forbidden',
    );
    expect(
      (await auditRows(server.db, { action: 'case.reopened' })).map((row) => row.object_id),
    ).toEqual([berlinCase.id]);
  });
});
