import { MinutesDiffSchema, MinutesResponseSchema, MinutesVersionListSchema } from '@konsil/shared';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { apiError, signIn } from '../../../test/api';
import {
  addParagraph,
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
import { pdfText } from '../../../test/pdfText';
import { auditRows } from '../../../test/queries';
import type { TestClient } from '../../../test/testClient';
import { startTestServer, type TestServer } from '../../../test/testServer';

const minutesOf = (response: { body: unknown }) => MinutesResponseSchema.parse(response.body);

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
    expect(content.attendance.map((entry) => entry.institutionCode)).toEqual(['CCCC', 'SCCC']);
    expect(content.cases.map((item) => item.pseudonym)).toEqual([
      ended.berlinCase.pseudonym,
      ended.seoulCase.pseudonym,
    ]);
    const [berlin, seoulCase] = content.cases;
    expect(berlin).toMatchObject({
      notes: `Befund\n${GERMAN_NOTE}`,
      recommendation: lobectomy,
      tally: { agree: 2, disagree: 1, abstain: 0 },
      status: 'decided',
    });
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
    await vi.waitFor(() => expect(writerIsReadOnly()).toBe(false));

    const signed = await sign();
    expect(signed.status).toBe(201);
    const { minutes } = minutesOf(signed);
    expect(minutes.state).toBe('signed');
    expect(minutes.signature?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(minutes.signature?.signedBy).toMatchObject({ institutionCode: 'CCCC' });

    const casePath = (tail: string) =>
      `/api/boards/${ended.board.id}/cases/${ended.berlinCase.id}/${tail}`;
    expect(
      apiError(
        await coordinator.put(casePath('recommendation'), { version: 1, content: lobectomy }),
      ),
    ).toMatchObject({ status: 409, id: 'minutes_signed' });
    expect(
      apiError(await coordinator.post(casePath('close'), { outcome: 'deferred', reason: 'x' })),
    ).toMatchObject({ status: 409, id: 'minutes_signed' });
    expect(apiError(await coordinator.put(path('/summary'), { summary: 'zu spät' }))).toMatchObject(
      { status: 409, id: 'minutes_signed' },
    );

    // The open editor turns read-only for everyone to see; what it types now reaches nobody and no storage.
    await vi.waitFor(() => expect(writerIsReadOnly()).toBe(true));
    const stored = await storedContent(server.db, ended.berlinCase.id);
    addParagraph(writer.doc, 'nachträglich geändert');
    const latecomer = await openSyncedNotes(
      await signIn(server, COORDINATOR_SEOUL),
      ended.berlinCase.id,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(paragraphsOf(reader.doc)).not.toContain('nachträglich geändert');
    expect(paragraphsOf(latecomer.doc)).not.toContain('nachträglich geändert');
    expect(await storedContent(server.db, ended.berlinCase.id)).toBe(stored);
    for (const client of [writer, reader, latecomer]) client.destroy();
    expect(await auditRows(server.db, { action: 'minutes.signed' })).toHaveLength(1);
  });

  it('refuses to sign a draft that changed since it was reviewed, and a second signature', async () => {
    const draft = minutesOf(await coordinator.get(path()));
    await coordinator.put(path('/summary'), { summary: 'Zwei Fälle besprochen.' });
    expect(
      apiError(await coordinator.post(path('/sign'), { draftHash: draft.minutes.draftHash })),
    ).toMatchObject({ status: 409, id: 'conflict' });
    expect((await sign()).status).toBe(201);
    expect(apiError(await sign())).toMatchObject({ status: 409 });
    const { minutes } = minutesOf(await coordinator.get(path()));
    expect(minutes.content.summary).toBe('Zwei Fälle besprochen.');
  });

  it('lets only coordinators of the board sign; others are refused and audited', async () => {
    for (const email of [ONCOLOGIST_BERLIN, OBSERVER_BERLIN]) {
      expect(apiError(await sign(await signIn(server, email)))).toMatchObject({ status: 403 });
    }
    const vienna = await signIn(server, ONCOLOGIST_VIENNA);
    expect(apiError(await vienna.get(path()))).toMatchObject({ status: 404, id: 'not_found' });
    expect(apiError(await vienna.get(path('.pdf')))).toMatchObject({ status: 404 });
    expect(await auditRows(server.db, { action: 'access.refused' })).not.toHaveLength(0);
  });

  it('keeps summary, amendments and every version to those allowed, and changes nothing when refused', async () => {
    const oncologist = await signIn(server, ONCOLOGIST_BERLIN);
    expect(
      apiError(await oncologist.put(path('/summary'), { summary: 'nicht meins' })),
    ).toMatchObject({
      status: 403,
      id: 'forbidden',
    });
    const first = minutesOf(await sign()).minutes;
    const amendment = {
      basedOnVersion: 1,
      reason: 'Korrektur',
      summary: 'geändert',
      cases: [],
    };
    expect(apiError(await oncologist.post(path('/amendments'), amendment))).toMatchObject({
      status: 403,
    });
    const vienna = await signIn(server, ONCOLOGIST_VIENNA);
    for (const tail of ['/versions', '/versions/1', '/diff?from=1&to=1']) {
      expect(apiError(await vienna.get(path(tail))), tail).toMatchObject({
        status: 404,
        id: 'not_found',
      });
    }
    expect(apiError(await vienna.post(path('/amendments'), amendment))).toMatchObject({
      status: 404,
    });
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
    expect(apiError(response)).toMatchObject({ status: 404, id: 'minutes_not_available' });
    expect(
      apiError(await coordinator.get(`/api/boards/${scheduled.id}/minutes.pdf`)),
    ).toMatchObject({
      status: 404,
      id: 'minutes_not_available',
    });
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
    expect(apiError(stale)).toMatchObject({ status: 409 });
    const noReason = await seoulCoordinator.post(path('/amendments'), {
      basedOnVersion: 2,
      reason: '',
      summary: 'x',
      cases: [],
    });
    expect(apiError(noReason)).toMatchObject({ status: 400, id: 'validation_failed' });
  });

  it('exports the signed minutes as a PDF with German and Korean text and no home reference', async () => {
    expect(apiError(await coordinator.get(path('.pdf')))).toMatchObject({
      status: 404,
      id: 'minutes_not_available',
    });
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
