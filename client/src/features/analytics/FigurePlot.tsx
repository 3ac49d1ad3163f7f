import {
  type AxisDomain,
  Bar,
  BarChart,
  type BarShapeProps,
  CartesianGrid,
  LabelList,
  Rectangle,
  Text,
  XAxis,
  type XAxisTickContentProps,
  YAxis,
  type YAxisTickContentProps,
} from 'recharts';
import { type FigureModel, plottedSeries, type ValueKind } from './figureModel';
import { SeriesPattern } from './SeriesPattern';
import { seriesStyle } from './seriesStyles';

interface FigurePlotProps {
  figure: FigureModel;
  /** Prefix for the pattern ids, unique on the page. */
  idPrefix: string;
  formatValue: (value: number | null, kind: ValueKind) => string;
}

const BAR_SIZE = 14;
const ROW_GAP = 18;
const CATEGORY_AXIS_WIDTH = 220;
const TEXT_COLOUR = '#17222c';
const MUTED_COLOUR = '#4d5b67';
const GRID_COLOUR = '#d3dbe2';
const PERCENT_DOMAIN: AxisDomain = [0, 1];
const COUNT_DOMAIN: AxisDomain = [0, 'auto'];

/** Rows grow with their categories so bars and labels never squeeze; columns keep one height. */
function plotHeight(figure: FigureModel, plotted: number): number {
  if (figure.orientation === 'columns') return 300;
  return Math.max(140, figure.categories.length * (plotted * BAR_SIZE + ROW_GAP) + 48);
}

/**
 * One figure's bar chart. Every bar carries its value as a label and its series' pattern, so the
 * plot can be read without colour and without hovering; there is no tooltip to find.
 */
export function FigurePlot({ figure, idPrefix, formatValue }: FigurePlotProps) {
  const plotted = plottedSeries(figure);
  const valueKind = plotted[0]?.series.valueKind ?? 'count';
  const isRows = figure.orientation === 'rows';
  const data = figure.categories.map((category) => {
    const row: Record<string, string | number | null> = {
      category: category.axisLabel ?? category.label,
    };
    for (const { index } of plotted) row[`v${index}`] = category.values[index] ?? null;
    return row;
  });
  const formatTick = (value: number) => formatValue(value, valueKind);
  const valueAxis = {
    type: 'number' as const,
    tickFormatter: formatTick,
    allowDecimals: valueKind !== 'count',
    // Shares always on the whole 0–100 % scale, so a small rate never looks large.
    domain: valueKind === 'percent' ? PERCENT_DOMAIN : COUNT_DOMAIN,
    tick: { fill: MUTED_COLOUR, fontSize: 12 },
    stroke: GRID_COLOUR,
  };
  const categoryAxis = { type: 'category' as const, dataKey: 'category', stroke: GRID_COLOUR };

  return (
    <BarChart
      className="figure-plot"
      responsive
      accessibilityLayer={false}
      style={{ width: '100%', height: plotHeight(figure, plotted.length) }}
      data={data}
      layout={isRows ? 'vertical' : 'horizontal'}
      margin={{ top: 20, right: 64, bottom: 4, left: 4 }}
      barGap={2}
      barCategoryGap={isRows ? 8 : '20%'}
    >
      <defs>
        {plotted.map(({ index }, position) => (
          <SeriesPattern key={index} id={`${idPrefix}-s${index}`} style={seriesStyle(position)} />
        ))}
      </defs>
      <CartesianGrid stroke={GRID_COLOUR} horizontal={!isRows} vertical={isRows} />
      {isRows ? (
        <>
          <XAxis {...valueAxis} />
          <YAxis {...categoryAxis} width={CATEGORY_AXIS_WIDTH} tick={RowTick} interval={0} />
        </>
      ) : (
        <>
          <XAxis {...categoryAxis} tick={ColumnTick} interval={0} height={40} />
          <YAxis {...valueAxis} width={72} />
        </>
      )}
      {plotted.map(({ series, index }, position) => (
        <Bar
          key={series.key}
          dataKey={`v${index}`}
          name={series.label}
          fill={`url(#${idPrefix}-s${index})`}
          stroke={seriesStyle(position).colour}
          strokeWidth={1}
          barSize={BAR_SIZE}
          shape={ZeroKeepingBar}
          isAnimationActive={false}
        >
          <LabelList
            dataKey={`v${index}`}
            position={isRows ? 'right' : 'top'}
            fill={TEXT_COLOUR}
            fontSize={12}
            formatter={(value) =>
              typeof value === 'number' ? formatValue(value, series.valueKind) : ''
            }
          />
        </Bar>
      ))}
    </BarChart>
  );
}

/**
 * The default shape drops bars of zero length, and their value labels with them; a "0" has to
 * stay readable (no deferrals is an answer, not a gap), so every bar goes through this shape.
 */
function ZeroKeepingBar(props: BarShapeProps) {
  return <Rectangle {...props} />;
}

/** Board titles can be long: up to two lines, then an ellipsis (the table has them in full). */
function RowTick({ x, y, payload }: YAxisTickContentProps) {
  return (
    <Text
      x={Number(x) - 6}
      y={y}
      width={CATEGORY_AXIS_WIDTH - 12}
      maxLines={2}
      textAnchor="end"
      verticalAnchor="middle"
      fill={TEXT_COLOUR}
      fontSize={12}
    >
      {String(payload.value)}
    </Text>
  );
}

function ColumnTick({ x, y, payload }: XAxisTickContentProps) {
  return (
    <Text
      x={x}
      y={Number(y) + 4}
      textAnchor="middle"
      verticalAnchor="start"
      fill={TEXT_COLOUR}
      fontSize={12}
    >
      {String(payload.value)}
    </Text>
  );
}
