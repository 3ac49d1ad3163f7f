/**
 * Each series is told apart by its fill pattern as well as its colour, so the plots read in
 * greyscale print, under colour-vision deficiencies and on a poor projector. Colours are dark
 * enough (≥ 3:1 against white) for bar outlines and pattern strokes.
 */
export type PatternKind = 'solid' | 'diagonal' | 'dots' | 'crosshatch' | 'horizontal' | 'vertical';

const PATTERNS: readonly PatternKind[] = [
  'solid',
  'diagonal',
  'dots',
  'crosshatch',
  'horizontal',
  'vertical',
];
const COLOURS = ['#1d5b75', '#a14a14', '#5a4b9a', '#2e6b43', '#8f3457', '#5f5f1a'] as const;

export interface SeriesStyle {
  pattern: PatternKind;
  colour: string;
}

/** The style of the n-th plotted series; past six, colours and patterns pair up differently. */
export function seriesStyle(position: number): SeriesStyle {
  const pattern = PATTERNS[position % PATTERNS.length] ?? 'solid';
  const round = Math.floor(position / PATTERNS.length);
  const colour = COLOURS[(position + round) % COLOURS.length] ?? COLOURS[0];
  return { pattern, colour };
}
