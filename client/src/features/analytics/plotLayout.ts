import type { FigureModel } from './figureModel';

export const BAR_SIZE = 14;
const ROW_GAP = 18;
const COLUMNS_HEIGHT = 300;
/** Room for the value labels right of the longest bar ("15.4 min", "100 %"). */
export const VALUE_LABEL_ROOM = 64;

/** Rows grow with their categories so bars and labels never squeeze; columns keep one height. */
export function plotHeight(figure: FigureModel, plottedCount: number): number {
  if (figure.orientation === 'columns') return COLUMNS_HEIGHT;
  return Math.max(140, figure.categories.length * (plottedCount * BAR_SIZE + ROW_GAP) + 48);
}

/**
 * Width of the category labels left of row bars: generous on a desk screen, at most two fifths
 * of a phone's, so the bars keep the larger part. Null width (not yet measured): the desk size.
 */
export function categoryAxisWidth(plotWidth: number | null): number {
  if (plotWidth === null) return 220;
  return Math.round(Math.min(220, Math.max(88, plotWidth * 0.4)));
}

/** Width each column label may wrap in: its share of the plot, less a gap. */
export function columnLabelWidth(plotWidth: number | null, categoryCount: number): number {
  const width = plotWidth ?? 800;
  return Math.max(40, Math.floor((width - 80) / Math.max(1, categoryCount)) - 8);
}
