/**
 * What every analytics plot draws, whatever the figure: categories along one axis (boards,
 * months, specialties), one bar per plotted series in each, and the same numbers (plus any
 * table-only columns, such as the counts behind a rate) in the table under it. `figures.ts`
 * turns the API's rows into this shape; the chart, the table and the text alternative only read it.
 */
export type ValueKind = 'count' | 'percent' | 'minutes' | 'days';

export interface FigureSeries {
  key: string;
  label: string;
  valueKind: ValueKind;
  /** False for columns that explain a plotted value (e.g. "12 of 15") but are not drawn. */
  isPlotted: boolean;
}

export interface FigureCategory {
  key: string;
  label: string;
  /** A shorter label for axis ticks ("Nov 2026"), where the full one would crowd them. */
  axisLabel?: string;
  /** One value per series, in the order of `series`; null where there is nothing to measure. */
  values: readonly (number | null)[];
}

export interface FigureModel {
  /** Heading of the table's first column ("Board", "Month", "Specialty"). */
  categoryHeader: string;
  series: readonly FigureSeries[];
  categories: readonly FigureCategory[];
  /** A last table row over all categories ("All boards"), where a total means something. */
  total?: FigureCategory;
  /** Months read left to right; named things (boards, specialties) read better as rows. */
  orientation: 'columns' | 'rows';
}

/** The series drawn in the plot, with their position in `values`. */
export function plottedSeries(figure: FigureModel): { series: FigureSeries; index: number }[] {
  return figure.series
    .map((series, index) => ({ series, index }))
    .filter((entry) => entry.series.isPlotted);
}

/** True when there is nothing to plot: the section says so instead of drawing empty axes. */
export function isFigureEmpty(figure: FigureModel): boolean {
  const plotted = plottedSeries(figure);
  return figure.categories.every((category) =>
    plotted.every(({ index }) => (category.values[index] ?? null) === null),
  );
}
