import { randomUUID } from 'node:crypto';
import { type MinutesContent, MinutesResponseSchema } from '@konsil/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../minutes/canonicalJson';
import { signedHashOf } from '../../../minutes/minutesHash';
import { insertSignedMinutes } from '../../../storage/repositories/minutes';
import { signIn } from '../../../test/api';
import { describeEachDatabase } from '../../../test/databases';
import { buildBoard, buildCase } from '../../../test/factories';
import { joinAs, type LiveClient } from '../../../test/liveClient';
import {
  COORDINATOR_BERLIN,
  lobectomy,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
} from '../../../test/minutesBoard';
import { pdfText } from '../../../test/pdfText';
import { userIdOf } from '../../../test/queries';
import type { TestClient } from '../../../test/testClient';
import { startTestServer, type TestServer } from '../../../test/testServer';

const minutesOf = (response: { body: unknown }) => MinutesResponseSchema.parse(response.body);
/** The test clock starts at 2026-12-03T07:00Z: 08:00 in Berlin, 16:00 in Seoul. */
const atMinute = (minutes: number) =>
  new Date(Date.parse('2026-12-03T07:00:00.000Z') + minutes * 60_000).toISOString();
const JOINT = { host: 'CCCC' as const, guests: ['SCCC' as const] };

/** The PDF's text with runs of spaces folded, as a reader would copy it. */
async function pdfOf(client: TestClient, boardId: string, lang: 'de' | 'ko' | 'en') {
  const response = await client.getBytes(`/api/boards/${boardId}/minutes.pdf?lang=${lang}`);
  expect(response.status).toBe(200);
  return (await pdfText(response.bytes)).replace(/[ \t]+/g, ' ');
}

async function signMinutes(client: TestClient, boardId: string) {
  const draft = minutesOf(await client.get(`/api/boards/${boardId}/minutes`));
  const signed = await client.post(`/api/boards/${boardId}/minutes/sign`, {
    draftHash: draft.minutes.draftHash,
  });
  expect(signed.status).toBe(201);
  return minutesOf(signed).minutes;
}

describeEachDatabase('the minutes’ record', (dialect) => {
  let server: TestServer;
  const clients: LiveClient[] = [];

  beforeEach(async () => {
    server = await startTestServer({ dialect });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await server.close();
  });

  async function join(email: string, boardId: string) {
    const client = await joinAs(server, email, boardId);
    clients.push(client);
    return client;
  }

  describe('attendance', () => {
    it('is one span per stay in the live board, merged across quick reconnects, on each person’s clock', async () => {
      const board = await buildBoard(server.db, {
        ...JOINT,
        invited: [ONCOLOGIST_SEOUL],
        startsAt: atMinute(5),
      });
      // Both wait in the room before the start: waiting is not attending.
      const chair = await join(COORDINATOR_BERLIN, board.id);
      const seoul = await join(ONCOLOGIST_SEOUL, board.id);
      const rows = () =>
        server.db.selectFrom('attendance').selectAll().where('board_id', '=', board.id).execute();
      expect(await rows()).toEqual([]);

      server.clock.advanceMinutes(2);
      await chair.ok('board:start', { boardId: board.id });
      // A reconnect a minute later is the same stay; five minutes away is a new one.
      server.clock.advanceMinutes(10);
      await seoul.ok('board:leave', { boardId: board.id });
      server.clock.advanceMinutes(1);
      await seoul.ok('board:join', { boardId: board.id });
      server.clock.advanceMinutes(7);
      await seoul.ok('board:leave', { boardId: board.id });
      server.clock.advanceMinutes(5);
      await seoul.ok('board:join', { boardId: board.id });
      server.clock.advanceMinutes(3);
      await seoul.ok('board:leave', { boardId: board.id });
      // In and out within the same instant: no time in the board.
      server.clock.advanceMinutes(12);
      await seoul.ok('board:join', { boardId: board.id });
      await seoul.ok('board:leave', { boardId: board.id });
      server.clock.advanceMinutes(5);
      await chair.ok('board:end', { boardId: board.id });
      // Reading the ended board adds nothing; nor does a stay a race left open after the end.
      server.clock.advanceMinutes(5);
      await seoul.ok('board:join', { boardId: board.id });
      await server.db
        .insertInto('attendance')
        .values({
          id: randomUUID(),
          board_id: board.id,
          user_id: seoul.userId,
          institution_id: (await rows())[0]?.institution_id ?? '',
          joined_at: atMinute(51),
          left_at: null,
        })
        .execute();

      const { content } = minutesOf(
        await chair.browser.get(`/api/boards/${board.id}/minutes`),
      ).minutes;
      expect(content.attendance).toEqual([
        {
          name: expect.any(String),
          role: 'coordinator',
          institutionCode: 'CCCC',
          timeZone: 'Europe/Berlin',
          intervals: [{ from: atMinute(2), to: atMinute(45) }],
        },
        {
          name: expect.any(String),
          role: 'clinician',
          institutionCode: 'SCCC',
          timeZone: 'Asia/Seoul',
          intervals: [
            { from: atMinute(2), to: atMinute(20) },
            { from: atMinute(25), to: atMinute(28) },
          ],
        },
      ]);

      await signMinutes(chair.browser, board.id);
      const de = await pdfOf(chair.browser, board.id, 'de');
      const attendance = de.slice(de.indexOf('Anwesenheit'), de.indexOf('Fälle'));
      expect(attendance).toContain(
        'Zeiten nach Ortszeit Berlin (Europe/Berlin), Do., 3. Dez. 2026',
      );
      expect(attendance).toContain('08:02–08:45');
      expect(attendance).toContain('Zeiten nach Ortszeit Seoul (Asia/Seoul), Do., 3. Dez. 2026');
      expect(attendance).toContain('16:02–16:20, 16:25–16:28');
      expect(attendance.match(/Asia\/Seoul/g)).toHaveLength(1);
      expect(attendance).not.toMatch(/16:40|16:51|16:56/);
      const ko = await pdfOf(chair.browser, board.id, 'ko');
      expect(ko).toContain('16:02–16:20, 16:25–16:28');
      expect(ko).not.toMatch(/오후|오전/);
    });
  });

  describe('versions, reopening and carrying over', () => {
    it('say which version each position judged, who reopened and why, and where an unreached case went', async () => {
      const source = await buildBoard(server.db, {
        ...JOINT,
        invited: [ONCOLOGIST_BERLIN, ONCOLOGIST_SEOUL],
        title: 'Thoracic board 3 Dec',
        startsAt: atMinute(0),
        status: 'live',
      });
      const next = await buildBoard(server.db, {
        ...JOINT,
        invited: [ONCOLOGIST_BERLIN, ONCOLOGIST_SEOUL],
        title: 'Thoracic board 10 Dec',
        startsAt: '2026-12-10T07:00:00.000Z',
      });
      const decided = await buildCase(server.db, { board: source, home: 'CCCC', status: 'ready' });
      const unreached = await buildCase(server.db, {
        board: source,
        home: 'SCCC',
        status: 'ready',
      });
      const chair = await join(COORDINATOR_BERLIN, source.id);
      const casePath = (boardId: string, caseId: string, tail: string) =>
        `/api/boards/${boardId}/cases/${caseId}/${tail}`;
      const on = (tail: string) => casePath(source.id, decided.id, tail);
      const seoul = await signIn(server, ONCOLOGIST_SEOUL);
      const berlin = await signIn(server, ONCOLOGIST_BERLIN);

      // Seoul disagrees with version 1; the wording changes; Berlin's two agree with version 2.
      await chair.browser.put(on('recommendation'), { version: 0, content: lobectomy });
      const disagree = {
        position: 'disagree',
        note: 'Neoadjuvant zuerst',
        recommendationVersion: 1,
      };
      expect((await seoul.put(on('position'), disagree)).status).toBe(200);
      const revised = { ...lobectomy, decisionText: `${lobectomy.decisionText} Dosis angepasst.` };
      await chair.browser.put(on('recommendation'), { version: 1, content: revised });
      for (const client of [chair.browser, berlin]) {
        const agree = { position: 'agree', note: '', recommendationVersion: 2 };
        expect((await client.put(on('position'), agree)).status).toBe(200);
      }
      // Closed, reopened with a reason, closed again.
      await chair.browser.post(on('close'), { outcome: 'decided', reason: '' });
      server.clock.advanceMinutes(10);
      const reopened = await chair.browser.post(on('reopen'), { reason: 'Dosis korrigieren' });
      expect(reopened.status).toBe(200);
      // Events a minute apart: the history is in time order.
      server.clock.advanceMinutes(1);
      await chair.browser.post(on('close'), { outcome: 'decided', reason: '' });
      // The board ends before the Seoul case; it is carried over to next week's board.
      server.clock.advanceMinutes(1);
      await chair.ok('board:end', { boardId: source.id });
      server.clock.advanceMinutes(1);
      const carried = await chair.browser.post(casePath(source.id, unreached.id, 'carry-over'), {
        toBoardId: next.id,
      });
      expect(carried.status).toBe(200);

      const { content } = minutesOf(
        await chair.browser.get(`/api/boards/${source.id}/minutes`),
      ).minutes;
      const [first, second] = content.cases;
      expect(content.cases.map((item) => [item.caseId, item.status])).toEqual([
        [decided.id, 'decided'],
        [unreached.id, 'not_discussed'],
      ]);
      expect(first?.recommendationVersion).toBe(2);
      expect(first?.tally).toEqual({ agree: 2, disagree: 0, abstain: 0 });
      expect(
        first?.positions.map((entry) => [
          entry.institutionCode,
          entry.position,
          entry.recommendationVersion,
        ]),
      ).toEqual(
        expect.arrayContaining([
          ['SCCC', 'disagree', 1],
          ['CCCC', 'agree', 2],
          ['CCCC', 'agree', 2],
        ]),
      );
      const coordinator = { name: expect.any(String), institutionCode: 'CCCC' };
      expect(first?.history).toEqual([
        expect.objectContaining({ kind: 'closed', outcome: 'decided', by: coordinator }),
        expect.objectContaining({
          kind: 'reopened',
          reason: 'Dosis korrigieren',
          by: coordinator,
          at: atMinute(10),
        }),
        expect.objectContaining({ kind: 'closed', outcome: 'decided' }),
      ]);
      // The carried case is still in these minutes: not discussed, and where it went.
      expect(second).toMatchObject({ recommendation: null, positions: [], notes: '' });
      expect(second?.history).toEqual([
        expect.objectContaining({ kind: 'not_discussed', by: null }),
        expect.objectContaining({
          kind: 'carried_over',
          toBoard: { id: next.id, title: next.title, startsAt: '2026-12-10T07:00:00.000Z' },
        }),
      ]);

      await signMinutes(chair.browser, source.id);
      const de = await pdfOf(chair.browser, source.id, 'de');
      expect(de).toContain('Empfehlung, Version 2');
      expect(de).toContain('Meinungsbild zu Version 2');
      expect(de).toContain('Widerspruch (Zu Version 1 · nicht gezählt) — Neoadjuvant zuerst');
      expect(de).toMatch(
        /Wieder geöffnet · Do\., 3\. Dez\. 2026 08:10 \(Europe\/Berlin\) · .+ \(CCCC\)/,
      );
      expect(de).toContain('Begründung: Dosis korrigieren');
      expect(de).toContain('Fragestellung an die Konferenz');
      expect(de).toContain('Übertragen auf Thoracic board 10 Dec (Do., 10. Dez. 2026)');
      expect(de).not.toMatch(/Ablehnung|an das Board/);
      const ko = await pdfOf(chair.browser, source.id, 'ko');
      expect(ko).toContain('버전 2에 대한 동의 현황');
      expect(ko).toContain('반대 (버전 1에 대한 의견 · 집계 제외)');

      // The later board's minutes say where the case came from.
      server.clock.advanceMinutes(1);
      const nextChair = await join(COORDINATOR_BERLIN, next.id);
      await nextChair.ok('board:start', { boardId: next.id, confirmEarly: true });
      await nextChair.ok('board:end', { boardId: next.id });
      const later = minutesOf(await chair.browser.get(`/api/boards/${next.id}/minutes`)).minutes;
      const arrived = later.content.cases.find((item) => item.caseId === unreached.id);
      expect(arrived?.history).toEqual([
        expect.objectContaining({
          kind: 'carried_over',
          board: { id: source.id, title: source.title, startsAt: atMinute(0) },
          toBoard: expect.objectContaining({ id: next.id }),
        }),
        expect.objectContaining({
          kind: 'not_discussed',
          board: expect.objectContaining({ id: next.id }),
        }),
      ]);
      await signMinutes(chair.browser, next.id);
      expect(await pdfOf(chair.browser, next.id, 'en')).toContain(
        'Carried over from Thoracic board 3 Dec (Thu, Dec 3, 2026)',
      );
    });
  });

  describe('minutes signed before versions, history and zones were recorded', () => {
    it('still read, verify against their hash and print', async () => {
      const board = await buildBoard(server.db, { ...JOINT, status: 'ended' });
      const item = await buildCase(server.db, { board, home: 'CCCC', status: 'decided' });
      const old: MinutesContent = {
        board: {
          id: board.id,
          title: board.title,
          tumorEntity: 'thoracic',
          startsAt: atMinute(0),
          timeZone: 'Europe/Berlin',
          startedAt: atMinute(0),
          endedAt: atMinute(40),
          host: { code: 'CCCC', name: 'Charité', timeZone: 'Europe/Berlin' },
          institutions: [
            { code: 'CCCC', name: 'Charité', timeZone: 'Europe/Berlin' },
            { code: 'SCCC', name: 'Seoul', timeZone: 'Asia/Seoul' },
          ],
        },
        attendance: [
          {
            name: 'Dr. 김민준',
            role: 'clinician',
            institutionCode: 'SCCC',
            intervals: [{ from: atMinute(1), to: atMinute(39) }],
          },
        ],
        cases: [
          {
            caseId: item.id,
            position: 1,
            pseudonym: item.pseudonym,
            homeInstitutionCode: 'CCCC',
            diagnosis: null,
            stage: null,
            question: 'Operabel?',
            notes: '',
            recommendation: lobectomy,
            positions: [
              { name: 'Dr. 김민준', institutionCode: 'SCCC', position: 'disagree', note: '' },
            ],
            tally: { agree: 0, disagree: 1, abstain: 0 },
            status: 'decided',
            statusReason: null,
          },
        ],
        summary: '',
      };
      const signer = await userIdOf(server.db, COORDINATOR_BERLIN);
      const facts = {
        version: 1,
        signedBy: { id: signer, name: 'Anna Berger', institutionCode: 'CCCC' },
        signedAt: atMinute(60),
        amendmentReason: null,
      };
      const contentHash = signedHashOf(old, facts);
      await insertSignedMinutes(
        server.db,
        { boardId: board.id, content: old, contentHash, ...facts },
        canonicalJson(old),
      );

      const coordinator = await signIn(server, COORDINATOR_BERLIN);
      const { minutes } = minutesOf(await coordinator.get(`/api/boards/${board.id}/minutes`));
      expect(minutes.content).toEqual(old);
      expect(canonicalJson(minutes.content)).toBe(canonicalJson(old));
      expect(signedHashOf(minutes.content, facts)).toBe(minutes.signature?.contentHash);
      const de = await pdfOf(coordinator, board.id, 'de');
      expect(de).toContain(contentHash);
      expect(de).toContain('Meinungsbild');
      expect(de).not.toContain('nicht gezählt');
      expect(de).toContain('Zeiten nach Ortszeit Seoul (Asia/Seoul)');
      expect(de).toContain('16:01–16:39');
    });
  });
});
