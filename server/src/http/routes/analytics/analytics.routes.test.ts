import { AnalyticsResponseSchema } from '@konsil/shared';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildAnalyticsFixture } from '../../../analytics/analyticsFixture';
import { fieldPaths, signIn } from '../../../test/api';
import { describeEachDatabase } from '../../../test/databases';
import { buildUser } from '../../../test/factories';
import { auditRows, userIdOf } from '../../../test/queries';
import { expectError } from '../../../test/refusals';
import { startTestServer, type TestServer } from '../../../test/testServer';

const COORDINATOR_BERLIN = 'coordinator.berlin@konsil.test';
const ADMIN_BERLIN = 'admin.berlin@konsil.test';
const ONCOLOGIST_BERLIN = 'oncologist.berlin@konsil.test';

describeEachDatabase('analytics API', (dialect) => {
  let server: TestServer;
  let fixture: Awaited<ReturnType<typeof buildAnalyticsFixture>>;

  beforeEach(async () => {
    server = await startTestServer({ dialect });
    fixture = await buildAnalyticsFixture(server.db);
  });

  afterEach(async () => {
    await server.close();
  });

  it('answers a coordinator with every figure and audits the view with its filters', async () => {
    const berlin = await signIn(server, COORDINATOR_BERLIN);
    const response = await berlin.get('/api/analytics?from=2026-11-01&series=Thoracic%20board');
    expect(response.status).toBe(200);
    const body = AnalyticsResponseSchema.parse(response.body);
    expect(body.figures.casesPerBoard.map((row) => row.boardId)).toEqual([
      fixture.boards.berlinNovember.id,
    ]);
    expect(body.filters).toEqual({
      from: '2026-11-01',
      to: null,
      series: 'Thoracic board',
      institution: null,
      entity: null,
    });
    const [row, ...more] = await auditRows(server.db, { action: 'analytics.viewed' });
    expect(more).toEqual([]);
    expect(row).toMatchObject({
      actor_user_id: await userIdOf(server.db, COORDINATOR_BERLIN),
      object_type: 'analytics',
      outcome: 'allowed',
    });
    expect(JSON.parse(row?.details ?? 'null')).toEqual(body.filters);
  });

  it('answers an admin of the institution too, with the institution filter by code', async () => {
    const admin = await signIn(server, ADMIN_BERLIN);
    const response = await admin.get('/api/analytics?institution=sccc&entity=');
    expect(response.status).toBe(200);
    const body = AnalyticsResponseSchema.parse(response.body);
    expect(body.filters.institution).toBe('SCCC');
    expect(body.figures.daysToDecision.cases.map((row) => row.caseId)).toEqual([
      fixture.cases.c6.id,
    ]);
  });

  it('refuses a clinician with 403, audited as a refusal, for the page and the CSV', async () => {
    const clinician = await signIn(server, ONCOLOGIST_BERLIN);
    expectError(await clinician.get('/api/analytics'), 403, 'forbidden');
    expectError(await clinician.get('/api/analytics/casesPerBoard.csv'), 403, 'forbidden');
    const refusals = await auditRows(server.db, { action: 'access.refused' });
    expect(
      refusals.map((row) => [row.object_type, JSON.parse(row.details ?? '{}').attempted]),
    ).toEqual([
      ['analytics', 'analytics:read'],
      ['analytics', 'analytics:read'],
    ]);
    expect(await auditRows(server.db, { action: 'analytics.viewed' })).toEqual([]);
    expect(await auditRows(server.db, { action: 'analytics.exported' })).toEqual([]);
  });

  it("gives a third institution's coordinator only the boards that institution is on", async () => {
    const vienna = await buildUser(server.db, { role: 'coordinator', institution: 'VCCC' });
    const client = await signIn(server, vienna.email, vienna.password);
    const response = await client.get('/api/analytics');
    expect(response.status).toBe(200);
    const body = AnalyticsResponseSchema.parse(response.body);
    expect(body.figures.casesPerBoard.map((row) => row.boardId)).toEqual([
      fixture.boards.viennaOnly.id,
    ]);
    expect(body.options).toEqual({
      series: ['Vienna board'],
      institutions: [expect.objectContaining({ code: 'VCCC' })],
      entities: ['thoracic'],
    });
    // Asking for Berlin's cases finds nothing Vienna is not on.
    const berlin = AnalyticsResponseSchema.parse(
      (await client.get('/api/analytics?institution=CCCC')).body,
    );
    expect(berlin.figures.casesPerBoard).toEqual([]);
    expect(berlin.figures.participationByInstitution).toEqual([]);
  });

  it('answers 401 without a session and audits nothing', async () => {
    const anonymous = server.client();
    expectError(await anonymous.get('/api/analytics'), 401, 'unauthenticated');
    expectError(await anonymous.get('/api/analytics/casesPerBoard.csv'), 401, 'unauthenticated');
    expect(await auditRows(server.db, { action: 'access.refused' })).toEqual([]);
  });

  it('refuses bad filters with 400 naming the field', async () => {
    const berlin = await signIn(server, COORDINATOR_BERLIN);
    const cases: [string, string][] = [
      ['from=2026-13-01', 'from'],
      ['to=yesterday', 'to'],
      ['from=2026-11-02&to=2026-11-01', 'to'],
      ['entity=lungs', 'entity'],
      ['institution=NOPE', 'institution'],
      ['series=a&series=b', 'series'],
    ];
    for (const [query, field] of cases) {
      const response = await berlin.get(`/api/analytics?${query}`);
      expect(response.status, query).toBe(400);
      expect(fieldPaths(response), query).toEqual([field]);
    }
    const csv = await berlin.get('/api/analytics/everything.csv');
    expect(csv.status).toBe(400);
    expect(fieldPaths(csv)).toEqual(['figure']);
    expect(await auditRows(server.db, { action: 'analytics.viewed' })).toEqual([]);
  });

  it('exports a figure as CSV: BOM, header, plain numbers, formulas defused, audited', async () => {
    await server.db
      .updateTable('boards')
      .set({ title: '=HYPERLINK("https://evil.test"),"x"' })
      .where('id', '=', fixture.boards.berlinOctober.id)
      .execute();
    await server.db
      .updateTable('boards')
      .set({ title: '+Thoracic, Berlin' })
      .where('id', '=', fixture.boards.berlinNovember.id)
      .execute();
    const berlin = await signIn(server, COORDINATOR_BERLIN);
    const response = await berlin.getBytes('/api/analytics/casesPerBoard.csv?to=2026-11-30');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="konsil-casesPerBoard-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect([...response.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(response.bytes);
    expect(text).toBe(
      '\uFEFF' +
        [
          'board,date,time_zone,discussed,decided,not_discussed',
          `"'=HYPERLINK(""https://evil.test""),""x""",2026-10-14,Europe/Berlin,2,1,1`,
          'Seoul GI board,2026-11-01,Asia/Seoul,2,2,0',
          `"'+Thoracic, Berlin",2026-11-11,Europe/Berlin,2,1,0`,
        ].join('\r\n') +
        '\r\n',
    );
    const [row] = await auditRows(server.db, { action: 'analytics.exported' });
    expect(JSON.parse(row?.details ?? 'null')).toEqual({
      figure: 'casesPerBoard',
      from: null,
      to: '2026-11-30',
      series: null,
      institution: null,
      entity: null,
    });
  });

  it('exports rates and days with the same filters as the page', async () => {
    const berlin = await signIn(server, COORDINATOR_BERLIN);
    const rates = await berlin.get('/api/analytics/closingRates.csv?entity=gastrointestinal');
    expect(rates.text.split('\r\n')).toEqual([
      'outcome,cases,out_of,rate',
      'decided,2,2,1',
      'deferred,0,2,0',
      're_present,0,2,0',
      'not_discussed,0,2,0',
      'carried_over,0,2,0',
      '',
    ]);
    const days = await berlin.get('/api/analytics/daysToDecision.csv?institution=CCCC');
    const lines = days.text.split('\r\n');
    expect(lines[0]).toBe('case,board,submitted_at,decided_at,days');
    expect(lines.slice(1, -1).map((line) => line.split(',').at(-1))).toEqual(['1', '13', '40']);
    expect(lines[2]).toBe(
      `${fixture.cases.c1.pseudonym},Thoracic board,2026-10-01T10:00:00.000Z,2026-10-14T14:20:00.000Z,13`,
    );
  });
});
