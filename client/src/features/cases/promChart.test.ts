import { QLQ_C30_SCALES } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import {
  changeDirection,
  formatPoints,
  groupProms,
  markMeaningfulChanges,
  plotSeries,
  qlqC30ScaleOf,
  splitSeries,
} from './promChart';

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

describe('markMeaningfulChanges', () => {
  it('marks a change of 10 points or more between consecutive scores, up or down', () => {
    const marked = markMeaningfulChanges([
      { date: '2026-01-01', score: 50 },
      { date: '2026-02-01', score: 60 }, // +10 → marked (10 counts)
      { date: '2026-03-01', score: 50.5 }, // −9.5 → not marked
      { date: '2026-04-01', score: 33.5 }, // −17 → marked
    ]);
    expect(marked.map((point) => [point.change, point.isMeaningfulChange])).toEqual([
      [null, false],
      [10, true],
      [-9.5, false],
      [-17, true],
    ]);
    expect(marked[1]).toEqual({
      date: '2026-02-01',
      score: 60,
      change: 10,
      isMeaningfulChange: true,
    });
  });

  it('compares only neighbours, so a slow drift is not marked', () => {
    const marked = markMeaningfulChanges([
      { date: '2026-01-01', score: 80 },
      { date: '2026-02-01', score: 74 },
      { date: '2026-03-01', score: 68 },
    ]);
    expect(marked.some((point) => point.isMeaningfulChange)).toBe(false);
  });

  it('counts a 10-point step between thirds despite floating-point rounding', () => {
    // QLQ-C30 scores are often thirds: (2/3) × 100 − (1.7/3) × 100 is 10 only after rounding noise.
    const high = (2 / 3) * 100;
    const low = (1.7 / 3) * 100;
    expect(high - low).not.toBe(10);
    const marked = markMeaningfulChanges([
      { date: '2026-01-01', score: low },
      { date: '2026-02-01', score: high },
    ]);
    expect(marked[1]?.isMeaningfulChange).toBe(true);
  });

  it('takes another threshold and handles empty and single series', () => {
    expect(markMeaningfulChanges([])).toEqual([]);
    expect(markMeaningfulChanges([{ date: '2026-01-01', score: 40 }])).toEqual([
      { date: '2026-01-01', score: 40, change: null, isMeaningfulChange: false },
    ]);
    const marked = markMeaningfulChanges(
      [
        { date: '2026-01-01', score: 40 },
        { date: '2026-02-01', score: 45 },
      ],
      5,
    );
    expect(marked[1]?.isMeaningfulChange).toBe(true);
  });
});

describe('qlqC30ScaleOf', () => {
  it('finds every QLQ-C30 scale by the name the scorer gives it', () => {
    for (const scale of QLQ_C30_SCALES) {
      expect(qlqC30ScaleOf('EORTC QLQ-C30', scale.name)).toBe(scale);
    }
  });

  it('tolerates case, spacing around the slash and common spellings of hand-entered names', () => {
    const idOf = (instrument: string, scale: string) => qlqC30ScaleOf(instrument, scale)?.id;
    expect(idOf('EORTC QLQ-C30', 'Global health status / QoL')).toBe('QL');
    expect(idOf('EORTC QLQ-C30', 'global health status')).toBe('QL');
    expect(idOf('QLQ-C30', '  Fatigue ')).toBe('FA');
    expect(idOf('EORTC QLQC30', 'Dyspnea')).toBe('DY');
    expect(idOf('EORTC QLQ-C30', 'Nausea / vomiting')).toBe('NV');
  });

  it('knows nothing of other instruments or unknown scales', () => {
    expect(qlqC30ScaleOf('EQ-5D-5L VAS', 'Global health status')).toBeUndefined();
    expect(qlqC30ScaleOf('EORTC QLQ-LC13', 'Dyspnoea')).toBeUndefined();
    expect(qlqC30ScaleOf('EORTC QLQ-C30', 'Global health')).toBeUndefined();
    expect(qlqC30ScaleOf('EORTC QLQ-C30', 'Fatigue and pain')).toBeUndefined();
  });
});

describe('changeDirection', () => {
  const kind = (id: string) => QLQ_C30_SCALES.find((scale) => scale.id === id);

  it('reads a rise as better on global health status and functional scales', () => {
    expect(changeDirection(kind('QL'), 17)).toBe('better');
    expect(changeDirection(kind('QL'), -10)).toBe('worse');
    expect(changeDirection(kind('PF'), 12)).toBe('better');
    expect(changeDirection(kind('EF'), -25)).toBe('worse');
  });

  it('reads a rise as worse on symptom scales', () => {
    expect(changeDirection(kind('FA'), 11)).toBe('worse');
    expect(changeDirection(kind('PA'), -33.3)).toBe('better');
    expect(changeDirection(kind('FI'), 33.3)).toBe('worse');
  });

  it('gives no direction for an unknown scale or no change', () => {
    expect(changeDirection(undefined, 20)).toBe('unknown');
    expect(changeDirection(kind('QL'), 0)).toBe('unknown');
  });
});

describe('splitSeries', () => {
  const prom = (scale: string, instrument = 'EORTC QLQ-C30') => ({
    instrument,
    scale,
    date: '2026-01-01',
    score: 50,
  });

  it('puts global health status first and offers every other scale', () => {
    const { fixed, choices } = splitSeries(
      groupProms([prom('Fatigue'), prom('Global health status / QoL'), prom('Pain')]),
    );
    expect(fixed?.scale).toBe('Global health status / QoL');
    expect(choices.map((entry) => entry.scale)).toEqual(['Fatigue', 'Pain']);
  });

  it('offers every series when the case has no global health status', () => {
    const { fixed, choices } = splitSeries(
      groupProms([prom('Fatigue'), prom('Global health status', 'EQ-5D-5L VAS')]),
    );
    expect(fixed).toBeUndefined();
    expect(choices.map((entry) => entry.key)).toEqual([
      'EORTC QLQ-C30\u0000Fatigue',
      'EQ-5D-5L VAS\u0000Global health status',
    ]);
  });
});

describe('formatPoints', () => {
  it("shows at most one decimal in the reader's locale, changes with a sign", () => {
    expect(formatPoints(58.333333, 'en')).toBe('58.3');
    expect(formatPoints(58.333333, 'de')).toBe('58,3');
    expect(formatPoints(50, 'ko')).toBe('50');
    expect(formatPoints(16.666667, 'de', { signed: true })).toBe('+16,7');
    expect(formatPoints(-10, 'en', { signed: true })).toBe('-10');
  });
});
