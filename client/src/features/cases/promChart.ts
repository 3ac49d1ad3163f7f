import { type CaseDetail, QLQ_C30_SCALES, type QlqC30Scale } from '@konsil/shared';

type PromScore = CaseDetail['proms'][number];

export interface PromSeries {
  /** Instrument and scale, unique among a case's series. */
  key: string;
  instrument: string;
  scale: string;
  /** Oldest first. */
  points: { date: string; score: number }[];
}

/** One series per instrument and scale (e.g. EORTC QLQ-C30 · Global health status), by date. */
export function groupProms(proms: readonly PromScore[]): PromSeries[] {
  const byKey = new Map<string, PromSeries>();
  for (const prom of proms) {
    const key = `${prom.instrument}\u0000${prom.scale}`;
    const series = byKey.get(key) ?? {
      key,
      instrument: prom.instrument,
      scale: prom.scale,
      points: [],
    };
    series.points.push({ date: prom.date, score: prom.score });
    byKey.set(key, series);
  }
  for (const series of byKey.values()) {
    series.points.sort((a, b) => a.date.localeCompare(b.date));
  }
  return [...byKey.values()].sort(
    (a, b) => a.instrument.localeCompare(b.instrument) || a.scale.localeCompare(b.scale),
  );
}

export interface ChartBox {
  width: number;
  height: number;
  /** Room for axis labels on each side. */
  padding: { top: number; right: number; bottom: number; left: number };
}

export interface PlottedPoint {
  x: number;
  y: number;
  date: string;
  score: number;
}

export interface PlottedSeries {
  points: PlottedPoint[];
  /** SVG path data ("M x y L x y …"); empty without points. */
  path: string;
  /** Horizontal guide lines for 0, 50 and 100. */
  yTicks: { y: number; value: number }[];
}

const DAY_MS = 86_400_000;
const round = (value: number) => Math.round(value * 10) / 10;

function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/**
 * Places scores on a fixed 0–100 axis (PROM scales are 0–100, so trends stay comparable
 * between cases) and dates proportionally in time. A single date sits in the middle.
 */
export function plotSeries(points: PromSeries['points'], box: ChartBox): PlottedSeries {
  const left = box.padding.left;
  const right = box.width - box.padding.right;
  const top = box.padding.top;
  const bottom = box.height - box.padding.bottom;
  const yFor = (score: number) =>
    round(bottom - (Math.min(100, Math.max(0, score)) / 100) * (bottom - top));
  const days = points.map((point) => dayNumber(point.date));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const xFor = (day: number) =>
    last === first
      ? round((left + right) / 2)
      : round(left + ((day - first) / (last - first)) * (right - left));
  const plotted = points.map((point, index) => ({
    x: xFor(days[index] ?? first),
    y: yFor(point.score),
    date: point.date,
    score: point.score,
  }));
  const path = plotted
    .map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`)
    .join(' ');
  return {
    points: plotted,
    path,
    yTicks: [0, 50, 100].map((value) => ({ y: yFor(value), value })),
  };
}

/** EORTC QLQ-C30: a change of 10 points or more on the 0–100 scale counts as clinically meaningful. */
export const MEANINGFUL_CHANGE_POINTS = 10;

export interface MarkedPoint {
  date: string;
  score: number;
  /** Score minus the previous score; null for the first point. */
  change: number | null;
  /** True when |change| reaches the threshold. */
  isMeaningfulChange: boolean;
}

/**
 * Marks each score that differs from the one before it (points oldest first, as groupProms
 * returns them) by at least `threshold` points, up or down. Only consecutive scores are
 * compared, so a slow drift of 5 points per visit is not marked.
 */
export function markMeaningfulChanges(
  points: PromSeries['points'],
  threshold: number = MEANINGFUL_CHANGE_POINTS,
): MarkedPoint[] {
  return points.map((point, index) => {
    const previous = index > 0 ? points[index - 1] : undefined;
    if (!previous) return { ...point, change: null, isMeaningfulChange: false };
    // Round away floating-point noise (66.666… − 56.666… must count as 10).
    const change = Math.round((point.score - previous.score) * 1e6) / 1e6;
    return { ...point, change, isMeaningfulChange: Math.abs(change) >= threshold };
  });
}

/** Spellings of QLQ-C30 scale names seen in practice, besides the scoring manual's. */
const QLQ_C30_ALIASES: Readonly<Record<string, QlqC30Scale['id']>> = {
  'global health status': 'QL',
  'global health status/quality of life': 'QL',
  'nausea/vomiting': 'NV',
  dyspnea: 'DY',
  diarrhea: 'DI',
};

const normalName = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ');

/**
 * The QLQ-C30 scale a stored PROM series is, matched by name (case, spacing around "/" and
 * common spellings aside), so its direction and translated name are known. Scores typed in by
 * hand carry free text, hence the tolerance; anything else from another instrument is undefined.
 */
export function qlqC30ScaleOf(instrument: string, scale: string): QlqC30Scale | undefined {
  if (!/qlq-?c30/i.test(instrument)) return undefined;
  const name = normalName(scale);
  const aliasId = QLQ_C30_ALIASES[name];
  return QLQ_C30_SCALES.find((entry) => entry.id === aliasId || normalName(entry.name) === name);
}

export type ChangeDirection = 'better' | 'worse' | 'unknown';

/**
 * Higher is better for functional scales and global health status, worse for symptom scales
 * (EORTC scoring manual); for a scale we do not know, a change has no direction.
 */
export function changeDirection(
  scale: Pick<QlqC30Scale, 'kind'> | undefined,
  change: number,
): ChangeDirection {
  if (!scale || change === 0) return 'unknown';
  const isHigherBetter = scale.kind !== 'symptom';
  return change > 0 === isHigherBetter ? 'better' : 'worse';
}

/**
 * The series shown first: EORTC QLQ-C30 global health status when the case has it. The user
 * may add one more scale; without global health status the first series stands in.
 */
export function splitSeries(series: readonly PromSeries[]): {
  fixed: PromSeries | undefined;
  choices: PromSeries[];
} {
  const global = series.find((entry) => qlqC30ScaleOf(entry.instrument, entry.scale)?.id === 'QL');
  return {
    fixed: global,
    choices: series.filter((entry) => entry !== global),
  };
}

/**
 * A score or change for display: at most one decimal (QLQ-C30 scores are often thirds), in the
 * reader's locale, with a sign for changes ("+16.7", "−8").
 */
export function formatPoints(
  value: number,
  locale: string,
  { signed = false }: { signed?: boolean } = {},
): string {
  return new Intl.NumberFormat(locale, {
    maximumFractionDigits: 1,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(value);
}
