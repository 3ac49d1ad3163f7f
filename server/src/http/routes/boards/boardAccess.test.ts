import { localDateAndTime, type UpdateAgendaInput, type UpdateBoardInput } from '@konsil/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findBoard } from '../../../storage/repositories/boards';
import { listCasesOfBoard } from '../../../storage/repositories/cases';
import type { DemoInstitutionCode } from '../../../storage/seed/demoUsers';
import { signIn } from '../../../test/api';
import { caseUpdate, lungCase } from '../../../test/caseContent';
import { describeEachDatabase } from '../../../test/databases';
import { buildBoard, buildCase } from '../../../test/factories';
import { auditRows, boardState, userIdOf } from '../../../test/queries';
import { expectError, expectSameAsMissing } from '../../../test/refusals';
import type { TestClient } from '../../../test/testClient';
import { startTestServer, type TestServer } from '../../../test/testServer';

const COORDINATOR_BERLIN = 'coordinator.berlin@konsil.test';
const COORDINATOR_SEOUL = 'coordinator.seoul@konsil.test';
const ONCOLOGIST_BERLIN = 'oncologist.berlin@konsil.test';
const ONCOLOGIST_SEOUL = 'oncologist.seoul@konsil.test';
const OBSERVER_BERLIN = 'observer.berlin@konsil.test';
/** A board id no board has: what "not there" answers. */
const MISSING_BOARD = '5b0e0f5e-8a8c-4c8e-9b7e-3f3c2d1e0a99';

/** Every board and case endpoint, in the order one actor tries them. */
const ENDPOINTS = [
  'GET board',
  'GET calendar.ics',
  'GET case',
  'PUT board',
  'PUT agenda',
  'POST case',
  'PUT case',
  'submit case',
  'mark case ready',
] as const;
type Endpoint = (typeof ENDPOINTS)[number];

type Expected = Record<Endpoint, 200 | 201 | 401 | 403 | 404>;

function expectations(
  statuses: [number, number, number, number, number, number, number, number, number],
) {
  return Object.fromEntries(ENDPOINTS.map((name, index) => [name, statuses[index]])) as Expected;
}

/**
 * Who may do what on a joint Berlin–Seoul board hosted by Berlin, with a
 * consented Berlin case in draft and another one submitted. Columns:
 * GET board, calendar.ics, GET case, PUT board, PUT agenda, POST case, PUT case,
 * submit (draft → submitted), mark ready (submitted → ready).
 */
const MATRIX: [string, string | null, DemoInstitutionCode | null, Expected][] = [
  [
    'the invited Berlin oncologist (home of the cases)',
    ONCOLOGIST_BERLIN,
    'CCCC',
    expectations([200, 200, 200, 403, 403, 201, 200, 200, 403]),
  ],
  [
    'the invited Seoul oncologist',
    ONCOLOGIST_SEOUL,
    'SCCC',
    expectations([200, 200, 200, 403, 403, 201, 403, 403, 403]),
  ],
  [
    "the host's coordinator, not invited",
    COORDINATOR_BERLIN,
    'CCCC',
    expectations([200, 200, 200, 200, 200, 201, 200, 200, 200]),
  ],
  [
    "the guest institution's coordinator, not invited",
    COORDINATOR_SEOUL,
    'SCCC',
    expectations([200, 200, 200, 403, 200, 201, 403, 403, 200]),
  ],
  [
    "the host's admin (reads only)",
    'admin.berlin@konsil.test',
    'CCCC',
    expectations([200, 200, 200, 403, 403, 403, 403, 403, 403]),
  ],
  [
    "the guest institution's admin (reads only)",
    'admin.seoul@konsil.test',
    'SCCC',
    expectations([200, 200, 200, 403, 403, 403, 403, 403, 403]),
  ],
  [
    'the invited Berlin observer (reads only)',
    OBSERVER_BERLIN,
    'CCCC',
    expectations([200, 200, 200, 403, 403, 403, 403, 403, 403]),
  ],
  [
    "Vienna's oncologist, whose institution does not take part",
    'oncologist.vienna@konsil.test',
    'VCCC',
    expectations([404, 404, 404, 404, 404, 404, 404, 404, 404]),
  ],
  [
    'an uninvited Berlin surgeon',
    'surgeon.berlin@konsil.test',
    'CCCC',
    expectations([404, 404, 404, 404, 404, 404, 404, 404, 404]),
  ],
  [
    'a browser without a session',
    null,
    null,
    expectations([401, 401, 401, 401, 401, 401, 401, 401, 401]),
  ],
];

describeEachDatabase('board and case access', (dialect) => {
  let server: TestServer;
  let board: { id: string; title: string };
  let draft: { id: string };
  let submitted: { id: string };

  beforeEach(async () => {
    server = await startTestServer({ dialect });
    board = await buildBoard(server.db, {
      host: 'CCCC',
      guests: ['SCCC'],
      invited: [ONCOLOGIST_BERLIN, ONCOLOGIST_SEOUL, OBSERVER_BERLIN],
      title: 'Joint Thoracic Tumor Board',
      startsAt: '2026-12-10T07:00:00.000Z',
      videoUrl: 'https://meet.example.org/thoracic',
    });
    draft = await buildCase(server.db, { board, home: 'CCCC', status: 'draft' });
    submitted = await buildCase(server.db, { board, home: 'CCCC', status: 'submitted' });
  });

  afterEach(async () => {
    await server.close();
  });

  /** The change a permitted user would send, built from what is stored right now. */
  async function boardChange(): Promise<UpdateBoardInput> {
    const stored = await findBoard(server.db, board.id);
    if (!stored) throw new Error('board gone');
    const { date } = localDateAndTime(new Date(stored.startsAt), stored.timeZone);
    return {
      title: stored.title,
      tumorEntity: stored.tumorEntity,
      start: { local: `${date}T09:00`, timeZone: stored.timeZone },
      durationMinutes: 120,
      hostInstitutionId: stored.hostInstitutionId,
      institutionIds: stored.institutions.map((institution) => institution.id),
      videoUrl: stored.videoUrl,
      participantIds: stored.participantIds,
      version: stored.version,
    };
  }

  async function reversedAgenda(): Promise<UpdateAgendaInput> {
    const stored = await findBoard(server.db, board.id);
    const cases = await listCasesOfBoard(server.db, board.id);
    return {
      agendaVersion: stored?.agendaVersion ?? 0,
      items: cases.reverse().map((item) => ({ caseId: item.id, allottedMinutes: 12 })),
    };
  }

  async function storedCase(caseId: string) {
    const item = (await listCasesOfBoard(server.db, board.id)).find((row) => row.id === caseId);
    if (!item) throw new Error(`case ${caseId} gone`);
    return item;
  }

  /** One endpoint on the test's board, or on another board id (one that does not exist). */
  function send(
    client: TestClient,
    endpoint: Endpoint,
    home: DemoInstitutionCode,
    boardId = board.id,
  ) {
    const boardPath = `/api/boards/${boardId}`;
    const draftPath = `${boardPath}/cases/${draft.id}`;
    switch (endpoint) {
      case 'GET board':
        return client.get(boardPath);
      case 'GET calendar.ics':
        return client.get(`${boardPath}/calendar.ics`);
      case 'GET case':
        return client.get(draftPath);
      case 'PUT board':
        return boardChange().then((body) => client.put(boardPath, body));
      case 'PUT agenda':
        return reversedAgenda().then((body) => client.put(`${boardPath}/agenda`, body));
      case 'POST case':
        return client.post(`${boardPath}/cases`, lungCase(home));
      case 'PUT case':
        return storedCase(draft.id).then((item) =>
          client.put(
            draftPath,
            caseUpdate({ ...item.content, comorbidities: 'COPD GOLD 3' }, item.version),
          ),
        );
      case 'submit case':
        return storedCase(draft.id).then((item) =>
          client.post(`${draftPath}/status`, { status: 'submitted', version: item.version }),
        );
      case 'mark case ready':
        return storedCase(submitted.id).then((item) =>
          client.post(`${boardPath}/cases/${submitted.id}/status`, {
            status: 'ready',
            version: item.version,
          }),
        );
    }
  }

  /** One request and what it left behind: the refusals recorded and whether any data changed. */
  async function attempt(client: TestClient, endpoint: Endpoint, home: DemoInstitutionCode) {
    const before = await boardState(server.db, board.id);
    const known = (await auditRows(server.db, { action: 'access.refused' })).length;
    const response = await send(client, endpoint, home);
    const refusals = (await auditRows(server.db, { action: 'access.refused' }))
      .slice(known)
      .map((row) => `${row.actor_user_id ?? 'nobody'} on ${row.object_type} ${row.object_id}`);
    const hasChanged =
      JSON.stringify(await boardState(server.db, board.id)) !== JSON.stringify(before);
    return { response, refusals, hasChanged };
  }

  /** What a 403 or 404 must record: the board when it is hidden or board-wide, else the case. */
  function expectedRefusal(endpoint: Endpoint, status: number, userId: string | null) {
    if (status !== 403 && status !== 404) return [];
    const boardWide = ['GET board', 'GET calendar.ics', 'PUT board', 'PUT agenda'];
    if (status === 404 || boardWide.includes(endpoint)) return [`${userId} on board ${board.id}`];
    if (endpoint === 'POST case') return [`${userId} on case null`];
    return [`${userId} on case ${endpoint === 'mark case ready' ? submitted.id : draft.id}`];
  }

  it.each(MATRIX)('answers %s as the matrix says', async (_who, email, home, expected) => {
    const client = email ? await signIn(server, email) : server.client();
    const userId = email ? await userIdOf(server.db, email) : null;
    const answered: Record<string, number> = {};
    const refusals: Record<string, string[]> = {};
    const changedAlthoughRefused: string[] = [];

    for (const endpoint of ENDPOINTS) {
      const {
        response,
        refusals: recorded,
        hasChanged,
      } = await attempt(client, endpoint, home ?? 'CCCC');
      answered[endpoint] = response.status;
      refusals[endpoint] = recorded;
      if (response.status >= 400 && hasChanged) changedAlthoughRefused.push(endpoint);
      // The whole refusal, not just its status: nothing may stand beside the error.
      if (response.status === 401) {
        expectError(response, 401, 'unauthenticated', {}, endpoint);
      } else if (response.status === 403) {
        expectError(response, 403, 'forbidden', {}, endpoint);
      } else if (response.status === 404) {
        // A board one may not see answers exactly like a board that does not exist.
        const missing = await send(client, endpoint, home ?? 'CCCC', MISSING_BOARD);
        expectSameAsMissing(response, missing, endpoint);
      }
    }

    expect(answered).toEqual(expected);
    // Each 403 and 404 is recorded once, naming who tried and on what; a 401 has no one to name.
    expect(refusals).toEqual(
      Object.fromEntries(
        ENDPOINTS.map((name) => [name, expectedRefusal(name, expected[name], userId)]),
      ),
    );
    expect(changedAlthoughRefused).toEqual([]);
  });

  describe('refusals in the audit trail', () => {
    it.each([
      ['PUT board', "the guest institution's coordinator", 'board:edit', COORDINATOR_SEOUL],
      ['PUT agenda', 'the invited Berlin oncologist', 'agenda:edit', ONCOLOGIST_BERLIN],
      ['POST case', 'the invited observer', 'case:create', OBSERVER_BERLIN],
      ['PUT case', 'the invited Seoul oncologist', 'case:edit', ONCOLOGIST_SEOUL],
      ['submit case', 'the invited Seoul oncologist', 'case:edit', ONCOLOGIST_SEOUL],
      ['mark case ready', 'the invited Berlin oncologist', 'case:markReady', ONCOLOGIST_BERLIN],
      ['mark case ready', "the host's admin", 'case:markReady', 'admin.berlin@konsil.test'],
      ['mark case ready', 'the invited observer', 'case:markReady', OBSERVER_BERLIN],
      ['GET board', "Vienna's oncologist", 'board:read', 'oncologist.vienna@konsil.test'],
      ['GET case', 'an uninvited Berlin surgeon', 'board:read', 'surgeon.berlin@konsil.test'],
    ] as const)(
      'names what was attempted: %s by %s → %s',
      async (endpoint, _who, attempted, email) => {
        const client = await signIn(server, email);

        const response = await send(client, endpoint, 'CCCC');

        // The two that may not see the board at all get 404, the others 403.
        if (attempted === 'board:read') expectError(response, 404, 'not_found');
        else expectError(response, 403, 'forbidden');
        const rows = await auditRows(server.db, { action: 'access.refused' });
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({
          actor_user_id: await userIdOf(server.db, email),
          outcome: 'refused',
        });
        expect(JSON.parse(rows[0]?.details ?? '{}')).toEqual({ attempted });
      },
    );
  });

  it('answers a case addressed through another board with 404, even to its home coordinator', async () => {
    const otherBoard = await buildBoard(server.db, { host: 'CCCC', title: 'Berlin breast board' });
    const coordinator = await signIn(server, COORDINATOR_BERLIN);

    const response = await coordinator.get(`/api/boards/${otherBoard.id}/cases/${draft.id}`);
    const missing = await coordinator.get(
      `/api/boards/${otherBoard.id}/cases/9f1c2b3a-4d5e-4f60-8a7b-1c2d3e4f5a6b`,
    );

    expectSameAsMissing(response, missing);
  });

  it('answers a board that does not exist exactly like one the user may not see', async () => {
    const surgeon = await signIn(server, 'surgeon.berlin@konsil.test');

    const hidden = await surgeon.get(`/api/boards/${board.id}`);
    const missing = await surgeon.get(`/api/boards/${MISSING_BOARD}`);

    expectSameAsMissing(hidden, missing);
  });

  describe('once the board has ended', () => {
    beforeEach(async () => {
      await server.db
        .updateTable('boards')
        .set({ status: 'ended' })
        .where('id', '=', board.id)
        .execute();
    });

    it.each([
      ["the host's coordinator", COORDINATOR_BERLIN, 'CCCC'],
      ['the invited Berlin oncologist', ONCOLOGIST_BERLIN, 'CCCC'],
      ["the guest institution's coordinator", COORDINATOR_SEOUL, 'SCCC'],
    ] as const)('lets %s read but change nothing', async (_who, email, home) => {
      const client = await signIn(server, email);
      const before = await boardState(server.db, board.id);
      const answered: Record<string, number> = {};

      for (const endpoint of ENDPOINTS) {
        const response = await send(client, endpoint, home);
        answered[endpoint] = response.status;
        if (response.status >= 400) expectError(response, 403, 'forbidden', {}, endpoint);
      }

      expect(answered).toEqual(expectations([200, 200, 200, 403, 403, 403, 403, 403, 403]));
      expect(await boardState(server.db, board.id)).toEqual(before);
    });
  });
});
