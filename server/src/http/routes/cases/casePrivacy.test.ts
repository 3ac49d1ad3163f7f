import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { boardOf, caseOf, signIn } from '../../../test/api';
import { caseUpdate, contentOf, lungCase } from '../../../test/caseContent';
import { describeEachDatabase } from '../../../test/databases';
import { buildBoard, buildCase } from '../../../test/factories';
import { auditRows, userIdOf } from '../../../test/queries';
import { expectSameAsMissing } from '../../../test/refusals';
import type { TestClient } from '../../../test/testClient';
import { startTestServer, type TestServer } from '../../../test/testServer';

const COORDINATOR_BERLIN = 'coordinator.berlin@konsil.test';
const COORDINATOR_SEOUL = 'coordinator.seoul@konsil.test';
const ONCOLOGIST_BERLIN = 'oncologist.berlin@konsil.test';
const ONCOLOGIST_SEOUL = 'oncologist.seoul@konsil.test';

const BERLIN_MRN = 'CHA-MRN-40817733';
const SEOUL_MRN = 'SMC-MRN-20261203';
/** A case id no case has: what "not there" answers. */
const MISSING_CASE = '9f1c2b3a-4d5e-4f60-8a7b-1c2d3e4f5a6b';

type Reply = { status: number; body: unknown; text: string };

/** The case objects a reply carries: the board's agenda rows, or the one case. */
function casesIn(reply: Reply): Record<string, unknown>[] {
  const body = reply.body as { board?: { cases: Record<string, unknown>[] }; case?: object };
  if (body.board) return body.board.cases;
  if (body.case) return [body.case as Record<string, unknown>];
  return [];
}

/** For someone outside the home institution: no key for the case, no MRN anywhere in the bytes. */
function expectNoHomeReference(reply: Reply, caseId: string, mrn: string, what: string) {
  expect(reply.status, what).toBeLessThan(300);
  expect(reply.text, what).not.toContain(mrn);
  const item = casesIn(reply).find((candidate) => candidate.id === caseId);
  expect(item, `${what} carries the case`).toBeDefined();
  expect(Object.keys(item ?? {}), what).not.toContain('homeReference');
}

function expectHomeReference(reply: Reply, caseId: string, mrn: string, what: string) {
  expect(reply.status, what).toBeLessThan(300);
  const item = casesIn(reply).find((candidate) => candidate.id === caseId);
  expect(item?.homeReference, what).toBe(mrn);
}

describeEachDatabase('case privacy across institutions', (dialect) => {
  let server: TestServer;
  let board: { id: string; title: string };

  beforeEach(async () => {
    server = await startTestServer({ dialect });
    board = await buildBoard(server.db, {
      host: 'CCCC',
      guests: ['SCCC'],
      invited: [ONCOLOGIST_BERLIN, ONCOLOGIST_SEOUL, 'observer.berlin@konsil.test'],
      title: 'Joint Thoracic Tumor Board',
    });
  });

  afterEach(async () => {
    await server.close();
  });

  const boardPath = () => `/api/boards/${board.id}`;
  const casePath = (caseId: string) => `${boardPath()}/cases/${caseId}`;

  async function reorder(coordinator: TestClient) {
    const current = boardOf(await coordinator.get(boardPath()));
    return coordinator.put(`${boardPath()}/agenda`, {
      agendaVersion: current.agendaVersion,
      items: [...current.cases].reverse().map((item) => ({ caseId: item.id, allottedMinutes: 8 })),
    });
  }

  describe('the home reference (MRN)', () => {
    it('reaches the Berlin treating team and no one from Seoul, on every endpoint', async () => {
      const berlinCase = await buildCase(server.db, {
        board,
        home: 'CCCC',
        status: 'submitted',
        homeReference: BERLIN_MRN,
      });
      // The treating team at home sees the MRN.
      for (const email of [ONCOLOGIST_BERLIN, COORDINATOR_BERLIN]) {
        const reader = await signIn(server, email);
        expectHomeReference(await reader.get(boardPath()), berlinCase.id, BERLIN_MRN, email);
        expectHomeReference(
          await reader.get(casePath(berlinCase.id)),
          berlinCase.id,
          BERLIN_MRN,
          email,
        );
      }

      // Berlin's observer and admin read the case, but not the MRN.
      for (const email of ['observer.berlin@konsil.test', 'admin.berlin@konsil.test']) {
        const reader = await signIn(server, email);
        expectNoHomeReference(await reader.get(boardPath()), berlinCase.id, BERLIN_MRN, email);
        expectNoHomeReference(
          await reader.get(casePath(berlinCase.id)),
          berlinCase.id,
          BERLIN_MRN,
          email,
        );
      }

      for (const email of [ONCOLOGIST_SEOUL, COORDINATOR_SEOUL, 'admin.seoul@konsil.test']) {
        const reader = await signIn(server, email);
        expectNoHomeReference(
          await reader.get(boardPath()),
          berlinCase.id,
          BERLIN_MRN,
          `board for ${email}`,
        );
        expectNoHomeReference(
          await reader.get(casePath(berlinCase.id)),
          berlinCase.id,
          BERLIN_MRN,
          `case for ${email}`,
        );
        const calendar = await reader.get(`${boardPath()}/calendar.ics`);
        expect(calendar.text).not.toContain(BERLIN_MRN);
        const list = await reader.get('/api/boards');
        expect(list.text).not.toContain(BERLIN_MRN);
      }

      // What the Seoul coordinator's own changes answer with.
      const seoulCoordinator = await signIn(server, COORDINATOR_SEOUL);
      expectNoHomeReference(
        await reorder(seoulCoordinator),
        berlinCase.id,
        BERLIN_MRN,
        'agenda reply',
      );
      const markedReady = await seoulCoordinator.post(`${casePath(berlinCase.id)}/status`, {
        status: 'ready',
        version: 1,
      });
      expectNoHomeReference(markedReady, berlinCase.id, BERLIN_MRN, 'status reply');
      expect(caseOf(markedReady).status).toBe('ready');
    });

    it('stays in Seoul for a Seoul case, from its creation to its last change', async () => {
      const seoulOncologist = await signIn(server, ONCOLOGIST_SEOUL);

      const created = await seoulOncologist.post(
        `${boardPath()}/cases`,
        lungCase('SCCC', { homeReference: SEOUL_MRN }),
      );
      expect(created.status).toBe(201);
      const seoulCase = caseOf(created);
      expectHomeReference(created, seoulCase.id, SEOUL_MRN, 'create reply');
      const updated = await seoulOncologist.put(
        casePath(seoulCase.id),
        caseUpdate({ ...contentOf(seoulCase), ecog: 2 }, seoulCase.version),
      );
      expectHomeReference(updated, seoulCase.id, SEOUL_MRN, 'update reply');
      const submitted = await seoulOncologist.post(`${casePath(seoulCase.id)}/status`, {
        status: 'submitted',
        version: caseOf(updated).version,
      });
      expectHomeReference(submitted, seoulCase.id, SEOUL_MRN, 'submit reply');

      const berlinCoordinator = await signIn(server, COORDINATOR_BERLIN);
      expectNoHomeReference(
        await berlinCoordinator.get(boardPath()),
        seoulCase.id,
        SEOUL_MRN,
        'board',
      );
      expectNoHomeReference(
        await berlinCoordinator.get(casePath(seoulCase.id)),
        seoulCase.id,
        SEOUL_MRN,
        'case',
      );
      expectNoHomeReference(
        await reorder(berlinCoordinator),
        seoulCase.id,
        SEOUL_MRN,
        'agenda reply',
      );
      const readied = await berlinCoordinator.post(`${casePath(seoulCase.id)}/status`, {
        status: 'ready',
        version: caseOf(submitted).version,
      });
      expectNoHomeReference(readied, seoulCase.id, SEOUL_MRN, 'status reply');
      const berlinOncologist = await signIn(server, ONCOLOGIST_BERLIN);
      expectNoHomeReference(
        await berlinOncologist.get(casePath(seoulCase.id)),
        seoulCase.id,
        SEOUL_MRN,
        'case for a Berlin clinician',
      );
    });

    it('keeps a Berlin MRN out of the Seoul coordinator view while Berlin cases sit beside Seoul ones', async () => {
      const berlinCase = await buildCase(server.db, {
        board,
        home: 'CCCC',
        homeReference: BERLIN_MRN,
      });
      const seoulCase = await buildCase(server.db, {
        board,
        home: 'SCCC',
        homeReference: SEOUL_MRN,
      });
      const seoulCoordinator = await signIn(server, COORDINATOR_SEOUL);

      const reply = await seoulCoordinator.get(boardPath());

      expectNoHomeReference(reply, berlinCase.id, BERLIN_MRN, 'Berlin row');
      expectHomeReference(reply, seoulCase.id, SEOUL_MRN, 'Seoul row');
    });

    it('never writes an MRN into the audit trail', async () => {
      const berlinOncologist = await signIn(server, ONCOLOGIST_BERLIN);
      const created = caseOf(
        await berlinOncologist.post(
          `${boardPath()}/cases`,
          lungCase('CCCC', { homeReference: BERLIN_MRN }),
        ),
      );
      const renamedMrn = `${BERLIN_MRN}-B`;
      const updated = caseOf(
        await berlinOncologist.put(
          casePath(created.id),
          caseUpdate(
            { ...contentOf(created), homeReference: renamedMrn, consent: false },
            created.version,
          ),
        ),
      );
      await berlinOncologist.post(`${casePath(created.id)}/status`, {
        status: 'submitted',
        version: updated.version,
      });
      await berlinOncologist.get(casePath(created.id));
      // A refusal about the case, too: Seoul may not see it without consent.
      const seoulCoordinator = await signIn(server, COORDINATOR_SEOUL);
      expectSameAsMissing(
        await seoulCoordinator.get(casePath(created.id)),
        await seoulCoordinator.get(casePath(MISSING_CASE)),
      );

      const rows = await auditRows(server.db);
      expect(rows.map((row) => row.action)).toEqual(
        expect.arrayContaining([
          'case.created',
          'case.updated',
          'case.status_changed',
          'case.viewed',
          'access.refused',
        ]),
      );
      for (const row of rows) {
        expect(row.details ?? '', row.action).not.toContain('MRN');
        expect(JSON.stringify(row), row.action).not.toContain(BERLIN_MRN);
      }
    });
  });

  describe('consent to cross-institution discussion', () => {
    it('hides a case from Seoul until consent is given, and again once it is withdrawn', async () => {
      const item = await buildCase(server.db, {
        board,
        home: 'CCCC',
        consent: false,
        homeReference: BERLIN_MRN,
      });
      const berlinOncologist = await signIn(server, ONCOLOGIST_BERLIN);
      const seoulViewers = [
        await signIn(server, ONCOLOGIST_SEOUL),
        await signIn(server, COORDINATOR_SEOUL),
        await signIn(server, 'admin.seoul@konsil.test'),
      ];
      const berlinCoordinator = await signIn(server, COORDINATOR_BERLIN);

      async function seoulSees() {
        const seen: string[] = [];
        for (const viewer of seoulViewers) {
          const onBoard = boardOf(await viewer.get(boardPath())).cases.some(
            (row) => row.id === item.id,
          );
          const opened = await viewer.get(casePath(item.id));
          if (opened.status === 404) {
            expectSameAsMissing(opened, await viewer.get(casePath(MISSING_CASE)));
          }
          seen.push(`${onBoard ? 'on the agenda' : 'not on the agenda'}, case ${opened.status}`);
        }
        return seen;
      }
      async function setConsent(consent: boolean) {
        const current = caseOf(await berlinOncologist.get(casePath(item.id)));
        const reply = await berlinOncologist.put(
          casePath(item.id),
          caseUpdate({ ...contentOf(current), consent }, current.version),
        );
        expect(reply.status).toBe(200);
      }

      expect(await seoulSees()).toEqual(Array(3).fill('not on the agenda, case 404'));
      expect(boardOf(await berlinCoordinator.get(boardPath())).cases.map((row) => row.id)).toEqual([
        item.id,
      ]);

      await setConsent(true);
      expect(await seoulSees()).toEqual(Array(3).fill('on the agenda, case 200'));

      await setConsent(false);
      expect(await seoulSees()).toEqual(Array(3).fill('not on the agenda, case 404'));
      expect(boardOf(await berlinCoordinator.get(boardPath())).cases.map((row) => row.id)).toEqual([
        item.id,
      ]);

      const consentChanges = await auditRows(server.db, {
        action: 'case.updated',
        objectId: item.id,
      });
      expect(consentChanges.map((row) => JSON.parse(row.details ?? 'null'))).toEqual([
        { consent: true },
        { consent: false },
      ]);
    });

    it('answers Seoul with the same 404 for a case without consent as for no case at all', async () => {
      const item = await buildCase(server.db, {
        board,
        home: 'CCCC',
        consent: false,
        status: 'submitted',
      });
      const seoulCoordinator = await signIn(server, COORDINATOR_SEOUL);
      const missing = casePath(MISSING_CASE);

      const replies = {
        read: await seoulCoordinator.get(casePath(item.id)),
        readMissing: await seoulCoordinator.get(missing),
        markReady: await seoulCoordinator.post(`${casePath(item.id)}/status`, {
          status: 'ready',
          version: 1,
        }),
        markMissingReady: await seoulCoordinator.post(`${missing}/status`, {
          status: 'ready',
          version: 1,
        }),
      };

      expectSameAsMissing(replies.read, replies.readMissing, 'read');
      expectSameAsMissing(replies.markReady, replies.markMissingReady, 'mark ready');
      const refused = await auditRows(server.db, {
        action: 'access.refused',
        actorUserId: await userIdOf(server.db, COORDINATOR_SEOUL),
      });
      expect(refused.map((row) => [row.object_id, JSON.parse(row.details ?? 'null')])).toEqual([
        [item.id, { attempted: 'case:read' }],
        [item.id, { attempted: 'case:read' }],
      ]);
    });
  });
});
