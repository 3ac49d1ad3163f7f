import { describe, expect, it } from 'vitest';
import type { FigureModel, ValueKind } from './figureModel';
import { formatValue } from './formatValues';
import { describeFigure } from './textAlternative';

const cases = (value: number | null, kind: ValueKind) => {
  if (value === null) return 'no data';
  if (kind === 'percent') return `${value * 100}%`;
  return `${value} ${value === 1 ? 'case' : 'cases'}`;
};
const options = { locale: 'en', formatValue: cases, describeRest: (n: number) => `${n} more` };

function figure(overrides: Partial<FigureModel>): FigureModel {
  return {
    categoryHeader: 'Board',
    orientation: 'rows',
    series: [{ key: 'cases', label: 'Cases', valueKind: 'count', isPlotted: true }],
    categories: [],
    ...overrides,
  };
}

describe('describeFigure', () => {
  it('reads a single series as a list of categories and values', () => {
    const perBoard = figure({
      categories: [
        { key: 'b1', label: 'Berlin', values: [12] },
        { key: 'b2', label: 'Seoul', values: [9] },
      ],
    });
    expect(describeFigure(perBoard, options)).toBe('Berlin 12 cases and Seoul 9 cases.');
  });

  it('names every series per category when there are several', () => {
    const perMonth = figure({
      series: [
        { key: 'b1', label: 'Berlin', valueKind: 'count', isPlotted: true },
        { key: 'b2', label: 'Seoul', valueKind: 'count', isPlotted: true },
      ],
      categories: [
        { key: '2026-11', label: 'November 2026', values: [3, 2] },
        { key: '2026-12', label: 'December 2026', values: [1, null] },
      ],
    });
    expect(describeFigure(perMonth, options)).toBe(
      'November 2026: Berlin 3 cases and Seoul 2 cases; December 2026: Berlin 1 case and Seoul no data.',
    );
  });

  it('reads only the plotted series, not the table-only counts', () => {
    const rates = figure({
      series: [
        { key: 'rate', label: 'Rate', valueKind: 'percent', isPlotted: true },
        { key: 'outOf', label: 'Out of', valueKind: 'count', isPlotted: false },
      ],
      categories: [{ key: 'deferred', label: 'Deferred', values: [0.25, 8] }],
    });
    expect(describeFigure(rates, options)).toBe('Deferred 25%.');
  });

  it('reads out only the first categories and points to the rest', () => {
    const many = figure({
      categories: ['a', 'b', 'c', 'd'].map((key, index) => ({ key, label: key, values: [index] })),
    });
    expect(describeFigure(many, { ...options, limit: 2 })).toBe('a 0 cases and b 1 case; 2 more.');
  });

  it('formats with the viewer language it is given', () => {
    const rates = figure({
      series: [{ key: 'rate', label: 'Anteil', valueKind: 'percent', isPlotted: true }],
      categories: [
        { key: 'b1', label: 'Berlin', values: [0.5] },
        { key: 'b2', label: 'Seoul', values: [0.25] },
      ],
    });
    const german = {
      ...options,
      locale: 'de',
      formatValue: (v: number | null, k: ValueKind) => formatValue(v, k, 'de'),
    };
    expect(describeFigure(rates, german)).toBe('Berlin 50\u00a0% und Seoul 25\u00a0%.');
  });
});
