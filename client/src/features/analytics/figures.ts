import type {
  ANALYTICS_INTENTS,
  ANALYTICS_SPECIALTIES,
  AnalyticsFigure,
  AnalyticsFigures,
  CLOSING_KINDS,
  DAYS_TO_DECISION_BUCKETS,
  Modality,
} from '@konsil/shared';
import { formatCalendarDate } from '../../lib/time';
import type { FigureCategory, FigureModel, FigureSeries, ValueKind } from './figureModel';
import { formatMonth } from './formatValues';

export type SeriesName =
  | 'discussed'
  | 'decided'
  | 'notDiscussed'
  | 'boards'
  | 'allotted'
  | 'actual'
  | 'cases'
  | 'rate'
  | 'concordant'
  | 'assessed'
  | 'outOf'
  | 'people'
  | 'attendances';

export type HeaderName =
  | 'board'
  | 'month'
  | 'intent'
  | 'modality'
  | 'outcome'
  | 'daysToDecision'
  | 'institution'
  | 'specialty';

/** Every word a figure needs, in the viewer's language; the page builds it from i18n. */
export interface FigureLabels {
  locale: string;
  series: Record<SeriesName, string>;
  headers: Record<HeaderName, string>;
  /** Label of the totals row ("All"). */
  total: string;
  intent: (intent: (typeof ANALYTICS_INTENTS)[number]) => string;
  modality: (modality: Modality) => string;
  closingKind: (kind: (typeof CLOSING_KINDS)[number]) => string;
  bucket: (bucket: (typeof DAYS_TO_DECISION_BUCKETS)[number]) => string;
  specialty: (specialty: (typeof ANALYTICS_SPECIALTIES)[number]) => string;
}

type Column = [SeriesName, ValueKind, 'plot' | 'table'];

function columns(labels: FigureLabels, list: readonly Column[]): FigureSeries[] {
  return list.map(([key, valueKind, where]) => ({
    key,
    label: labels.series[key],
    valueKind,
    isPlotted: where === 'plot',
  }));
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Means to one decimal, as the API gives durations; null for an empty group. */
function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : Math.round((sum(values) / values.length) * 10) / 10;
}

function totalOf(
  label: string,
  categories: readonly FigureCategory[],
  width: number,
): FigureCategory {
  const values = Array.from({ length: width }, (_, index) =>
    sum(categories.map((category) => category.values[index] ?? 0)),
  );
  return { key: 'total', label, values };
}

/**
 * "3 Dec 2026 · Thorax Berlin–Seoul": boards of one series differ only by their local date, so
 * it comes first, where an axis label cut short for a long title still shows it.
 */
function boardLabel(title: string, localDate: string, locale: string): string {
  return `${formatCalendarDate(localDate, locale)} · ${title}`;
}

function monthCategory(month: string, locale: string, values: (number | null)[]): FigureCategory {
  return {
    key: month,
    label: formatMonth(month, locale),
    axisLabel: formatMonth(month, locale, 'short'),
    values,
  };
}

type Builders = {
  [F in AnalyticsFigure]: (data: AnalyticsFigures, labels: FigureLabels) => FigureModel;
};

/** Each API figure as a plot and its table. */
export const FIGURE_BUILDERS: Builders = {
  casesPerBoard: ({ casesPerBoard }, labels) => {
    const categories = casesPerBoard.map((row) => ({
      key: row.boardId,
      label: boardLabel(row.title, row.localDate, labels.locale),
      values: [row.discussed, row.decided, row.notDiscussed],
    }));
    return {
      categoryHeader: labels.headers.board,
      orientation: 'rows',
      series: columns(labels, [
        ['discussed', 'count', 'plot'],
        ['decided', 'count', 'plot'],
        ['notDiscussed', 'count', 'plot'],
      ]),
      categories,
      total: totalOf(labels.total, categories, 3),
    };
  },

  casesPerMonth: ({ casesPerMonth }, labels) => {
    const categories = casesPerMonth.map((row) =>
      monthCategory(row.month, labels.locale, [
        row.discussed,
        row.decided,
        row.notDiscussed,
        row.boards,
      ]),
    );
    return {
      categoryHeader: labels.headers.month,
      orientation: 'columns',
      series: columns(labels, [
        ['discussed', 'count', 'plot'],
        ['decided', 'count', 'plot'],
        ['notDiscussed', 'count', 'plot'],
        ['boards', 'count', 'table'],
      ]),
      categories,
      total: totalOf(labels.total, categories, 4),
    };
  },

  timePerCase: ({ timePerCase }, labels) => {
    const byBoard = new Map<string, { label: string; allotted: number[]; actual: number[] }>();
    for (const row of timePerCase) {
      const board = byBoard.get(row.boardId) ?? {
        label: boardLabel(row.boardTitle, row.localDate, labels.locale),
        allotted: [],
        actual: [],
      };
      board.allotted.push(row.allottedMinutes);
      board.actual.push(row.actualMinutes);
      byBoard.set(row.boardId, board);
    }
    const categories = [...byBoard].map(([key, board]) => ({
      key,
      label: board.label,
      values: [mean(board.actual), mean(board.allotted), board.actual.length],
    }));
    return {
      categoryHeader: labels.headers.board,
      orientation: 'rows',
      series: columns(labels, [
        // The time taken draws solid, the plan for it hatched beside it.
        ['actual', 'minutes', 'plot'],
        ['allotted', 'minutes', 'plot'],
        ['cases', 'count', 'table'],
      ]),
      categories,
      total: {
        key: 'total',
        label: labels.total,
        values: [
          mean(timePerCase.map((row) => row.actualMinutes)),
          mean(timePerCase.map((row) => row.allottedMinutes)),
          timePerCase.length,
        ],
      },
    };
  },

  decisionsByIntent: ({ decisionsByIntent }, labels) => {
    const categories = decisionsByIntent.map((row) => ({
      key: row.intent,
      label: labels.intent(row.intent),
      values: [row.cases],
    }));
    return {
      categoryHeader: labels.headers.intent,
      orientation: 'rows',
      series: columns(labels, [['cases', 'count', 'plot']]),
      categories,
      total: totalOf(labels.total, categories, 1),
    };
  },

  // A decision with several modalities counts once under each, so a total would overcount.
  decisionsByModality: ({ decisionsByModality }, labels) => ({
    categoryHeader: labels.headers.modality,
    orientation: 'rows',
    series: columns(labels, [['cases', 'count', 'plot']]),
    categories: decisionsByModality.map((row) => ({
      key: row.modality,
      label: labels.modality(row.modality),
      values: [row.cases],
    })),
  }),

  guidelineConcordance: ({ guidelineConcordance }, labels) => {
    const values = (row: {
      rate: number | null;
      concordant: number;
      assessed: number;
      decided: number;
    }) => [row.rate, row.concordant, row.assessed, row.decided];
    return {
      categoryHeader: labels.headers.month,
      orientation: 'columns',
      series: columns(labels, [
        ['rate', 'percent', 'plot'],
        ['concordant', 'count', 'table'],
        ['assessed', 'count', 'table'],
        ['decided', 'count', 'table'],
      ]),
      categories: guidelineConcordance.byMonth.map((row) =>
        monthCategory(row.month, labels.locale, values(row)),
      ),
      total: { key: 'total', label: labels.total, values: values(guidelineConcordance.total) },
    };
  },

  // Each rate has its own denominator (see the contract), so the rows do not add up.
  closingRates: ({ closingRates }, labels) => ({
    categoryHeader: labels.headers.outcome,
    orientation: 'rows',
    series: columns(labels, [
      ['rate', 'percent', 'plot'],
      ['cases', 'count', 'table'],
      ['outOf', 'count', 'table'],
    ]),
    categories: closingRates.map((row) => ({
      key: row.kind,
      label: labels.closingKind(row.kind),
      values: [row.rate, row.cases, row.outOf],
    })),
  }),

  daysToDecision: ({ daysToDecision }, labels) => {
    const categories = daysToDecision.buckets.map((row) => ({
      key: row.bucket,
      label: labels.bucket(row.bucket),
      values: [row.cases],
    }));
    return {
      categoryHeader: labels.headers.daysToDecision,
      orientation: 'columns',
      series: columns(labels, [['cases', 'count', 'plot']]),
      categories,
      total: totalOf(labels.total, categories, 1),
    };
  },

  participationByInstitution: ({ participationByInstitution }, labels) => {
    const categories = participationByInstitution.map((row) => ({
      key: row.institutionId,
      label: row.name,
      values: [row.people, row.attendances],
    }));
    return {
      categoryHeader: labels.headers.institution,
      orientation: 'rows',
      series: columns(labels, [
        ['people', 'count', 'plot'],
        ['attendances', 'count', 'plot'],
      ]),
      categories,
      total: totalOf(labels.total, categories, 2),
    };
  },

  participationBySpecialty: ({ participationBySpecialty }, labels) => {
    const categories = participationBySpecialty.map((row) => ({
      key: row.specialty,
      label: labels.specialty(row.specialty),
      values: [row.people, row.attendances],
    }));
    return {
      categoryHeader: labels.headers.specialty,
      orientation: 'rows',
      series: columns(labels, [
        ['people', 'count', 'plot'],
        ['attendances', 'count', 'plot'],
      ]),
      categories,
      total: totalOf(labels.total, categories, 2),
    };
  },
};
