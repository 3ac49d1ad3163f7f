import type { AnalyticsFigures } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import { FIGURE_BUILDERS, type FigureLabels } from './figures';

const labels: FigureLabels = {
  locale: 'en',
  series: {
    discussed: 'Discussed',
    decided: 'Decided',
    notDiscussed: 'Not reached',
    boards: 'Boards',
    allotted: 'Allotted',
    actual: 'Actual',
    cases: 'Cases',
    rate: 'Rate',
    concordant: 'Concordant',
    assessed: 'Assessed',
    outOf: 'Out of',
    people: 'People',
    attendances: 'Attendances',
  },
  headers: {
    board: 'Board',
    month: 'Month',
    intent: 'Intent',
    modality: 'Modality',
    outcome: 'Outcome',
    daysToDecision: 'Days',
    institution: 'Institution',
    specialty: 'Specialty',
  },
  total: 'All',
  intent: (intent) => `intent:${intent}`,
  modality: (modality) => `modality:${modality}`,
  closingKind: (kind) => `kind:${kind}`,
  bucket: (bucket) => `${bucket} days`,
  specialty: (specialty) => `specialty:${specialty}`,
};

const board = { startsAt: '2026-11-03T07:00:00.000Z', timeZone: 'Europe/Berlin' };

const data: AnalyticsFigures = {
  casesPerBoard: [
    {
      boardId: 'b1',
      title: 'Thorax',
      localDate: '2026-11-03',
      discussed: 4,
      decided: 3,
      notDiscussed: 1,
      ...board,
    },
    {
      boardId: 'b2',
      title: 'Thorax',
      localDate: '2026-12-01',
      discussed: 2,
      decided: 2,
      notDiscussed: 0,
      ...board,
    },
  ],
  casesPerMonth: [
    { month: '2026-11', boards: 1, discussed: 4, decided: 3, notDiscussed: 1 },
    { month: '2026-12', boards: 1, discussed: 2, decided: 2, notDiscussed: 0 },
  ],
  timePerCase: [
    {
      boardId: 'b1',
      boardTitle: 'Thorax',
      localDate: '2026-11-03',
      caseId: 'c1',
      pseudonym: 'P-1',
      allottedMinutes: 10,
      actualMinutes: 12.5,
    },
    {
      boardId: 'b1',
      boardTitle: 'Thorax',
      localDate: '2026-11-03',
      caseId: 'c2',
      pseudonym: 'P-2',
      allottedMinutes: 10,
      actualMinutes: 8,
    },
    {
      boardId: 'b2',
      boardTitle: 'Thorax',
      localDate: '2026-12-01',
      caseId: 'c3',
      pseudonym: 'P-3',
      allottedMinutes: 15,
      actualMinutes: 20,
    },
  ],
  decisionsByIntent: [
    { intent: 'curative', cases: 3 },
    { intent: 'not_stated', cases: 2 },
  ],
  decisionsByModality: [
    { modality: 'surgery', cases: 2 },
    { modality: 'radiotherapy', cases: 3 },
  ],
  guidelineConcordance: {
    byMonth: [{ month: '2026-11', decided: 3, assessed: 2, concordant: 1, rate: 0.5 }],
    total: { decided: 5, assessed: 4, concordant: 3, rate: 0.75 },
  },
  closingRates: [
    { kind: 'deferred', cases: 1, outOf: 6, rate: 1 / 6 },
    { kind: 'carried_over', cases: 0, outOf: 0, rate: null },
  ],
  daysToDecision: {
    buckets: [
      { bucket: '0-7', cases: 3 },
      { bucket: '57+', cases: 1 },
    ],
    median: 6,
    lowerQuartile: 3,
    upperQuartile: 9,
    cases: [],
  },
  participationByInstitution: [
    { institutionId: 'i1', code: 'CHA', name: 'Charité', people: 3, attendances: 5 },
    {
      institutionId: 'i2',
      code: 'SNUH',
      name: 'Seoul National University Hospital',
      people: 2,
      attendances: 2,
    },
  ],
  participationBySpecialty: [{ specialty: 'not_stated', people: 1, attendances: 1 }],
};

describe('figures from the API', () => {
  it('label boards by title and local date, and total the counts', () => {
    const figure = FIGURE_BUILDERS.casesPerBoard(data, labels);
    expect(figure.categories.map((category) => category.label)).toEqual([
      'Nov 3, 2026 · Thorax',
      'Dec 1, 2026 · Thorax',
    ]);
    expect(figure.series.map((series) => series.label)).toEqual([
      'Discussed',
      'Decided',
      'Not reached',
    ]);
    expect(figure.total?.values).toEqual([6, 5, 1]);
  });

  it('name months in the viewer language, short on the axis, and keep boards for the table', () => {
    const figure = FIGURE_BUILDERS.casesPerMonth(data, { ...labels, locale: 'ko' });
    expect(figure.categories[0]).toMatchObject({ label: '2026년 11월', axisLabel: '2026년 11월' });
    expect(figure.series.filter((series) => !series.isPlotted).map((series) => series.key)).toEqual(
      ['boards'],
    );
    expect(figure.categories[1]?.values).toEqual([2, 2, 0, 1]);
  });

  it('average the time per case per board, against the time allotted', () => {
    const figure = FIGURE_BUILDERS.timePerCase(data, labels);
    expect(figure.categories.map((category) => [category.key, ...category.values])).toEqual([
      ['b1', 10.3, 10, 2],
      ['b2', 20, 15, 1],
    ]);
    expect(figure.series.map((series) => series.key)).toEqual(['actual', 'allotted', 'cases']);
    expect(figure.total?.values).toEqual([13.5, 11.7, 3]);
  });

  it('keep the counts behind a rate in the table only, and an undefined rate as missing', () => {
    const figure = FIGURE_BUILDERS.closingRates(data, labels);
    expect(figure.series.map((series) => [series.key, series.isPlotted])).toEqual([
      ['rate', true],
      ['cases', false],
      ['outOf', false],
    ]);
    expect(figure.categories[1]).toMatchObject({
      label: 'kind:carried_over',
      values: [null, 0, 0],
    });
    expect(figure.total).toBeUndefined();
  });

  it('show concordance per month with the total the API computed', () => {
    const figure = FIGURE_BUILDERS.guidelineConcordance(data, labels);
    expect(figure.categories[0]?.values).toEqual([0.5, 1, 2, 3]);
    expect(figure.total?.values).toEqual([0.75, 3, 4, 5]);
  });

  it('add no total where one case counts under several modalities', () => {
    expect(FIGURE_BUILDERS.decisionsByModality(data, labels).total).toBeUndefined();
    expect(FIGURE_BUILDERS.decisionsByIntent(data, labels).total?.values).toEqual([5]);
  });

  it('label intents, buckets, institutions and specialties', () => {
    expect(FIGURE_BUILDERS.decisionsByIntent(data, labels).categories[1]?.label).toBe(
      'intent:not_stated',
    );
    expect(FIGURE_BUILDERS.daysToDecision(data, labels).categories.map((c) => c.label)).toEqual([
      '0-7 days',
      '57+ days',
    ]);
    expect(FIGURE_BUILDERS.participationByInstitution(data, labels).total?.values).toEqual([5, 7]);
    expect(FIGURE_BUILDERS.participationBySpecialty(data, labels).categories[0]?.label).toBe(
      'specialty:not_stated',
    );
  });
});
