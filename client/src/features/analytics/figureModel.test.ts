import { describe, expect, it } from 'vitest';
import { type FigureModel, isFigureEmpty, plottedSeries } from './figureModel';

const rates: FigureModel = {
  categoryHeader: 'Outcome',
  orientation: 'rows',
  series: [
    { key: 'rate', label: 'Rate', valueKind: 'percent', isPlotted: true },
    { key: 'cases', label: 'Cases', valueKind: 'count', isPlotted: false },
  ],
  categories: [{ key: 'deferred', label: 'Deferred', values: [null, 0] }],
};

describe('figure model', () => {
  it('plots only the series marked for the plot, keeping their value positions', () => {
    expect(plottedSeries(rates).map(({ series, index }) => [series.key, index])).toEqual([
      ['rate', 0],
    ]);
  });

  it('is empty when no plotted series has a value, whatever the table-only columns hold', () => {
    expect(isFigureEmpty(rates)).toBe(true);
    expect(isFigureEmpty({ ...rates, categories: [] })).toBe(true);
  });

  it('is not empty when a plotted value is zero: zero is a measurement', () => {
    const zero = { ...rates, categories: [{ key: 'deferred', label: 'Deferred', values: [0, 4] }] };
    expect(isFigureEmpty(zero)).toBe(false);
  });
});
