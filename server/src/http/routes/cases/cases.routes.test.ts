import type { CaseContent } from '@konsil/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiError, caseOf, fieldPaths, signIn } from '../../../test/api';
import {
  caseUpdate,
  contentOf,
  incompleteLungCase,
  lungCase,
  withDiagnosis,
} from '../../../test/caseContent';
import { describeEachDatabase } from '../../../test/databases';
import { buildBoard, buildCase } from '../../../test/factories';
import { auditRows, boardState, institutionIdOf, userIdOf } from '../../../test/queries';
import type { TestClient } from '../../../test/testClient';
import { startTestServer, type TestServer } from '../../../test/testServer';

const COORDINATOR_BERLIN = 'coordinator.berlin@konsil.test';
const COORDINATOR_SEOUL = 'coordinator.seoul@konsil.test';
const ONCOLOGIST_BERLIN = 'oncologist.berlin@konsil.test';
const ONCOLOGIST_SEOUL = 'oncologist.seoul@konsil.test';

/** Institution code, a dash, five characters that cannot be misread (no 0/O, 1/I/L). */
const PSEUDONYM = /^(CCCC|SCCC)-[2-9A-HJ-NP-Z]{5}$/;

describeEachDatabase('cases API', (dialect) => {
  let server: TestServer;
  let board: { id: string; title: string };

  beforeEach(async () => {
    server = await startTestServer({ dialect });
    board = await buildBoard(server.db, {
      host: 'CCCC',
      guests: ['SCCC'],
      invited: [ONCOLOGIST_BERLIN, ONCOLOGIST_SEOUL],
      title: 'Joint Thoracic Tumor Board',
    });
  });

  afterEach(async () => {
    await server.close();
  });

  const casesPath = () => `/api/boards/${board.id}/cases`;
  const casePath = (caseId: string) => `${casesPath()}/${caseId}`;
  const statusPath = (caseId: string) => `${casePath(caseId)}/status`;

  describe('submitting a new case', () => {
    it('stores a Berlin draft with a Berlin pseudonym, coded diagnosis and staging summary', async () => {
      const oncologist = await signIn(server, ONCOLOGIST_BERLIN);
      const content = lungCase('CCCC');

      const response = await oncologist.post(casesPath(), { ...content, allottedMinutes: 12 });

      expect(response.status).toBe(201);
      const created = caseOf(response);
      expect(created.pseudonym).toMatch(PSEUDONYM);
      expect(created.pseudonym.startsWith('CCCC-')).toBe(true);
      expect(created).toMatchObject({
        boardId: board.id,
        status: 'draft',
        version: 1,
        position: 1,
        allottedMinutes: 12,
        homeInstitution: { code: 'CCCC', id: await institutionIdOf(server.db, 'CCCC') },
        // A clinician who names no presenter presents the case themselves.
        presenter: {
          id: await userIdOf(server.db, ONCOLOGIST_BERLIN),
          specialty: 'medical_oncology',
        },
        diagnosisSummary: 'C34.1 Bösartige Neubildung: Oberlappen (-Bronchus)',
        stageSummary: 'cT2a cN2b cM0 · UICC IIIB (TNM 9)',
        readiness: { isReady: true, missing: [], warnings: [] },
        homeReference: content.homeReference,
        diagnosis: {
          icd10: { system: 'ICD-10-GM', version: '2025', code: 'C34.1' },
          topography: 'C34.1',
          morphology: '8140/3',
          icdO3Version: '3.2',
        },
        staging: content.staging,
        biomarkers: content.biomarkers,
        ecog: 1,
        proms: content.proms,
        question: content.question,
        permissions: { canEdit: true, canSubmit: true, canMarkReady: false },
      });
      expect(created.createdAt).toBe(server.clock.now().toISOString());
    });

    it('codes a Seoul case in KCD-8 and gives it a Seoul pseudonym, even on a Berlin-hosted board', async () => {
      const oncologist = await signIn(server, ONCOLOGIST_SEOUL);

      const created = caseOf(await oncologist.post(casesPath(), lungCase('SCCC')));

      expect(created.pseudonym).toMatch(/^SCCC-[2-9A-HJ-NP-Z]{5}$/);
      expect(created.homeInstitution.code).toBe('SCCC');
      expect(created.diagnosis.icd10).toMatchObject({ system: 'KCD', version: '8' });
    });

    it('appends cases to the agenda with distinct pseudonyms', async () => {
      const oncologist = await signIn(server, ONCOLOGIST_BERLIN);
      const created = [];
      for (let index = 0; index < 8; index += 1)
        created.push(caseOf(await oncologist.post(casesPath(), lungCase('CCCC'))));

      expect(created.map((item) => item.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      for (const item of created) expect(item.pseudonym).toMatch(PSEUDONYM);
      expect(new Set(created.map((item) => item.pseudonym)).size).toBe(created.length);
    });
  });

  describe('changing a case', () => {
    it('saves a new version and answers with it', async () => {
      const item = await buildCase(server.db, { board, home: 'CCCC' });
      const oncologist = await signIn(server, ONCOLOGIST_BERLIN);
      const loaded = caseOf(await oncologist.get(casePath(item.id)));

      const response = await oncologist.put(
        casePath(item.id),
        caseUpdate({ ...contentOf(loaded), ecog: 2, comorbidities: 'COPD GOLD 3' }, loaded.version),
      );

      expect(response.status).toBe(200);
      expect(caseOf(response)).toMatchObject({ version: 2, ecog: 2, comorbidities: 'COPD GOLD 3' });
      expect(caseOf(await oncologist.get(casePath(item.id)))).toMatchObject({
        version: 2,
        ecog: 2,
      });
    });

    it('refuses a save based on a stale version with 409 and keeps the first save', async () => {
      const item = await buildCase(server.db, { board, home: 'CCCC' });
      const oncologist = await signIn(server, ONCOLOGIST_BERLIN);
      const coordinator = await signIn(server, COORDINATOR_BERLIN);
      const seenByOncologist = caseOf(await oncologist.get(casePath(item.id)));
      const seenByCoordinator = caseOf(await coordinator.get(casePath(item.id)));

      const first = await oncologist.put(
        casePath(item.id),
        caseUpdate({ ...contentOf(seenByOncologist), ecog: 2 }, seenByOncologist.version),
      );
      const afterFirst = await boardState(server.db, board.id);
      const second = await coordinator.put(
        casePath(item.id),
        caseUpdate(
          { ...contentOf(seenByCoordinator), question: 'Nur Radiochemotherapie?' },
          seenByCoordinator.version,
        ),
      );

      expect(first.status).toBe(200);
      expect(apiError(second)).toMatchObject({ status: 409, id: 'conflict' });
      expect(await boardState(server.db, board.id)).toEqual(afterFirst);
      const now = caseOf(await coordinator.get(casePath(item.id)));
      expect(now).toMatchObject({ version: 2, ecog: 2, question: seenByOncologist.question });
      expect(await auditRows(server.db, { action: 'case.updated' })).toHaveLength(1);
    });
  });

  describe('readiness', () => {
    async function submitted(options: {
      complete?: boolean;
      consent?: boolean;
      content?: Partial<CaseContent>;
    }) {
      return buildCase(server.db, { board, home: 'CCCC', status: 'submitted', ...options });
    }

    async function markReady(coordinator: TestClient, caseId: string) {
      const current = caseOf(await coordinator.get(casePath(caseId)));
      return coordinator.post(statusPath(caseId), { status: 'ready', version: current.version });
    }

    it('sends a ready case back to submitted when an edit leaves it incomplete', async () => {
      const item = await buildCase(server.db, { board, home: 'CCCC', status: 'ready' });
      const oncologist = await signIn(server, ONCOLOGIST_BERLIN);
      const loaded = caseOf(await oncologist.get(casePath(item.id)));
      expect(loaded.status).toBe('ready');

      const withoutEcog = { ...contentOf(loaded), ecog: null };
      const response = await oncologist.put(
        casePath(item.id),
        caseUpdate(withoutEcog, loaded.version),
      );

      expect(response.status).toBe(200);
      expect(caseOf(response)).toMatchObject({
        status: 'submitted',
        readiness: { isReady: false, missing: ['ecog'] },
      });
    });

    it('keeps a ready case ready after an edit that leaves it complete', async () => {
      const item = await buildCase(server.db, { board, home: 'CCCC', status: 'ready' });
      const oncologist = await signIn(server, ONCOLOGIST_BERLIN);
      const loaded = caseOf(await oncologist.get(casePath(item.id)));

      const edited = {
        ...contentOf(loaded),
        comorbidities: 'COPD GOLD 2, Diabetes mellitus Typ 2',
      };
      const response = await oncologist.put(casePath(item.id), caseUpdate(edited, loaded.version));

      expect(caseOf(response)).toMatchObject({
        status: 'ready',
        comorbidities: 'COPD GOLD 2, Diabetes mellitus Typ 2',
      });
    });

    it('refuses to mark an incomplete case ready, naming exactly what is missing', async () => {
      const item = await submitted({ complete: false });
      const coordinator = await signIn(server, COORDINATOR_SEOUL);

      const response = await markReady(coordinator, item.id);

      expect(apiError(response)).toMatchObject({ status: 422, id: 'case_not_ready' });
      expect(fieldPaths(response)).toEqual(['staging', 'ecog', 'question']);
      expect(caseOf(await coordinator.get(casePath(item.id)))).toMatchObject({
        status: 'submitted',
        version: 1,
        readiness: { isReady: false, missing: ['staging', 'ecog', 'question'] },
      });
      expect(await auditRows(server.db, { action: 'case.status_changed' })).toEqual([]);
    });

    it('names missing consent to Berlin, the only side that can see the case', async () => {
      const item = await submitted({ consent: false });
      const coordinator = await signIn(server, COORDINATOR_BERLIN);

      const response = await markReady(coordinator, item.id);

      expect(apiError(response)).toMatchObject({ status: 422, id: 'case_not_ready' });
      expect(fieldPaths(response)).toEqual(['consent']);
    });

    it('marks the case ready once the home institution has completed it', async () => {
      const item = await submitted({ complete: false });
      const oncologist = await signIn(server, ONCOLOGIST_BERLIN);
      const coordinator = await signIn(server, COORDINATOR_SEOUL);
      expect((await markReady(coordinator, item.id)).status).toBe(422);

      const loaded = caseOf(await oncologist.get(casePath(item.id)));
      const completed = lungCase('CCCC', {
        homeReference: item.homeReference,
        presenterId: loaded.presenter?.id ?? null,
      });
      expect(
        (await oncologist.put(casePath(item.id), caseUpdate(completed, loaded.version))).status,
      ).toBe(200);
      const response = await markReady(coordinator, item.id);

      expect(response.status).toBe(200);
      expect(caseOf(response)).toMatchObject({
        status: 'ready',
        readiness: { isReady: true, missing: [] },
      });
    });

    it('warns about missing PD-L1, EGFR and ALK for lung cancer without blocking', async () => {
      const item = await submitted({ content: { biomarkers: [{ name: 'KRAS', result: 'G12C' }] } });
      const coordinator = await signIn(server, COORDINATOR_BERLIN);

      const before = caseOf(await coordinator.get(casePath(item.id)));
      const response = await markReady(coordinator, item.id);

      expect(before.readiness).toEqual({
        isReady: true,
        missing: [],
        warnings: ['lung_pdl1', 'lung_egfr', 'lung_alk'],
      });
      expect(response.status).toBe(200);
      expect(caseOf(response).status).toBe('ready');
    });

    it.each([
      ['small-cell lung cancer', withDiagnosis('CCCC', { morphology: '8041/3' }).diagnosis],
      [
        'colon cancer',
        withDiagnosis('CCCC', {
          icd10: { system: 'ICD-10-GM', code: 'C18.7', text: 'Colon sigmoideum' },
          topography: 'C18.7',
        }).diagnosis,
      ],
    ])('has no NSCLC marker hints for %s', async (_what, diagnosis) => {
      const item = await submitted({ content: { diagnosis, biomarkers: [] } });
      const coordinator = await signIn(server, COORDINATOR_BERLIN);

      const loaded = caseOf(await coordinator.get(casePath(item.id)));

      expect(loaded.readiness.warnings).toEqual([]);
    });
  });

  describe('moving a case along', () => {
    it('lets the home institution submit a draft and withdraw it again', async () => {
      const item = await buildCase(server.db, { board, home: 'CCCC', complete: false });
      const oncologist = await signIn(server, ONCOLOGIST_BERLIN);

      const submittedReply = await oncologist.post(statusPath(item.id), {
        status: 'submitted',
        version: 1,
      });
      const withdrawn = await oncologist.post(statusPath(item.id), { status: 'draft', version: 2 });

      expect(caseOf(submittedReply)).toMatchObject({ status: 'submitted', version: 2 });
      expect(caseOf(withdrawn)).toMatchObject({ status: 'draft', version: 3 });
    });

    it('does not let a draft skip submission', async () => {
      const item = await buildCase(server.db, { board, home: 'CCCC' });
      const coordinator = await signIn(server, COORDINATOR_BERLIN);

      const response = await coordinator.post(statusPath(item.id), { status: 'ready', version: 1 });

      expect(apiError(response)).toMatchObject({ status: 409, id: 'conflict' });
      expect((await boardState(server.db, board.id)).cases[0]).toMatchObject({
        status: 'draft',
        version: 1,
      });
    });

    it('refuses a status change based on a stale version', async () => {
      const item = await buildCase(server.db, { board, home: 'CCCC', status: 'submitted' });
      const berlin = await signIn(server, COORDINATOR_BERLIN);
      const seoul = await signIn(server, COORDINATOR_SEOUL);

      const first = await berlin.post(statusPath(item.id), { status: 'ready', version: 1 });
      const second = await seoul.post(statusPath(item.id), { status: 'ready', version: 1 });

      expect(first.status).toBe(200);
      expect(apiError(second)).toMatchObject({ status: 409, id: 'conflict' });
      expect(await auditRows(server.db, { action: 'case.status_changed' })).toHaveLength(1);
    });
  });

  describe('the audit trail', () => {
    it('records every read and change of a case, by whom, on which case', async () => {
      const oncologist = await signIn(server, ONCOLOGIST_BERLIN);
      const coordinator = await signIn(server, COORDINATOR_SEOUL);
      const berlinId = await institutionIdOf(server.db, 'CCCC');
      const oncologistId = await userIdOf(server.db, ONCOLOGIST_BERLIN);
      const coordinatorId = await userIdOf(server.db, COORDINATOR_SEOUL);

      const created = caseOf(await oncologist.post(casesPath(), incompleteLungCase('CCCC')));
      const updated = caseOf(
        await oncologist.put(
          casePath(created.id),
          caseUpdate(lungCase('CCCC', { presenterId: oncologistId }), created.version),
        ),
      );
      await oncologist.post(statusPath(created.id), {
        status: 'submitted',
        version: updated.version,
      });
      const viewed = caseOf(await coordinator.get(casePath(created.id)));
      await coordinator.post(statusPath(created.id), { status: 'ready', version: viewed.version });

      const rows = (await auditRows(server.db, { objectId: created.id })).map((row) => ({
        action: row.action,
        actor: row.actor_user_id,
        institution: row.object_institution_id,
        type: row.object_type,
        details: row.details === null ? null : JSON.parse(row.details),
      }));
      const onCase = { institution: berlinId, type: 'case' };
      expect(rows).toEqual([
        { action: 'case.created', actor: oncologistId, ...onCase, details: null },
        { action: 'case.updated', actor: oncologistId, ...onCase, details: null },
        {
          action: 'case.status_changed',
          actor: oncologistId,
          ...onCase,
          details: { from: 'draft', to: 'submitted' },
        },
        { action: 'case.viewed', actor: coordinatorId, ...onCase, details: null },
        {
          action: 'case.status_changed',
          actor: coordinatorId,
          ...onCase,
          details: { from: 'submitted', to: 'ready' },
        },
      ]);
    });
  });
});
