import { LetterAvailabilityResponseSchema, MinutesResponseSchema } from '@konsil/shared';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { signIn } from '../../../test/api';
import { describeEachDatabase } from '../../../test/databases';
import {
  COORDINATOR_SEOUL,
  OBSERVER_BERLIN,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
  ONCOLOGIST_VIENNA,
  runBoardToEnd,
} from '../../../test/minutesBoard';
import { pdfText } from '../../../test/pdfText';
import { auditRows, userIdOf } from '../../../test/queries';
import { expectError, expectSameAsMissing, expectValidationFailed } from '../../../test/refusals';
import type { TestClient } from '../../../test/testClient';
import { startTestServer, type TestServer } from '../../../test/testServer';

/** A case id no case has: what "not there" answers. */
const MISSING_CASE = '5b0e0f5e-8a8c-4c8e-9b7e-3f3c2d1e0a99';
const HANGUL = /[\uac00-\ud7a3]/;
const DISSENT_NOTE = 'Neoadjuvante Chemoimmuntherapie erwägen';

describeEachDatabase('letter to the referring physician', (dialect) => {
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

  const casePath = (caseId: string, tail: string) =>
    `/api/boards/${ended.board.id}/cases/${caseId}/${tail}`;
  const letterPath = (caseId = ended.berlinCase.id, lang?: string) =>
    casePath(caseId, `letter.pdf${lang ? `?lang=${lang}` : ''}`);
  const availability = async (client: TestClient, caseId = ended.berlinCase.id) =>
    LetterAvailabilityResponseSchema.parse((await client.get(casePath(caseId, 'letter'))).body)
      .letter;
  /** Signs the draft as it stands; the signed version with its hash. */
  const sign = async () => {
    const minutesPath = `/api/boards/${ended.board.id}/minutes`;
    const draft = MinutesResponseSchema.parse((await coordinator.get(minutesPath)).body);
    const signed = await coordinator.post(`${minutesPath}/sign`, {
      draftHash: draft.minutes.draftHash,
    });
    return MinutesResponseSchema.parse(signed.body).minutes;
  };
  const letterText = async (client: TestClient, path: string) => {
    const response = await client.getBytes(path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain(ended.berlinCase.pseudonym);
    return pdfText(response.bytes);
  };

  it('is refused with 409 minutes_not_signed until the minutes are signed', async () => {
    const berlin = await signIn(server, ONCOLOGIST_BERLIN);
    expectError(await berlin.get(letterPath()), 409, 'minutes_not_signed');
    expect(await availability(berlin)).toEqual({
      isAvailable: false,
      reason: 'minutes_not_signed',
    });
    expect(await auditRows(server.db, { action: 'case.letter_downloaded' })).toHaveLength(0);

    const signed = await sign();
    expect(await availability(berlin)).toEqual({
      isAvailable: true,
      minutesVersion: 1,
      contentHash: signed.signature?.contentHash,
    });
  });

  it('writes the German letter for a Berlin clinician, with umlauts and the Berlin home reference', async () => {
    const signed = await sign();
    const berlin = await signIn(server, ONCOLOGIST_BERLIN);
    const text = await letterText(berlin, letterPath(ended.berlinCase.id, 'de'));

    expect(text).toContain('Empfehlung der Tumorkonferenz');
    expect(text).toContain('Brief an die zuweisende Ärztin');
    expect(text).toContain('Fragestellung an die Konferenz');
    expect(text).toContain(ended.board.title);
    expect(text).toContain(ended.berlinCase.pseudonym);
    expect(text).toContain(`Interne Kennung: ${ended.berlinCase.homeReference}`);
    expect(text).toContain(
      'Lobektomie mit Lymphadenektomie, danach adjuvant Osimertinib für 3 Jahre.',
    );
    expect(text).toContain('Therapieintention: Kurativ');
    expect(text).toContain('Therapiemodalitäten: Operation, Systemtherapie');
    expect(text).toContain(
      'S3-Leitlinie (AWMF, Leitlinienprogramm Onkologie): Lungenkarzinom, Version 3.0',
    );
    expect(text).toContain('Leitlinienkonform: Ja');
    // The tally as signed, and the dissent with its note, in the pages' words.
    expect(text).toContain('Empfehlung der Tumorkonferenz, Version 1');
    expect(text).toContain('Meinungsbild zu Version 1');
    expect(text).toContain('Zustimmung 2 · Widerspruch 1 · Enthaltung 0');
    expect(text).toContain(`Widerspruch\n`);
    expect(text).toContain(DISSENT_NOTE);
    expect(text).not.toContain('Ablehnung');
    // The signed version it certifies, with its hash.
    expect(text).toContain('Unterschriebenes Protokoll');
    expect(text).toContain(signed.signature?.contentHash);
    expect(text).toContain('Version 1 des unterschriebenen Protokolls');
    // Times in the reader's institution's zone, named, on a 24-hour clock.
    expect(text).toContain('(Europe/Berlin)');
    expect(text).not.toContain('Asia/Seoul');
    expect(text).toMatch(
      /Datum der Konferenz: \d{1,2}\. \p{L}+ \d{4} um \d{2}:\d{2} \(Europe\/Berlin\)/u,
    );
    expect(text).not.toMatch(/\b(AM|PM)\b/);
    // A letter of one page.
    expect(text).toContain('Seite 1 von 1');
  });

  it('writes the Korean letter for a Seoul reader of a Berlin case, without the home reference', async () => {
    const signed = await sign();
    const seoul = await signIn(server, ONCOLOGIST_SEOUL);
    // No lang: the reader's institution's language.
    const text = await letterText(seoul, letterPath());

    expect(text).toMatch(HANGUL);
    expect(text).toContain('종양 협진 회의 권고안');
    expect(text).toContain('협진 질의');
    expect(text).toContain(ended.berlinCase.pseudonym);
    expect(text).not.toContain(ended.berlinCase.homeReference as string);
    expect(text).not.toContain('기관 내부 식별 번호');
    // The board's words stay as written (German here), in a Korean letter.
    expect(text).toContain('Osimertinib für 3 Jahre');
    expect(text).toContain('동의 2 · 반대 1 · 기권 0');
    expect(text).toContain(DISSENT_NOTE);
    expect(text).toContain(signed.signature?.contentHash);
    expect(text).toContain('(Asia/Seoul)');
    expect(text).not.toMatch(/오전|오후/);
    expect(text).toMatch(/\d{4}년 \d{1,2}월 \d{1,2}일 \d{2}:\d{2} \(Asia\/Seoul\)/);

    // The Seoul coordinator (home elsewhere) gets no reference either, whatever the language.
    const seoulCoordinator = await signIn(server, COORDINATOR_SEOUL);
    const german = await letterText(seoulCoordinator, letterPath(ended.berlinCase.id, 'de'));
    expect(german).toContain('Widerspruch');
    expect(german).toContain('(Asia/Seoul)');
    expect(german).not.toContain(ended.berlinCase.homeReference as string);
    expect(german).not.toContain('Interne Kennung');
  });

  it('leaves the home reference out for a Berlin observer, who may read the case but not it', async () => {
    await sign();
    const observer = await signIn(server, OBSERVER_BERLIN);
    const text = await letterText(observer, letterPath(ended.berlinCase.id, 'en'));
    expect(text).toContain('Recommendation of the tumor board');
    expect(text).toContain('Disagree 1');
    expect(text).not.toContain(ended.berlinCase.homeReference as string);
    expect(text).not.toContain('Home reference');
  });

  it('answers 404 to anyone who may not read the case, exactly as for a missing case', async () => {
    await sign();
    const vienna = await signIn(server, ONCOLOGIST_VIENNA);
    const seoul = await signIn(server, ONCOLOGIST_SEOUL);
    const missing = await seoul.get(letterPath(MISSING_CASE, 'ko'));
    // Not on the board at all.
    expectSameAsMissing(await vienna.get(letterPath(ended.berlinCase.id, 'de')), missing, 'vienna');
    // On the board, but the case has no consent: it never leaves Berlin.
    expectSameAsMissing(
      await seoul.get(letterPath(ended.hiddenCase.id, 'ko')),
      missing,
      'no consent',
    );
    expectSameAsMissing(
      await seoul.get(casePath(ended.hiddenCase.id, 'letter')),
      await seoul.get(casePath(MISSING_CASE, 'letter')),
      'availability',
    );
    // A refused reader learns nothing from a bad language either.
    expectSameAsMissing(
      await vienna.get(letterPath(ended.berlinCase.id, 'fr')),
      missing,
      'bad lang',
    );

    const refusals = await auditRows(server.db, {
      action: 'access.refused',
      objectId: ended.hiddenCase.id,
    });
    expect(refusals.map((row) => row.actor_user_id)).toContain(
      await userIdOf(server.db, ONCOLOGIST_SEOUL),
    );
    expect(await auditRows(server.db, { action: 'case.letter_downloaded' })).toHaveLength(0);
  });

  it('answers 409 letter_not_available for a case not decided in the signed minutes', async () => {
    await sign();
    const seoul = await signIn(server, ONCOLOGIST_SEOUL);
    // Deferred at the board.
    expectError(await seoul.get(letterPath(ended.seoulCase.id, 'ko')), 409, 'letter_not_available');
    expect(await availability(seoul, ended.seoulCase.id)).toEqual({
      isAvailable: false,
      reason: 'letter_not_available',
    });
    // Berlin may read its unconsented case, but the shared minutes never held it.
    const berlin = await signIn(server, ONCOLOGIST_BERLIN);
    expectError(
      await berlin.get(letterPath(ended.hiddenCase.id, 'de')),
      409,
      'letter_not_available',
    );
  });

  it('answers 400 naming lang for a language it does not write', async () => {
    await sign();
    const berlin = await signIn(server, ONCOLOGIST_BERLIN);
    expectValidationFailed(await berlin.get(letterPath(ended.berlinCase.id, 'fr')), ['lang']);
    expectValidationFailed(await berlin.get(`${letterPath()}?lang=de&lang=ko`), ['lang']);
    expectValidationFailed(await berlin.get(`${letterPath()}?lang=`), ['lang']);
  });

  it('records each download in the audit trail with its language', async () => {
    await sign();
    const berlin = await signIn(server, ONCOLOGIST_BERLIN);
    const seoul = await signIn(server, ONCOLOGIST_SEOUL);
    await letterText(berlin, letterPath(ended.berlinCase.id, 'de'));
    await letterText(seoul, letterPath());

    const rows = await auditRows(server.db, { action: 'case.letter_downloaded' });
    expect(
      rows.map((row) => ({
        actor: row.actor_user_id,
        object: [row.object_type, row.object_id],
        outcome: row.outcome,
        details: JSON.parse(String(row.details)),
      })),
    ).toEqual([
      {
        actor: await userIdOf(server.db, ONCOLOGIST_BERLIN),
        object: ['case', ended.berlinCase.id],
        outcome: 'allowed',
        details: { lang: 'de', minutesVersion: 1, withHomeReference: true },
      },
      {
        actor: await userIdOf(server.db, ONCOLOGIST_SEOUL),
        object: ['case', ended.berlinCase.id],
        outcome: 'allowed',
        details: { lang: 'ko', minutesVersion: 1, withHomeReference: false },
      },
    ]);
  });

  it('certifies the latest signed version: after an amendment it says what version 2 says', async () => {
    const first = await sign();
    const berlinCase = first.content.cases.find((item) => item.caseId === ended.berlinCase.id);
    const amended = await coordinator.post(`/api/boards/${ended.board.id}/minutes/amendments`, {
      basedOnVersion: 1,
      reason: 'Dauer der adjuvanten Therapie korrigiert',
      summary: '',
      cases: [
        {
          caseId: ended.berlinCase.id,
          notes: berlinCase?.notes,
          decisionText: 'Lobektomie mit Lymphadenektomie, danach adjuvant Osimertinib für 2 Jahre.',
        },
      ],
    });
    const second = MinutesResponseSchema.parse(amended.body).minutes;
    const text = await letterText(
      await signIn(server, ONCOLOGIST_BERLIN),
      letterPath(ended.berlinCase.id, 'de'),
    );
    expect(text).toContain('Osimertinib für 2 Jahre');
    expect(text).not.toContain('Osimertinib für 3 Jahre');
    expect(text).toContain('Berichtigung: Dauer der adjuvanten Therapie korrigiert');
    expect(text).toContain(second.signature?.contentHash);
    expect(text).not.toContain(first.signature?.contentHash);
  });
});
