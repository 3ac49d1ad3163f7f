import type { AnalyticsQuery, AnalyticsResponse } from '@konsil/shared';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases';
import { buildUser } from '../test/factories';
import { institutionIdOf } from '../test/queries';
import { startTestServer, type TestServer } from '../test/testServer';
import { buildAnalyticsFixture } from './analyticsFixture';
import { computeAnalytics } from './computeAnalytics';

// Every number below is counted by hand from the fixture (analyticsFixture.ts).
describeEachDatabase('analytics figures', (dialect) => {
  let server: TestServer;
  let fixture: Awaited<ReturnType<typeof buildAnalyticsFixture>>;

  beforeEach(async () => {
    server = await startTestServer({ dialect });
    fixture = await buildAnalyticsFixture(server.db);
  });

  afterEach(async () => {
    await server.close();
  });

  const figuresFor = async (code: string, query: AnalyticsQuery = {}) =>
    (await computeAnalytics(server.db, await institutionIdOf(server.db, code), query)).figures;
  const boardIds = (figures: AnalyticsResponse['figures']) =>
    figures.casesPerBoard.map((row) => row.boardId);

  it('counts cases per board and per month for Berlin, leaving out what Berlin cannot read', async () => {
    const figures = await figuresFor('CCCC');
    const { berlinOctober, seoulMorning, berlinNovember } = fixture.boards;
    expect(figures.casesPerBoard).toEqual([
      {
        boardId: berlinOctober.id,
        title: 'Thoracic board',
        startsAt: '2026-10-14T14:00:00.000Z',
        localDate: '2026-10-14',
        timeZone: 'Europe/Berlin',
        discussed: 2,
        decided: 1,
        notDiscussed: 1,
      },
      // 08:00 in Seoul on 1 November is still 31 October in UTC: the board counts in November.
      {
        boardId: seoulMorning.id,
        title: 'Seoul GI board',
        startsAt: '2026-10-31T23:00:00.000Z',
        localDate: '2026-11-01',
        timeZone: 'Asia/Seoul',
        discussed: 2,
        decided: 2,
        notDiscussed: 0,
      },
      // Seoul's unconsented case c4 was decided here too, but Berlin may not read it.
      {
        boardId: berlinNovember.id,
        title: 'Thoracic board',
        startsAt: '2026-11-11T15:00:00.000Z',
        localDate: '2026-11-11',
        timeZone: 'Europe/Berlin',
        discussed: 2,
        decided: 1,
        notDiscussed: 0,
      },
    ]);
    expect(figures.casesPerMonth).toEqual([
      { month: '2026-10', boards: 1, discussed: 2, decided: 1, notDiscussed: 1 },
      { month: '2026-11', boards: 2, discussed: 4, decided: 3, notDiscussed: 0 },
    ]);
  });

  it('counts the unconsented Seoul case for Seoul, its home', async () => {
    const figures = await figuresFor('SCCC');
    expect(figures.casesPerMonth).toEqual([
      { month: '2026-10', boards: 1, discussed: 2, decided: 1, notDiscussed: 1 },
      { month: '2026-11', boards: 2, discussed: 5, decided: 4, notDiscussed: 0 },
    ]);
    expect(figures.decisionsByIntent.find((row) => row.intent === 'curative')?.cases).toBe(2);
  });

  it('sums the discussion spans per case against the allotted minutes', async () => {
    const { c1, c2, c3, c5, c6, c7 } = fixture.cases;
    const byCase = Object.fromEntries(
      (await figuresFor('CCCC')).timePerCase.map((row) => [
        row.caseId,
        [row.allottedMinutes, row.actualMinutes],
      ]),
    );
    expect(byCase).toEqual({
      [c1.id]: [10, 12],
      [c2.id]: [15, 18],
      [c3.id]: [10, 20],
      [c5.id]: [10, 10],
      [c6.id]: [20, 25],
      [c7.id]: [15, 15],
    });
  });

  it('counts decisions by intent and modality, and guideline concordance per month', async () => {
    const figures = await figuresFor('CCCC');
    expect(figures.decisionsByIntent).toEqual([
      { intent: 'curative', cases: 1 },
      { intent: 'palliative', cases: 1 },
      { intent: 'diagnostic', cases: 1 },
      { intent: 'not_stated', cases: 1 },
    ]);
    expect(figures.decisionsByModality).toEqual([
      { modality: 'surgery', cases: 1 },
      { modality: 'radiotherapy', cases: 0 },
      { modality: 'systemic_therapy', cases: 2 },
      { modality: 'clinical_trial', cases: 0 },
      { modality: 'further_diagnostics', cases: 1 },
      { modality: 'best_supportive_care', cases: 0 },
      { modality: 'watch_and_wait', cases: 0 },
    ]);
    expect(figures.guidelineConcordance).toEqual({
      byMonth: [
        { month: '2026-10', decided: 1, assessed: 1, concordant: 1, rate: 1 },
        { month: '2026-11', decided: 3, assessed: 2, concordant: 1, rate: 0.5 },
      ],
      total: { decided: 4, assessed: 3, concordant: 2, rate: 0.6667 },
    });
  });

  it('gives deferral, re-present and carry-over rates with what they are out of', async () => {
    expect((await figuresFor('CCCC')).closingRates).toEqual([
      { kind: 'decided', cases: 4, outOf: 6, rate: 0.6667 },
      { kind: 'deferred', cases: 1, outOf: 6, rate: 0.1667 },
      { kind: 're_present', cases: 1, outOf: 6, rate: 0.1667 },
      { kind: 'not_discussed', cases: 1, outOf: 7, rate: 0.1429 },
      { kind: 'carried_over', cases: 1, outOf: 7, rate: 0.1429 },
    ]);
  });

  it('counts whole days from submission to decision, with buckets, median and quartiles', async () => {
    const { daysToDecision } = await figuresFor('CCCC');
    const { c1, c3, c6, c7 } = fixture.cases;
    expect(daysToDecision.cases.map((row) => [row.caseId, row.days])).toEqual([
      [c7.id, 1],
      [c6.id, 6],
      [c1.id, 13],
      [c3.id, 40],
    ]);
    expect(daysToDecision.cases[2]).toMatchObject({
      submittedAt: '2026-10-01T10:00:00.000Z',
      decidedAt: '2026-10-14T14:20:00.000Z',
      boardTitle: 'Thoracic board',
    });
    expect(daysToDecision.buckets).toEqual([
      { bucket: '0-7', cases: 2 },
      { bucket: '8-14', cases: 1 },
      { bucket: '15-28', cases: 0 },
      { bucket: '29-56', cases: 1 },
      { bucket: '57+', cases: 0 },
    ]);
    expect([
      daysToDecision.lowerQuartile,
      daysToDecision.median,
      daysToDecision.upperQuartile,
    ]).toEqual([1, 6, 13]);
  });

  it('counts participation by institution and by specialty', async () => {
    const figures = await figuresFor('CCCC');
    expect(
      figures.participationByInstitution.map(({ code, people, attendances }) => ({
        code,
        people,
        attendances,
      })),
    ).toEqual([
      { code: 'CCCC', people: 3, attendances: 4 },
      { code: 'SCCC', people: 2, attendances: 3 },
    ]);
    expect(figures.participationBySpecialty).toEqual([
      { specialty: 'medical_oncology', people: 2, attendances: 3 },
      { specialty: 'surgery', people: 1, attendances: 1 },
      { specialty: 'radiology', people: 1, attendances: 2 },
      { specialty: 'not_stated', people: 1, attendances: 1 },
    ]);
  });

  it('narrows by period on the local start date: the Seoul morning board is in November', async () => {
    const { berlinOctober, seoulMorning, berlinNovember } = fixture.boards;
    expect(boardIds(await figuresFor('CCCC', { to: '2026-10-31' }))).toEqual([berlinOctober.id]);
    expect(boardIds(await figuresFor('CCCC', { from: '2026-11-01' }))).toEqual([
      seoulMorning.id,
      berlinNovember.id,
    ]);
    const november = await figuresFor('CCCC', { from: '2026-11-01', to: '2026-11-30' });
    expect(november.closingRates.find((row) => row.kind === 'carried_over')?.cases).toBe(0);
    expect(november.daysToDecision.cases.map((row) => row.days)).toEqual([1, 6, 40]);
  });

  it('narrows by series, entity and institution', async () => {
    const { berlinOctober, seoulMorning, berlinNovember } = fixture.boards;
    const series = await figuresFor('CCCC', { series: 'Thoracic board' });
    expect(boardIds(series)).toEqual([berlinOctober.id, berlinNovember.id]);
    expect(series.participationBySpecialty.map((row) => row.specialty)).toEqual([
      'medical_oncology',
      'surgery',
      'radiology',
    ]);
    const entity = await figuresFor('CCCC', { entity: 'gastrointestinal' });
    expect(boardIds(entity)).toEqual([seoulMorning.id]);
    expect(entity.timePerCase).toHaveLength(2);

    // Seoul's cases only (and Seoul's attendees): c2 deferred, c6 decided; c4 stays unseen.
    const seoul = await figuresFor('CCCC', { institution: 'SCCC' });
    expect(
      seoul.casesPerBoard.map(({ discussed, decided, notDiscussed }) => [
        discussed,
        decided,
        notDiscussed,
      ]),
    ).toEqual([
      [1, 0, 0],
      [1, 1, 0],
      [0, 0, 0],
    ]);
    expect(seoul.timePerCase.map((row) => row.caseId).sort()).toEqual(
      [fixture.cases.c2.id, fixture.cases.c6.id].sort(),
    );
    expect(seoul.participationByInstitution.map((row) => row.code)).toEqual(['SCCC']);
    const byId = await figuresFor('CCCC', {
      institution: await institutionIdOf(server.db, 'SCCC'),
    });
    expect(byId).toEqual(seoul);
  });

  it('counts nothing of boards a viewer is not on, and only their own for a third institution', async () => {
    const berlin = await figuresFor('CCCC');
    const counted = berlin.timePerCase.map((row) => row.caseId);
    expect(counted).not.toContain(fixture.cases.v1.id);
    expect(counted).not.toContain(fixture.cases.c4.id);
    expect(boardIds(berlin)).not.toContain(fixture.boards.berlinScheduled.id);

    await buildUser(server.db, { role: 'coordinator', institution: 'VCCC' });
    const vienna = await figuresFor('VCCC');
    expect(boardIds(vienna)).toEqual([fixture.boards.viennaOnly.id]);
    expect(vienna.decisionsByModality.find((row) => row.modality === 'surgery')?.cases).toBe(1);
    expect(vienna.participationByInstitution.map((row) => row.code)).toEqual(['VCCC']);
  });

  it('offers the series, institutions and entities of the viewer’s ended boards', async () => {
    const berlin = await computeAnalytics(server.db, await institutionIdOf(server.db, 'CCCC'), {
      series: 'Seoul GI board',
    });
    expect(berlin.options).toMatchObject({
      series: ['Seoul GI board', 'Thoracic board'],
      entities: ['gastrointestinal', 'thoracic'],
    });
    expect(berlin.options.institutions.map((row) => row.code)).toEqual(['CCCC', 'SCCC']);
    expect(berlin.filters).toEqual({
      from: null,
      to: null,
      series: 'Seoul GI board',
      institution: null,
      entity: null,
    });
  });
});
