import { EMPTY_RECOMMENDATION, type RecommendationContent } from '@konsil/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signIn } from '../../../test/api';
import { describeEachDatabase } from '../../../test/databases';
import { decisionOf, onVersion } from '../../../test/decisions';
import { buildBoard, buildCase } from '../../../test/factories';
import { joinAs } from '../../../test/liveClient';
import { auditRows, userIdOf } from '../../../test/queries';
import { expectError, expectSameAsMissing, expectValidationFailed } from '../../../test/refusals';
import type { TestClient } from '../../../test/testClient';
import { startTestServer, type TestServer } from '../../../test/testServer';

const COORDINATOR_BERLIN = 'coordinator.berlin@konsil.test';
const COORDINATOR_SEOUL = 'coordinator.seoul@konsil.test';
const ONCOLOGIST_BERLIN = 'oncologist.berlin@konsil.test';
const ONCOLOGIST_SEOUL = 'oncologist.seoul@konsil.test';
const OBSERVER_BERLIN = 'observer.berlin@konsil.test';
const ONCOLOGIST_VIENNA = 'oncologist.vienna@konsil.test';
/** A case id no case has: what "not there" answers. */
const MISSING_CASE = '9f1c2b3a-4d5e-4f60-8a7b-1c2d3e4f5a6b';

const osimertinib: RecommendationContent = {
  ...EMPTY_RECOMMENDATION,
  decisionText: 'Lobektomie mit systematischer Lymphadenektomie, danach adjuvant Osimertinib.',
  intent: 'curative',
  modalities: ['surgery', 'systemic_therapy'],
  guideline: { body: 's3', name: 'Lungenkarzinom', version: '3.0' },
  isGuidelineConcordant: true,
  followUpOn: '2027-03-01',
};

describeEachDatabase('case decisions API', (dialect) => {
  let server: TestServer;
  let board: { id: string };
  let caseId: string;

  beforeEach(async () => {
    server = await startTestServer({ dialect });
    board = await buildBoard(server.db, {
      host: 'CCCC',
      guests: ['SCCC'],
      invited: [ONCOLOGIST_BERLIN, ONCOLOGIST_SEOUL, OBSERVER_BERLIN],
      status: 'live',
    });
    // Presented by the Berlin oncologist, who submitted it.
    caseId = (await buildCase(server.db, { board, home: 'CCCC', status: 'ready' })).id;
  });

  afterEach(async () => {
    await server.close();
  });

  const path = (tail: string, id = caseId) => `/api/boards/${board.id}/cases/${id}/${tail}`;
  const save = (client: TestClient, version: number, content = osimertinib) =>
    client.put(path('recommendation'), { version, content });

  it('saves a recommendation that every participant then reads, versioned and audited', async () => {
    const coordinator = await signIn(server, COORDINATOR_SEOUL);
    const saved = await save(coordinator, 0);
    expect(saved.status).toBe(200);
    expect(decisionOf(saved).recommendation).toMatchObject({
      content: osimertinib,
      version: 1,
      updatedBy: { name: expect.any(String), institution: { code: 'SCCC' } },
    });

    const observer = await signIn(server, OBSERVER_BERLIN);
    const read = await observer.get(path('decision'));
    expect(read.status).toBe(200);
    const decision = decisionOf(read);
    expect(decision.recommendation?.content.decisionText).toBe(osimertinib.decisionText);
    expect(decision.permissions).toEqual({
      canEditRecommendation: false,
      canStatePosition: false,
      canClose: false,
      canReopen: false,
    });
    expect(
      await auditRows(server.db, { action: 'recommendation.saved', objectId: caseId }),
    ).toHaveLength(1);
    expect(
      await auditRows(server.db, {
        action: 'decision.viewed',
        actorUserId: await userIdOf(server.db, OBSERVER_BERLIN),
      }),
    ).toHaveLength(1);
  });

  it('answers 409 to an editor who saves on top of a version they never saw, losing nothing', async () => {
    const presenter = await signIn(server, ONCOLOGIST_BERLIN);
    const coordinator = await signIn(server, COORDINATOR_BERLIN);
    expect((await save(presenter, 0)).status).toBe(200);

    const theirs = {
      ...osimertinib,
      decisionText: 'Stereotaktische Radiotherapie statt Operation.',
    };
    const stale = await save(coordinator, 0, theirs);
    expectError(stale, 409, 'conflict');
    const again = await save(coordinator, 0, theirs);
    expectError(again, 409, 'conflict');

    const current = decisionOf(await coordinator.get(path('decision'))).recommendation;
    expect(current).toMatchObject({
      version: 1,
      content: { decisionText: osimertinib.decisionText },
    });
    // Saved on top of what they now see, it goes through.
    const onTop = await save(coordinator, 1, theirs);
    expect(decisionOf(onTop).recommendation).toMatchObject({ version: 2, content: theirs });
  });

  it('names the invalid fields and stores nothing', async () => {
    const coordinator = await signIn(server, COORDINATOR_BERLIN);
    const response = await save(coordinator, 0, {
      ...osimertinib,
      isGuidelineConcordant: false,
      nonConcordanceReason: '',
      trialRegistryId: 'NCT-not-a-number',
      followUpOn: '2027-02-30',
    });
    expectValidationFailed(response, [
      'content.followUpOn',
      'content.nonConcordanceReason',
      'content.trialRegistryId',
    ]);
    // A JSON body that is not an object never reaches the schema; one that is names its fields.
    for (const body of [null, 'text']) {
      expectError(await coordinator.put(path('recommendation'), body), 400, 'invalid_json');
    }
    for (const [body, fields] of [
      [{ version: -1, content: osimertinib }, ['version']],
      [{ version: 0 }, ['content']],
    ] as const) {
      expectValidationFailed(await coordinator.put(path('recommendation'), body), [...fields]);
    }
    expect(decisionOf(await coordinator.get(path('decision'))).recommendation).toBeNull();
  });

  it('accepts registry ids of the trial registries both countries use', async () => {
    const coordinator = await signIn(server, COORDINATOR_BERLIN);
    let version = 0;
    for (const id of ['NCT04613596', 'drks00012345', 'KCT0001234', '2022-500123-45-00']) {
      const response = await save(coordinator, version, { ...osimertinib, trialRegistryId: id });
      expect(response.status, id).toBe(200);
      version = decisionOf(response).recommendation?.version ?? 0;
      expect(decisionOf(response).recommendation?.content.trialRegistryId).toBe(id.toUpperCase());
    }
  });

  it('lets only coordinators and the presenter write it, and refusals are audited', async () => {
    for (const email of [ONCOLOGIST_SEOUL, OBSERVER_BERLIN]) {
      const client = await signIn(server, email);
      expectError(await save(client, 0), 403, 'forbidden', {}, email);
    }
    const vienna = await signIn(server, ONCOLOGIST_VIENNA);
    const refusedSave = await save(vienna, 0);
    const refusedRead = await vienna.get(path('decision'));
    expect(await auditRows(server.db, { action: 'access.refused' })).toHaveLength(4);
    // Vienna does not take part: the case answers as if it did not exist.
    const missingBoard = (tail: string) =>
      `/api/boards/5b0e0f5e-8a8c-4c8e-9b7e-3f3c2d1e0a99/cases/${caseId}/${tail}`;
    expectSameAsMissing(
      refusedSave,
      await vienna.put(missingBoard('recommendation'), { version: 0, content: osimertinib }),
      'save',
    );
    expectSameAsMissing(refusedRead, await vienna.get(missingBoard('decision')), 'read');
    expect(await auditRows(server.db, { action: 'recommendation.saved' })).toHaveLength(0);
  });

  it('keeps an unconsented case, its decision included, at its home institution', async () => {
    const hidden = await buildCase(server.db, {
      board,
      home: 'CCCC',
      status: 'ready',
      consent: false,
    });
    const seoul = await signIn(server, COORDINATOR_SEOUL);
    expectSameAsMissing(
      await seoul.get(path('decision', hidden.id)),
      await seoul.get(path('decision', MISSING_CASE)),
      'decision',
    );
    const position = { position: 'agree', note: '', recommendationVersion: 1 };
    expectSameAsMissing(
      await seoul.put(path('position', hidden.id), position),
      await seoul.put(path('position', MISSING_CASE), position),
      'position',
    );
    expectSameAsMissing(
      await seoul.post(path('close', hidden.id), { outcome: 'deferred', reason: 'x' }),
      await seoul.post(path('close', MISSING_CASE), { outcome: 'deferred', reason: 'x' }),
      'close',
    );
  });

  it('tallies positions with names by institution, one per participant, live for everyone', async () => {
    const seoulTab = await joinAs(server, ONCOLOGIST_SEOUL, board.id);
    const berlin = await signIn(server, ONCOLOGIST_BERLIN);
    const seoul = seoulTab.browser;
    const coordinator = await signIn(server, COORDINATOR_SEOUL);
    await save(coordinator, 0);
    await seoulTab.next('decision:changed', (change) => change.caseId === caseId);

    expect((await berlin.put(path('position'), onVersion(1, 'agree'))).status).toBe(200);
    await seoulTab.next('decision:changed', (change) => change.caseId === caseId);
    await seoul.put(path('position'), onVersion(1, 'agree'));
    // Changing one's mind replaces the position rather than adding one.
    const final = await seoul.put(
      path('position'),
      onVersion(1, 'disagree', 'Bei N2b eher neoadjuvante Chemoimmuntherapie'),
    );
    await coordinator.put(path('position'), onVersion(1, 'abstain'));
    const decision = decisionOf(await coordinator.get(path('decision')));
    expect(final.status).toBe(200);
    expect(decision.tally).toEqual({ agree: 1, disagree: 1, abstain: 1 });
    expect(
      decision.positions.map((entry) => [entry.participant.institution.code, entry.position]),
    ).toEqual([
      ['CCCC', 'agree'],
      // Within an institution by name: "Dr. 김민준" before "박서연".
      ['SCCC', 'disagree'],
      ['SCCC', 'abstain'],
    ]);
    expect(decision.positions.find((entry) => entry.position === 'disagree')?.note).toBe(
      'Bei N2b eher neoadjuvante Chemoimmuntherapie',
    );
    expect(decision.positions.map((entry) => entry.recommendationVersion)).toEqual([1, 1, 1]);
    expect(
      (await auditRows(server.db, { action: 'position.stated', objectId: caseId })).map((row) =>
        JSON.parse(row.details ?? '{}'),
      ),
    ).toContainEqual({ position: 'abstain', version: 1 });
    seoulTab.close();
  });

  it('refuses positions from observers, outsiders and bad input', async () => {
    await save(await signIn(server, COORDINATOR_BERLIN), 0);
    const observer = await signIn(server, OBSERVER_BERLIN);
    expectError(await observer.put(path('position'), onVersion(1, 'agree')), 403, 'forbidden');
    const berlin = await signIn(server, ONCOLOGIST_BERLIN);
    const bad = await berlin.put(path('position'), { position: 'maybe', note: 'x'.repeat(1001) });
    expectValidationFailed(bad, ['note', 'position', 'recommendationVersion']);
    for (const recommendationVersion of [0, 1.5, '1']) {
      expectValidationFailed(
        await berlin.put(path('position'), { position: 'agree', note: '', recommendationVersion }),
        ['recommendationVersion'],
        String(recommendationVersion),
      );
    }
    expect(decisionOf(await berlin.get(path('decision'))).positions).toEqual([]);
  });

  it('closes a case as decided only with a recommendation, and deferred only with a reason', async () => {
    const coordinator = await signIn(server, COORDINATOR_SEOUL);
    expectError(
      await coordinator.post(path('close'), { outcome: 'decided', reason: '' }),
      422,
      'recommendation_required',
    );
    const noReason = await coordinator.post(path('close'), { outcome: 'deferred', reason: '' });
    expectValidationFailed(noReason, ['reason']);

    const deferred = await coordinator.post(path('close'), {
      outcome: 'deferred',
      reason: 'PET-CT ausstehend',
    });
    expect(decisionOf(deferred)).toMatchObject({
      status: 'deferred',
      statusReason: 'PET-CT ausstehend',
    });

    // Closed is closed: it is reopened, with a reason, before it closes again.
    const reopened = await coordinator.post(path('reopen'), { reason: 'PET-CT liegt vor' });
    expect(decisionOf(reopened)).toMatchObject({ status: 'ready', statusReason: null });
    await save(coordinator, 0);
    const decided = await coordinator.post(path('close'), { outcome: 'decided', reason: '' });
    expect(decisionOf(decided)).toMatchObject({ status: 'decided', statusReason: null });
    const closings = await auditRows(server.db, { action: 'case.closed', objectId: caseId });
    expect(closings.map((row) => JSON.parse(row.details ?? '{}').to)).toEqual([
      'deferred',
      'decided',
    ]);
  });

  it('lets only coordinators close a case, and tells the live room', async () => {
    const berlinTab = await joinAs(server, ONCOLOGIST_BERLIN, board.id);
    expectError(
      await berlinTab.browser.post(path('close'), { outcome: 're_present', reason: '' }),
      403,
      'forbidden',
    );
    const coordinator = await signIn(server, COORDINATOR_BERLIN);
    const closed = await coordinator.post(path('close'), {
      outcome: 're_present',
      reason: 'Nach Rebiopsie erneut vorstellen',
    });
    expect(decisionOf(closed).status).toBe('re_present');
    await berlinTab.next('decision:changed', (change) => change.caseId === caseId);
    await berlinTab.next('agenda:changed');
    berlinTab.close();
  });

  it('does not tell the other institution that an unconsented case changed', async () => {
    const hidden = await buildCase(server.db, {
      board,
      home: 'CCCC',
      status: 'ready',
      consent: false,
    });
    const seoulTab = await joinAs(server, ONCOLOGIST_SEOUL, board.id);
    const berlinTab = await joinAs(server, ONCOLOGIST_BERLIN, board.id);
    const coordinator = await signIn(server, COORDINATOR_BERLIN);
    await save(coordinator, 0);
    await coordinator.put(path('recommendation', hidden.id), { version: 0, content: osimertinib });
    await berlinTab.next('decision:changed', (change) => change.caseId === hidden.id);
    await seoulTab.next('decision:changed', (change) => change.caseId === caseId);
    await coordinator.put(path('position', hidden.id), onVersion(1, 'agree'));
    await coordinator.put(path('position'), onVersion(1, 'agree'));
    await berlinTab.next('decision:changed', (change) => change.caseId === hidden.id);
    // The consented case's change arrives at Seoul, the hidden one's never did before it.
    await seoulTab.next('decision:changed', (change) => change.caseId === caseId);
    expect(
      seoulTab.received.filter(
        (entry) =>
          entry.event === 'decision:changed' && JSON.stringify(entry.payload).includes(hidden.id),
      ),
    ).toEqual([]);
    seoulTab.close();
    berlinTab.close();
  });
});

describe('case decisions before and after the board', () => {
  let server: TestServer;
  afterEach(async () => {
    await server.close();
  });

  it('refuses positions before the board starts and after it ends; coordinators correct later', async () => {
    server = await startTestServer();
    const scheduled = await buildBoard(server.db, {
      host: 'CCCC',
      guests: ['SCCC'],
      invited: [ONCOLOGIST_BERLIN],
    });
    const ended = await buildBoard(server.db, {
      host: 'CCCC',
      guests: ['SCCC'],
      invited: [ONCOLOGIST_BERLIN],
      status: 'ended',
    });
    const early = await buildCase(server.db, { board: scheduled, home: 'CCCC', status: 'ready' });
    const late = await buildCase(server.db, { board: ended, home: 'CCCC', status: 'ready' });
    const berlin = await signIn(server, ONCOLOGIST_BERLIN);
    const coordinator = await signIn(server, COORDINATOR_BERLIN);
    const at = (item: { id: string; boardId: string }, tail: string) =>
      `/api/boards/${item.boardId}/cases/${item.id}/${tail}`;

    for (const item of [early, late]) {
      expectError(
        await berlin.put(at(item, 'position'), {
          position: 'agree',
          note: '',
          recommendationVersion: 1,
        }),
        403,
        'forbidden',
      );
    }
    const content = { ...EMPTY_RECOMMENDATION, decisionText: 'Nachsorge' };
    expectError(
      await coordinator.put(at(early, 'recommendation'), { version: 0, content }),
      403,
      'forbidden',
    );
    expect(
      (await coordinator.put(at(late, 'recommendation'), { version: 0, content })).status,
    ).toBe(200);
    expect(
      (await coordinator.post(at(late, 'close'), { outcome: 'decided', reason: '' })).status,
    ).toBe(200);
  });
});
