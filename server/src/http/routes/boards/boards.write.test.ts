import { BoardListSchema } from '@konsil/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiError, boardOf, fieldPaths, signIn } from '../../../test/api';
import { boardUpdate, newBoardInput } from '../../../test/boardInput';
import { lungCase } from '../../../test/caseContent';
import { describeEachDatabase } from '../../../test/databases';
import { buildBoard, buildCase } from '../../../test/factories';
import { auditRows, boardState, institutionIdOf, userIdOf } from '../../../test/queries';
import type { TestClient } from '../../../test/testClient';
import { startTestServer, type TestServer } from '../../../test/testServer';

const COORDINATOR_BERLIN = 'coordinator.berlin@konsil.test';
const COORDINATOR_SEOUL = 'coordinator.seoul@konsil.test';
const ONCOLOGIST_BERLIN = 'oncologist.berlin@konsil.test';
const ONCOLOGIST_SEOUL = 'oncologist.seoul@konsil.test';

describeEachDatabase('boards API: scheduling and the agenda', (dialect) => {
  let server: TestServer;

  beforeEach(async () => {
    server = await startTestServer({ dialect });
  });

  afterEach(async () => {
    await server.close();
  });

  async function boardCount() {
    return (await server.db.selectFrom('boards').select('id').execute()).length;
  }

  describe('creating a board', () => {
    it('schedules the joint thoracic board at 08:00 Berlin, stored as 07:00 UTC', async () => {
      const coordinator = await signIn(server, COORDINATOR_BERLIN);
      const input = await newBoardInput(server.db, {
        host: 'CCCC',
        guests: ['SCCC'],
        invited: [ONCOLOGIST_BERLIN, ONCOLOGIST_SEOUL],
      });

      const response = await coordinator.post('/api/boards', input);

      expect(response.status).toBe(201);
      const board = boardOf(response);
      expect(board).toMatchObject({
        title: 'Joint Thoracic Tumor Board',
        tumorEntity: 'thoracic',
        status: 'scheduled',
        startsAt: '2026-12-03T07:00:00.000Z',
        timeZone: 'Europe/Berlin',
        durationMinutes: 90,
        videoUrl: 'https://meet.example.org/thoracic-board',
        hostInstitution: { code: 'CCCC', id: await institutionIdOf(server.db, 'CCCC') },
        version: 1,
        cases: [],
        permissions: { canEdit: true, canSubmitCase: true, canReorder: true },
      });
      expect(board.institutions.map((institution) => institution.code)).toEqual(['CCCC', 'SCCC']);
      expect(board.participants.map((participant) => participant.id).sort()).toEqual(
        [...input.participantIds].sort(),
      );
      const created = await auditRows(server.db, { action: 'board.created', objectId: board.id });
      expect(created).toEqual([
        expect.objectContaining({
          actor_user_id: await userIdOf(server.db, COORDINATOR_BERLIN),
          object_institution_id: await institutionIdOf(server.db, 'CCCC'),
          outcome: 'allowed',
        }),
      ]);

      // The invited Seoul oncologist now finds it among their boards.
      const seoul = await signIn(server, ONCOLOGIST_SEOUL);
      const list = BoardListSchema.parse((await seoul.get('/api/boards')).body);
      expect(list.boards.map((summary) => summary.id)).toEqual([board.id]);
    });

    it.each([
      [
        '08:00 in Berlin in winter',
        '2026-12-03T08:00',
        'Europe/Berlin',
        '2026-12-03T07:00:00.000Z',
      ],
      [
        '16:00 in Seoul on the same day',
        '2026-12-03T16:00',
        'Asia/Seoul',
        '2026-12-03T07:00:00.000Z',
      ],
      [
        '08:00 in Berlin in summer',
        '2026-07-02T08:00',
        'Europe/Berlin',
        '2026-07-02T06:00:00.000Z',
      ],
      [
        '02:30 in Berlin the night clocks go back (the first of the two)',
        '2026-10-25T02:30',
        'Europe/Berlin',
        '2026-10-25T00:30:00.000Z',
      ],
    ])('stores %s as %s UTC, in the host zone', async (_what, local, timeZone, startsAt) => {
      const coordinator = await signIn(server, COORDINATOR_BERLIN);
      const input = await newBoardInput(server.db, {
        host: 'CCCC',
        guests: ['SCCC'],
        start: { local, timeZone },
      });

      const board = boardOf(await coordinator.post('/api/boards', input));

      expect(board.startsAt).toBe(startsAt);
      expect(board.timeZone).toBe('Europe/Berlin');
    });

    it('refuses 02:30 on the night Berlin skips it, naming start.local', async () => {
      const coordinator = await signIn(server, COORDINATOR_BERLIN);
      const input = await newBoardInput(server.db, {
        host: 'CCCC',
        start: { local: '2026-03-29T02:30', timeZone: 'Europe/Berlin' },
      });

      const response = await coordinator.post('/api/boards', input);

      expect(apiError(response)).toMatchObject({ status: 400, id: 'invalid_start_time' });
      expect(fieldPaths(response)).toEqual(['start.local']);
      expect(await boardCount()).toBe(0);
    });

    it.each([
      [
        "Vienna's oncologist, whose institution does not take part",
        'oncologist.vienna@konsil.test',
      ],
      ["Seoul's admin, who manages users and is no board member", 'admin.seoul@konsil.test'],
    ])('refuses to invite %s, naming participantIds', async (_who, email) => {
      const coordinator = await signIn(server, COORDINATOR_BERLIN);
      const input = await newBoardInput(server.db, {
        host: 'CCCC',
        guests: ['SCCC'],
        invited: [ONCOLOGIST_SEOUL, email],
      });

      const response = await coordinator.post('/api/boards', input);

      expect(apiError(response)).toMatchObject({ status: 400, id: 'validation_failed' });
      expect(fieldPaths(response)).toEqual(['participantIds']);
      expect(await boardCount()).toBe(0);
    });

    it.each([
      ["Seoul's coordinator", COORDINATOR_SEOUL],
      ["Berlin's oncologist", ONCOLOGIST_BERLIN],
      ["Berlin's admin", 'admin.berlin@konsil.test'],
    ])('does not let %s create a Berlin-hosted board', async (_who, email) => {
      const client = await signIn(server, email);
      const input = await newBoardInput(server.db, { host: 'CCCC', guests: ['SCCC'] });

      const response = await client.post('/api/boards', input);

      expect(apiError(response)).toMatchObject({ status: 403, id: 'forbidden' });
      expect(await boardCount()).toBe(0);
      const refused = await auditRows(server.db, { action: 'access.refused' });
      expect(refused.map((row) => [row.actor_user_id, JSON.parse(row.details ?? 'null')])).toEqual([
        [await userIdOf(server.db, email), { attempted: 'board:create' }],
      ]);
    });

    it('lets Seoul host its own board with Berlin taking part', async () => {
      const coordinator = await signIn(server, COORDINATOR_SEOUL);
      const input = await newBoardInput(server.db, {
        host: 'SCCC',
        guests: ['CCCC'],
        start: { local: '2026-12-03T16:00', timeZone: 'Asia/Seoul' },
      });

      const board = boardOf(await coordinator.post('/api/boards', input));

      expect(board).toMatchObject({
        startsAt: '2026-12-03T07:00:00.000Z',
        timeZone: 'Asia/Seoul',
        hostInstitution: { code: 'SCCC' },
      });
    });
  });

  describe('changing a board', () => {
    async function createdBoard(coordinator: TestClient) {
      const input = await newBoardInput(server.db, { host: 'CCCC', guests: ['SCCC'] });
      return boardOf(await coordinator.post('/api/boards', input));
    }

    it('moves the board and counts the version up', async () => {
      const coordinator = await signIn(server, COORDINATOR_BERLIN);
      const board = await createdBoard(coordinator);

      const response = await coordinator.put(
        `/api/boards/${board.id}`,
        boardUpdate(board, { start: { local: '2026-12-03T09:30', timeZone: 'Europe/Berlin' } }),
      );

      expect(response.status).toBe(200);
      expect(boardOf(response)).toMatchObject({ startsAt: '2026-12-03T08:30:00.000Z', version: 2 });
      expect(await auditRows(server.db, { action: 'board.updated' })).toHaveLength(1);
    });

    it('refuses a change based on a stale version with 409 and keeps the first change', async () => {
      const coordinator = await signIn(server, COORDINATOR_BERLIN);
      const colleague = await signIn(server, COORDINATOR_BERLIN);
      const board = await createdBoard(coordinator);

      const first = await coordinator.put(
        `/api/boards/${board.id}`,
        boardUpdate(board, { title: 'Joint Thoracic Tumor Board (Dezember)' }),
      );
      const afterFirst = await boardState(server.db, board.id);
      const second = await colleague.put(
        `/api/boards/${board.id}`,
        boardUpdate(board, { durationMinutes: 120 }),
      );

      expect(first.status).toBe(200);
      expect(apiError(second)).toMatchObject({ status: 409, id: 'conflict' });
      expect(await boardState(server.db, board.id)).toEqual(afterFirst);
      expect(boardOf(await colleague.get(`/api/boards/${board.id}`))).toMatchObject({
        title: 'Joint Thoracic Tumor Board (Dezember)',
        durationMinutes: 90,
        version: 2,
      });
    });

    it('does not hand the board to another host', async () => {
      const coordinator = await signIn(server, COORDINATOR_BERLIN);
      const board = await createdBoard(coordinator);

      const response = await coordinator.put(
        `/api/boards/${board.id}`,
        boardUpdate(board, { hostInstitutionId: await institutionIdOf(server.db, 'SCCC') }),
      );

      expect(fieldPaths(response)).toEqual(['hostInstitutionId']);
      expect((await boardState(server.db, board.id)).board.version).toBe(1);
    });
  });

  describe('the agenda', () => {
    let board: { id: string; title: string };

    beforeEach(async () => {
      board = await buildBoard(server.db, {
        host: 'CCCC',
        guests: ['SCCC'],
        invited: [ONCOLOGIST_BERLIN, ONCOLOGIST_SEOUL],
      });
    });

    async function agendaOf(client: TestClient) {
      const loaded = boardOf(await client.get(`/api/boards/${board.id}`));
      return {
        version: loaded.agendaVersion,
        ids: loaded.cases.map((item) => item.id),
        minutes: loaded.cases.map((item) => item.allottedMinutes),
      };
    }

    const reorder = (client: TestClient, agendaVersion: number, caseIds: string[], minutes = 7) =>
      client.put(`/api/boards/${board.id}/agenda`, {
        agendaVersion,
        items: caseIds.map((caseId) => ({ caseId, allottedMinutes: minutes })),
      });

    it('keeps the first of two coordinators’ reorders and answers the second with 409', async () => {
      const nsclc = await buildCase(server.db, { board, home: 'CCCC' });
      const smallCell = await buildCase(server.db, { board, home: 'SCCC' });
      const mesothelioma = await buildCase(server.db, { board, home: 'CCCC' });
      const berlin = await signIn(server, COORDINATOR_BERLIN);
      const seoul = await signIn(server, COORDINATOR_SEOUL);
      const seenInBerlin = await agendaOf(berlin);
      const seenInSeoul = await agendaOf(seoul);
      expect(seenInSeoul.version).toBe(seenInBerlin.version);

      const first = await reorder(
        berlin,
        seenInBerlin.version,
        [mesothelioma.id, nsclc.id, smallCell.id],
        15,
      );
      const second = await reorder(
        seoul,
        seenInSeoul.version,
        [smallCell.id, mesothelioma.id, nsclc.id],
        5,
      );

      expect(first.status).toBe(200);
      expect(boardOf(first).cases.map((item) => item.id)).toEqual([
        mesothelioma.id,
        nsclc.id,
        smallCell.id,
      ]);
      expect(apiError(second)).toMatchObject({ status: 409, id: 'conflict' });
      for (const client of [berlin, seoul]) {
        expect(await agendaOf(client)).toEqual({
          version: seenInBerlin.version + 1,
          ids: [mesothelioma.id, nsclc.id, smallCell.id],
          minutes: [15, 15, 15],
        });
      }
      expect(await auditRows(server.db, { action: 'agenda.updated' })).toHaveLength(1);
    });

    it('keeps a case hidden from Seoul in its place when Seoul reorders the cases it sees', async () => {
      const first = await buildCase(server.db, { board, home: 'CCCC', allottedMinutes: 10 });
      const hidden = await buildCase(server.db, {
        board,
        home: 'CCCC',
        consent: false,
        allottedMinutes: 20,
      });
      const third = await buildCase(server.db, { board, home: 'CCCC', allottedMinutes: 10 });
      const seoulCase = await buildCase(server.db, { board, home: 'SCCC', allottedMinutes: 10 });
      const seoul = await signIn(server, COORDINATOR_SEOUL);
      const berlin = await signIn(server, COORDINATOR_BERLIN);
      const seen = await agendaOf(seoul);
      expect(seen.ids).toEqual([first.id, third.id, seoulCase.id]);

      const response = await reorder(seoul, seen.version, [seoulCase.id, third.id, first.id], 8);

      expect(response.status).toBe(200);
      expect(boardOf(response).cases.map((item) => item.id)).toEqual([
        seoulCase.id,
        third.id,
        first.id,
      ]);
      expect(await agendaOf(berlin)).toMatchObject({
        ids: [seoulCase.id, hidden.id, third.id, first.id],
        minutes: [8, 20, 8, 8],
      });
    });

    it.each([
      [
        'leaves out a case it can see',
        (ids: { visible: string[]; hidden: string }) => ids.visible.slice(1),
      ],
      [
        'names a case it cannot see',
        (ids: { visible: string[]; hidden: string }) => [...ids.visible, ids.hidden],
      ],
    ])('answers 409 when the new order %s', async (_what, orderOf) => {
      const visible = [
        (await buildCase(server.db, { board, home: 'CCCC' })).id,
        (await buildCase(server.db, { board, home: 'SCCC' })).id,
      ];
      const hidden = (await buildCase(server.db, { board, home: 'CCCC', consent: false })).id;
      const seoul = await signIn(server, COORDINATOR_SEOUL);
      const before = await boardState(server.db, board.id);

      const response = await reorder(
        seoul,
        (await agendaOf(seoul)).version,
        orderOf({ visible, hidden }),
      );

      expect(apiError(response)).toMatchObject({ status: 409, id: 'conflict' });
      expect(await boardState(server.db, board.id)).toEqual(before);
    });

    it('makes an agenda loaded before a new case was submitted stale', async () => {
      const nsclc = await buildCase(server.db, { board, home: 'CCCC' });
      const berlin = await signIn(server, COORDINATOR_BERLIN);
      const seen = await agendaOf(berlin);
      const oncologist = await signIn(server, ONCOLOGIST_SEOUL);
      expect(
        (await oncologist.post(`/api/boards/${board.id}/cases`, lungCase('SCCC'))).status,
      ).toBe(201);

      const response = await reorder(berlin, seen.version, [nsclc.id]);

      expect(apiError(response)).toMatchObject({ status: 409, id: 'conflict' });
    });
  });
});
