import type { SeriesStyle } from './seriesStyles';

const SIZE = 8;

/**
 * An SVG <pattern> filling a series' bars (and its legend swatch): a light tint of the series
 * colour with strokes or dots in the colour itself. Presentation attributes, not style
 * attributes, so the strict style policy is satisfied.
 */
export function SeriesPattern({ id, style }: { id: string; style: SeriesStyle }) {
  const { pattern, colour } = style;
  return (
    <pattern
      id={id}
      patternUnits="userSpaceOnUse"
      width={SIZE}
      height={SIZE}
      patternTransform={pattern === 'diagonal' ? 'rotate(45)' : undefined}
    >
      <rect width={SIZE} height={SIZE} fill={pattern === 'solid' ? colour : '#ffffff'} />
      {pattern !== 'solid' && <rect width={SIZE} height={SIZE} fill={colour} fillOpacity={0.14} />}
      {(pattern === 'diagonal' || pattern === 'vertical' || pattern === 'crosshatch') && (
        <line x1={2} y1={0} x2={2} y2={SIZE} stroke={colour} strokeWidth={2.5} />
      )}
      {(pattern === 'horizontal' || pattern === 'crosshatch') && (
        <line x1={0} y1={2} x2={SIZE} y2={2} stroke={colour} strokeWidth={2.5} />
      )}
      {pattern === 'dots' && <circle cx={4} cy={4} r={2} fill={colour} />}
    </pattern>
  );
}

/** A legend swatch: its own tiny SVG with its own pattern, so it draws before the plot does. */
export function SeriesSwatch({ id, style }: { id: string; style: SeriesStyle }) {
  return (
    <svg
      className="figure-legend__swatch"
      width="18"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        <SeriesPattern id={id} style={style} />
      </defs>
      <rect x="0.5" y="0.5" width="17" height="13" fill={`url(#${id})`} stroke={style.colour} />
    </svg>
  );
}
