import { describe, expect, it } from 'vitest';
import type { FigureModel } from './figureModel';
import { categoryAxisWidth, columnLabelWidth, plotHeight } from './plotLayout';

const rows = (count: number): FigureModel => ({
  categoryHeader: 'Board',
  orientation: 'rows',
  series: [],
  categories: Array.from({ length: count }, (_, index) => ({
    key: String(index),
    label: String(index),
    values: [],
  })),
});

describe('plot layout', () => {
  it('grows row plots with their categories and series, never below a readable minimum', () => {
    expect(plotHeight(rows(1), 1)).toBe(140);
    expect(plotHeight(rows(10), 3)).toBe(10 * (3 * 14 + 18) + 48);
    expect(plotHeight({ ...rows(30), orientation: 'columns' }, 3)).toBe(300);
  });

  it('keeps the larger part of a phone-wide plot for the bars', () => {
    expect(categoryAxisWidth(null)).toBe(220);
    expect(categoryAxisWidth(900)).toBe(220);
    expect(categoryAxisWidth(310)).toBe(124);
    expect(categoryAxisWidth(150)).toBe(88);
  });

  it('lets column labels wrap within their share of the plot', () => {
    expect(columnLabelWidth(880, 5)).toBe(152);
    expect(columnLabelWidth(300, 5)).toBe(40);
  });
});
