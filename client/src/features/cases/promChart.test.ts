import { describe, expect, it } from 'vitest';
import { groupProms, plotSeries } from './promChart';

const BOX = { width: 220, height: 120, padding: { top: 10, right: 10, bottom: 10, left: 10 } };

describe('groupProms', () => {
  it('makes one series per instrument and scale, oldest score first', () => {
    const series = groupProms([
      { instrument: 'EORTC QLQ-C30', scale: 'Global health status', date: '2026-10-01', score: 58 },
      { instrument: 'EORTC QLQ-C30', scale: 'Fatigue', date: '2026-09-01', score: 40 },
      { instrument: 'EORTC QLQ-C30', scale: 'Global health status', date: '2026-08-01', score: 67 },
    ]);
    expect(series.map((entry) => entry.scale)).toEqual(['Fatigue', 'Global health status']);
    expect(series[1]?.points).toEqual([
      { date: '2026-08-01', score: 67 },
      { date: '2026-10-01', score: 58 },
    ]);
  });
});

describe('plotSeries', () => {
  it('maps 0–100 onto the plot height, 100 at the top', () => {
    const { points, yTicks } = plotSeries(
      [
        { date: '2026-01-01', score: 0 },
        { date: '2026-01-11', score: 100 },
      ],
      BOX,
    );
    expect(points.map((point) => point.y)).toEqual([110, 10]);
    expect(yTicks).toEqual([
      { y: 110, value: 0 },
      { y: 60, value: 50 },
      { y: 10, value: 100 },
    ]);
  });

  it('spaces dates by elapsed time, not by index', () => {
    const { points, path } = plotSeries(
      [
        { date: '2026-01-01', score: 50 },
        { date: '2026-01-03', score: 50 },
        { date: '2026-01-11', score: 50 },
      ],
      BOX,
    );
    // 200 px wide for 10 days: day 2 lies at 20 % of the way.
    expect(points.map((point) => point.x)).toEqual([10, 50, 210]);
    expect(path).toBe('M10 60 L50 60 L210 60');
  });

  it('centres a single measurement', () => {
    const { points } = plotSeries([{ date: '2026-03-05', score: 25 }], BOX);
    expect(points).toEqual([{ x: 110, y: 85, date: '2026-03-05', score: 25 }]);
  });

  it('keeps the line inside the box even for out-of-range scores', () => {
    const { points } = plotSeries(
      [
        { date: '2026-01-01', score: -5 },
        { date: '2026-01-02', score: 130 },
      ],
      BOX,
    );
    expect(points.map((point) => point.y)).toEqual([110, 10]);
  });
});
