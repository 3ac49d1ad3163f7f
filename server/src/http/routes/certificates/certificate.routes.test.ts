import {
  CertificateVerificationResponseSchema,
  MyCertificatesResponseSchema,
} from '@konsil/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signIn } from '../../../test/api';
import { attendedBoard } from '../../../test/certificateBoard';
import { describeEachDatabase } from '../../../test/databases';
import { buildBoard } from '../../../test/factories';
import {
  COORDINATOR_BERLIN,
  OBSERVER_BERLIN,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
  ONCOLOGIST_VIENNA,
} from '../../../test/minutesBoard';
import { pdfText } from '../../../test/pdfText';
import { auditRows, userIdOf } from '../../../test/queries';
import { expectError, expectSameAsMissing, expectValidationFailed } from '../../../test/refusals';
import type { TestClient } from '../../../test/testClient';
import { startTestServer, type TestServer } from '../../../test/testServer';

const MISSING_BOARD = '5b0e0f5e-8a8c-4c8e-9b7e-3f3c2d1e0a99';
const CODE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
const PUBLIC_ORIGIN = 'https://konsil.example.org';

/**
 * Whether `text` holds `sentence` wherever the page wrapped it: Latin lines wrap at a space,
 * Hangul anywhere, so the comparison ignores whitespace.
 */
function expectSentence(text: string, sentence: string) {
  const squash = (value: string) => value.replace(/\s+/g, '');
  expect(squash(text)).toContain(squash(sentence));
}

describeEachDatabase('certificate of attendance', (dialect) => {
  let server: TestServer;
  let board: Awaited<ReturnType<typeof attendedBoard>>['board'];

  beforeEach(async () => {
    // Links in the certificate start with the first allowed origin when PUBLIC_URL is unset.
    server = await startTestServer({ dialect, config: { extraAllowedOrigins: [PUBLIC_ORIGIN] } });
    ({ board } = await attendedBoard(server));
  });

  afterEach(async () => {
    await server.close();
  });

  const pdfPath = (boardId = board.id, lang?: string) =>
    `/api/boards/${boardId}/certificate.pdf${lang ? `?lang=${lang}` : ''}`;
  /** Downloads the certificate; its text and the code its file name carries. */
  const download = async (client: TestClient, path = pdfPath()) => {
    const response = await client.getBytes(path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const disposition = response.headers.get('content-disposition') ?? '';
    const code = /certificate-([0-9A-Z-]{14})-(?:en|de|ko)\.pdf/.exec(disposition)?.[1] ?? '';
    expect(code, disposition).toMatch(CODE);
    return { text: await pdfText(response.bytes), code };
  };

  it('certifies in German the merged time of a Berlin participant, in Berlin time, with a code to check', async () => {
    const berlin = await signIn(server, ONCOLOGIST_BERLIN);
    const { text, code } = await download(berlin, pdfPath(board.id, 'de'));

    expect(text).toContain('Teilnahmebescheinigung');
    expectSentence(
      text,
      'Hiermit wird bestätigt, dass Dr. Jonas Weber (Charité Comprehensive Cancer Center) an der unten genannten Tumorkonferenz teilgenommen hat.',
    );
    expect(text).toContain(`Tumorkonferenz: ${board.title}`);
    // 08:00–09:00 UTC is 09:00–10:00 in Berlin (winter time), on a 24-hour clock, zone named.
    expect(text).toContain('Datum und Uhrzeit: 3. Dezember 2026, 09:00–10:00 Uhr (Europe/Berlin)');
    expect(text).toContain('Dauer der Konferenz: 60 Minuten');
    // Stays clipped to the board, a one-minute reconnect merged: 40 + 10 minutes.
    expect(text).toContain('Anwesenheit: 50 Minuten');
    expectSentence(
      text,
      'Beteiligte Zentren: Charité Comprehensive Cancer Center · Samsung Comprehensive Cancer Center',
    );
    // Only the entities of discussed cases the minutes may show: not the colon case the board
    // did not reach, not the prostate case without consent.
    expect(text).toContain('Besprochene Tumorentitäten: Thorakale Onkologie, Mammakarzinom');
    expect(text).toContain('Besprochene Fälle: 2');
    expect(text).not.toMatch(/Gastrointestinal|Urologisch/);
    expect(text).toContain('Ausgestellt von: Charité Comprehensive Cancer Center');
    expect(text).toContain(`Prüfcode: ${code}`);
    expect(text).toContain(`Prüfen unter: ${PUBLIC_ORIGIN}/certificates/${code}`);
    expectSentence(
      text,
      'über die Vergabe von Fortbildungspunkten entscheidet die zuständige Ärztekammer',
    );
    expect(text).not.toMatch(/CME-Punkte|akkreditiert/);
    // Nothing of any patient.
    expect(text).not.toMatch(/C34|C50|Pseudonym|SCCC-|CCCC-/);

    const rows = await auditRows(server.db, { action: 'certificate.downloaded' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor_user_id: await userIdOf(server.db, ONCOLOGIST_BERLIN),
      object_type: 'board',
      object_id: board.id,
      outcome: 'allowed',
    });
    expect(JSON.parse(String(rows[0]?.details))).toEqual({ lang: 'de', minutesAttended: 50 });
  });

  it('writes Korean for a Seoul participant by default, in Seoul time, and keeps one code across downloads', async () => {
    const seoul = await signIn(server, ONCOLOGIST_SEOUL);
    const first = await download(seoul);
    expect(first.text).toContain('참석 확인서');
    expectSentence(
      first.text,
      'Samsung Comprehensive Cancer Center 소속 Dr. 김민준 (Kim Min-jun) 님이 아래 종양 협진 회의에 참석하였음을 확인합니다.',
    );
    expect(first.text).toContain('일시: 2026년 12월 3일 17:00–18:00 (Asia/Seoul)');
    expect(first.text).not.toMatch(/오전|오후/);
    expect(first.text).toContain('참석 시간: 45분');
    expect(first.text).toContain('회의 시간: 60분');
    expect(first.text).toContain('논의된 종양 분야: 흉부 종양, 유방암');
    expect(first.text).toContain('발급 기관: Charité Comprehensive Cancer Center');
    expect(first.text).toContain(`확인 코드: ${first.code}`);

    // Later, in another language: the same certificate, the same code, the same minutes.
    server.clock.advanceMinutes(60 * 24);
    const nextDay = await signIn(server, ONCOLOGIST_SEOUL);
    const again = await download(nextDay, pdfPath(board.id, 'en'));
    expect(again.code).toBe(first.code);
    expect(again.text).toContain('Certificate of attendance');
    expect(again.text).toContain('Time attended: 45 minutes');
    expect(again.text).toContain('(Asia/Seoul)');
    expectSentence(again.text, 'It is not an accreditation');
    const stored = await server.db.selectFrom('certificates').selectAll().execute();
    expect(stored).toHaveLength(1);
    expect(await auditRows(server.db, { action: 'certificate.downloaded' })).toHaveLength(2);

    // My certificates lists it with its code.
    const mine = MyCertificatesResponseSchema.parse((await nextDay.get('/api/certificates')).body);
    expect(mine.certificates).toEqual([
      { boardId: board.id, minutesAttended: 45, code: first.code },
    ]);
  });

  it('lists an attended board before any certificate exists, without a code', async () => {
    const coordinator = await signIn(server, COORDINATOR_BERLIN);
    const mine = MyCertificatesResponseSchema.parse(
      (await coordinator.get('/api/certificates')).body,
    );
    expect(mine.certificates).toEqual([{ boardId: board.id, minutesAttended: 60, code: null }]);
    // Someone who only glanced in has nothing to list.
    const observer = await signIn(server, OBSERVER_BERLIN);
    expect((await observer.get('/api/certificates')).body).toEqual({ certificates: [] });
    expect((await server.client().get('/api/certificates')).status).toBe(401);
  });

  it('answers 404 to anyone who may not see the board, exactly as for a missing board', async () => {
    const vienna = await signIn(server, ONCOLOGIST_VIENNA);
    const missing = await vienna.get(pdfPath(MISSING_BOARD, 'de'));
    expectSameAsMissing(await vienna.get(pdfPath(board.id, 'de')), missing, 'vienna');
    // A refused reader learns nothing from a bad language either.
    expectSameAsMissing(await vienna.get(pdfPath(board.id, 'fr')), missing, 'bad lang');
    const refusals = await auditRows(server.db, { action: 'access.refused', objectId: board.id });
    expect(refusals.map((row) => row.actor_user_id)).toContain(
      await userIdOf(server.db, ONCOLOGIST_VIENNA),
    );
    expect(await server.db.selectFrom('certificates').selectAll().execute()).toEqual([]);
  });

  it('refuses with 409 a board not yet ended, and someone who did not attend', async () => {
    const live = await buildBoard(server.db, {
      host: 'CCCC',
      invited: [ONCOLOGIST_BERLIN],
      status: 'live',
    });
    const berlin = await signIn(server, ONCOLOGIST_BERLIN);
    expectError(await berlin.get(pdfPath(live.id, 'de')), 409, 'board_not_ended');
    // Invited, but only glanced in for 30 seconds.
    const observer = await signIn(server, OBSERVER_BERLIN);
    expectError(await observer.get(pdfPath(board.id, 'de')), 409, 'not_attended');
    expect(await server.db.selectFrom('certificates').selectAll().execute()).toEqual([]);
    expect(await auditRows(server.db, { action: 'certificate.downloaded' })).toHaveLength(0);
  });

  it('names lang when it is not a language we write, and asks anyone signed out to sign in', async () => {
    const berlin = await signIn(server, ONCOLOGIST_BERLIN);
    expectValidationFailed(await berlin.get(pdfPath(board.id, 'fr')), ['lang']);
    expectError(await server.client().get(pdfPath(board.id, 'de')), 401, 'unauthenticated');
  });

  describe('verification by code', () => {
    const verify = (client: TestClient, code: string) =>
      client.get(`/api/certificates/${encodeURIComponent(code)}`);

    it('confirms who, which board and how long to anyone, signed in or not, and nothing clinical', async () => {
      const berlin = await signIn(server, ONCOLOGIST_BERLIN);
      const { code } = await download(berlin, pdfPath(board.id, 'de'));
      const anonymous = server.client({ origin: null });
      const response = await verify(anonymous, code);
      expect(response.status).toBe(200);
      const expected = {
        certificate: {
          code,
          holder: {
            name: 'Dr. Jonas Weber',
            institution: { code: 'CCCC', name: 'Charité Comprehensive Cancer Center' },
          },
          board: {
            title: board.title,
            startedAt: '2026-12-03T08:00:00.000Z',
            endedAt: '2026-12-03T09:00:00.000Z',
            timeZone: 'Europe/Berlin',
          },
          minutesAttended: 50,
          issuedAt: server.clock.now().toISOString(),
          issuer: { code: 'CCCC', name: 'Charité Comprehensive Cancer Center' },
        },
      };
      // Exactly this: no entity, no case, no diagnosis anywhere in the answer.
      expect(response.body).toEqual(expected);
      expect(CertificateVerificationResponseSchema.parse(response.body)).toEqual(expected);
      expect(response.text).not.toMatch(/thoracic|breast|C34|C50|pseudonym|case/i);

      // Typed by hand: small letters, no dashes, O for 0 and I or L for 1 all find it.
      const typed = code.toLowerCase().replace(/-/g, '').replace(/0/g, 'o').replace(/1/g, 'l');
      expect((await verify(anonymous, typed)).body).toEqual(expected);
      expect((await verify(berlin, ` ${code.replace(/-/g, ' ')} `)).body).toEqual(expected);

      const rows = await auditRows(server.db, { action: 'certificate.verified' });
      expect(rows.map((row) => row.actor_user_id)).toEqual([
        null,
        null,
        await userIdOf(server.db, ONCOLOGIST_BERLIN),
      ]);
    });

    it('answers 404 certificate_not_found for a well-formed code no certificate has, 400 naming code for a malformed one', async () => {
      const anonymous = server.client();
      expectError(await verify(anonymous, '7K3M-Q9TX-2HWD'), 404, 'certificate_not_found');
      for (const malformed of ['7K3M-Q9TX', '7K3M-Q9TX-2HWU', '7K3M-Q9TX-2HWD-1', '%%%%']) {
        expectValidationFailed(await verify(anonymous, malformed), ['code'], malformed);
      }
      expect(await auditRows(server.db, { action: 'certificate.verified' })).toHaveLength(0);
    });

    it('lets one address look up only a few codes a minute, without holding up another', async () => {
      const guesser = server.client({ forwardedFor: '203.0.113.7' });
      for (let attempt = 0; attempt < 10; attempt += 1) {
        expect((await verify(guesser, '7K3M-Q9TX-2HWD')).status).toBe(404);
      }
      const limited = await verify(guesser, '7K3M-Q9TX-2HWD');
      expectError(limited, 429, 'rate_limited');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      const chamber = server.client({ forwardedFor: '198.51.100.4' });
      expect((await verify(chamber, '7K3M-Q9TX-2HWD')).status).toBe(404);
      // A minute later the guesser may try again.
      server.clock.advanceMinutes(1);
      expect((await verify(guesser, '7K3M-Q9TX-2HWD')).status).toBe(404);
    });
  });
});
