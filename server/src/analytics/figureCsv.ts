import type { AnalyticsFigure, AnalyticsResponse } from '@konsil/shared';
import { type CsvValue, csvDocument } from '../csv/spreadsheetCsv';

type Figures = AnalyticsResponse['figures'];

export interface FigureTable {
  header: string[];
  rows: CsvValue[][];
}

/** Each figure as the table under its plot: one header row, then plain values. */
const TABLES: { [F in AnalyticsFigure]: (figure: Figures[F]) => FigureTable } = {
  casesPerBoard: (rows) => ({
    header: ['board', 'date', 'time_zone', 'discussed', 'decided', 'not_discussed'],
    rows: rows.map((r) => [
      r.title,
      r.localDate,
      r.timeZone,
      r.discussed,
      r.decided,
      r.notDiscussed,
    ]),
  }),
  casesPerMonth: (rows) => ({
    header: ['month', 'boards', 'discussed', 'decided', 'not_discussed'],
    rows: rows.map((r) => [r.month, r.boards, r.discussed, r.decided, r.notDiscussed]),
  }),
  timePerCase: (rows) => ({
    header: ['board', 'date', 'case', 'allotted_minutes', 'actual_minutes'],
    rows: rows.map((r) => [
      r.boardTitle,
      r.localDate,
      r.pseudonym,
      r.allottedMinutes,
      r.actualMinutes,
    ]),
  }),
  decisionsByIntent: (rows) => ({
    header: ['intent', 'cases'],
    rows: rows.map((r) => [r.intent, r.cases]),
  }),
  decisionsByModality: (rows) => ({
    header: ['modality', 'cases'],
    rows: rows.map((r) => [r.modality, r.cases]),
  }),
  guidelineConcordance: ({ byMonth, total }) => ({
    header: ['month', 'decided', 'assessed', 'concordant', 'rate'],
    rows: [
      ...byMonth.map((r) => [r.month, r.decided, r.assessed, r.concordant, r.rate]),
      ['total', total.decided, total.assessed, total.concordant, total.rate],
    ],
  }),
  closingRates: (rows) => ({
    header: ['outcome', 'cases', 'out_of', 'rate'],
    rows: rows.map((r) => [r.kind, r.cases, r.outOf, r.rate]),
  }),
  daysToDecision: ({ cases }) => ({
    header: ['case', 'board', 'submitted_at', 'decided_at', 'days'],
    rows: cases.map((r) => [r.pseudonym, r.boardTitle, r.submittedAt, r.decidedAt, r.days]),
  }),
  participationByInstitution: (rows) => ({
    header: ['institution', 'name', 'people', 'attendances'],
    rows: rows.map((r) => [r.code, r.name, r.people, r.attendances]),
  }),
  participationBySpecialty: (rows) => ({
    header: ['specialty', 'people', 'attendances'],
    rows: rows.map((r) => [r.specialty, r.people, r.attendances]),
  }),
};

export function figureTable<F extends AnalyticsFigure>(figure: F, data: Figures[F]): FigureTable {
  return TABLES[figure](data);
}

export function toCsv(table: FigureTable): string {
  return csvDocument(table.header, table.rows);
}
