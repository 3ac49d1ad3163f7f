import type { ValueKind } from './figureModel';
import { type FigureModel, plottedSeries } from './figureModel';
import { formatList } from './formatValues';

export interface DescribeOptions {
  locale: string;
  /** A value with its unit, in the viewer's language ("12 cases", "25 %"). */
  formatValue: (value: number | null, kind: ValueKind) => string;
  /** "and 4 more in the table below", for categories beyond `limit`. */
  describeRest: (count: number) => string;
  /** Categories read out in full; a screen reader user gets the rest from the table. */
  limit?: number;
}

/**
 * The sentence a plot's text alternative reads: every category with its plotted values, e.g.
 * "Berlin 12 cases and Seoul 9 cases" or, with several series,
 * "November 2026: Discussed 3 cases and Decided 2 cases; December 2026: …".
 */
export function describeFigure(figure: FigureModel, options: DescribeOptions): string {
  const limit = options.limit ?? 12;
  const plotted = plottedSeries(figure);
  const shown = figure.categories.slice(0, limit);
  const rest = figure.categories.length - shown.length;
  const formatted = (values: readonly (number | null)[], index: number, kind: ValueKind) =>
    options.formatValue(values[index] ?? null, kind);
  const isSingleSeries = plotted.length === 1;
  const parts = shown.map((category) => {
    const values = plotted.map(
      ({ series, index }) =>
        `${series.label} ${formatted(category.values, index, series.valueKind)}`,
    );
    if (!isSingleSeries) return `${category.label}: ${formatList(values, options.locale)}`;
    const [only] = plotted;
    return `${category.label} ${only ? formatted(category.values, only.index, only.series.valueKind) : ''}`;
  });
  const sentence = isSingleSeries ? formatList(parts, options.locale) : parts.join('; ');
  return rest > 0 ? `${sentence}; ${options.describeRest(rest)}.` : `${sentence}.`;
}
