import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiError, caseOf, fieldPaths, signIn } from '../../../test/api';
import { caseUpdate, lungCase, withDiagnosis, withStaging } from '../../../test/caseContent';
import { describeEachDatabase } from '../../../test/databases';
import { buildBoard, buildCase } from '../../../test/factories';
import { auditRows, boardState, userIdOf } from '../../../test/queries';
import { startTestServer, type TestServer } from '../../../test/testServer';

const ONCOLOGIST_BERLIN = 'oncologist.berlin@konsil.test';
const ONCOLOGIST_SEOUL = 'oncologist.seoul@konsil.test';

const GM_LUNG = { system: 'ICD-10-GM', code: 'C34.1', text: 'Oberlappen (-Bronchus)' } as const;

/** What the server refuses in a submitted case, and how it names the field. */
describeEachDatabase('case content checks', (dialect) => {
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

  async function storedCaseCount() {
    return (await boardState(server.db, board.id)).cases.length;
  }

  describe('field by field', () => {
    it.each([
      [
        'an ICD-10 code without its dot',
        withDiagnosis('CCCC', { icd10: { ...GM_LUNG, code: 'C341' } }),
        'diagnosis.icd10.code',
      ],
      [
        'a topography without its subsite',
        withDiagnosis('CCCC', { topography: 'C34' }),
        'diagnosis.topography',
      ],
      [
        'a morphology without its behaviour',
        withDiagnosis('CCCC', { morphology: '8140' }),
        'diagnosis.morphology',
      ],
      [
        'M1c1 for lung cancer under TNM 8 (new in TNM 9)',
        withStaging({
          edition: '8',
          n: { prefix: 'c', category: 'N2' },
          m: { prefix: 'c', category: 'M1c1' },
        }),
        'staging.m.category',
      ],
      [
        'N2a for lung cancer under TNM 8 (new in TNM 9)',
        withStaging({ edition: '8', n: { prefix: 'c', category: 'N2a' } }),
        'staging.n.category',
      ],
      [
        'N2 for lung cancer under TNM 9 (split into N2a and N2b)',
        withStaging({ n: { prefix: 'c', category: 'N2' } }),
        'staging.n.category',
      ],
      ['ECOG 6', lungCase('CCCC', { ecog: 6 }), 'ecog'],
      [
        'a PROM score of 101',
        lungCase('CCCC', {
          proms: [
            {
              instrument: 'EORTC QLQ-C30',
              scale: 'Global health status',
              date: '2026-11-20',
              score: 101,
            },
          ],
        }),
        'proms.0.score',
      ],
    ] as const)('refuses %s and names %s', async (_what, content, path) => {
      const oncologist = await signIn(server, ONCOLOGIST_BERLIN);

      const response = await oncologist.post(casesPath(), content);

      expect(apiError(response)).toMatchObject({ status: 400, id: 'validation_failed' });
      expect(fieldPaths(response)).toEqual([path]);
      expect(await storedCaseCount()).toBe(0);
      expect(await auditRows(server.db, { action: 'case.created' })).toEqual([]);
    });

    it('accepts M1c1 and N2b for lung cancer under TNM 9', async () => {
      const oncologist = await signIn(server, ONCOLOGIST_BERLIN);
      const content = withStaging({ m: { prefix: 'c', category: 'M1c1' }, uiccStage: 'IVB' });

      const response = await oncologist.post(casesPath(), content);

      expect(response.status).toBe(201);
      expect(caseOf(response).stageSummary).toBe('cT2a cN2b cM1c1 · UICC IVB (TNM 9)');
    });

    it('refuses a presenter from another institution', async () => {
      const oncologist = await signIn(server, ONCOLOGIST_BERLIN);
      const presenterId = await userIdOf(server.db, ONCOLOGIST_SEOUL);

      const response = await oncologist.post(casesPath(), lungCase('CCCC', { presenterId }));

      expect(fieldPaths(response)).toEqual(['presenterId']);
      expect(await storedCaseCount()).toBe(0);
    });

    describe('a diagnosis dated on the day Seoul has reached and Berlin has not', () => {
      // 16:30 in Berlin on 3 December is already 00:30 on 4 December in Seoul.
      const date = '2026-12-04';

      beforeEach(() => {
        server.clock.setTo('2026-12-03T15:30:00.000Z');
      });

      it('is accepted from Seoul, where it is today', async () => {
        const oncologist = await signIn(server, ONCOLOGIST_SEOUL);

        const response = await oncologist.post(
          casesPath(),
          withDiagnosis('SCCC', { diagnosedOn: date }),
        );

        expect(response.status).toBe(201);
        expect(caseOf(response).diagnosis.diagnosedOn).toBe(date);
      });

      it('is refused from Berlin, where it is tomorrow', async () => {
        const oncologist = await signIn(server, ONCOLOGIST_BERLIN);

        const response = await oncologist.post(
          casesPath(),
          withDiagnosis('CCCC', { diagnosedOn: date }),
        );

        expect(apiError(response)).toMatchObject({ status: 400, id: 'validation_failed' });
        expect(fieldPaths(response)).toEqual(['diagnosis.diagnosedOn']);
        expect(await storedCaseCount()).toBe(0);
      });

      it('was refused from Seoul a minute before its midnight', async () => {
        server.clock.setTo('2026-12-03T14:59:00.000Z');
        const oncologist = await signIn(server, ONCOLOGIST_SEOUL);

        const response = await oncologist.post(
          casesPath(),
          withDiagnosis('SCCC', { diagnosedOn: date }),
        );

        expect(fieldPaths(response)).toEqual(['diagnosis.diagnosedOn']);
      });

      it('is refused on an update from Berlin too, naming the field', async () => {
        const item = await buildCase(server.db, { board, home: 'CCCC' });
        const oncologist = await signIn(server, ONCOLOGIST_BERLIN);

        const response = await oncologist.put(
          casePath(item.id),
          caseUpdate(withDiagnosis('CCCC', { diagnosedOn: date }), 1),
        );

        expect(fieldPaths(response)).toEqual(['diagnosis.diagnosedOn']);
        expect((await boardState(server.db, board.id)).cases[0]?.version).toBe(1);
      });
    });
  });
});
