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
import {
  BAR_SIZE,
  categoryAxisWidth,
  columnLabelWidth,
  plotHeight,
  VALUE_LABEL_ROOM,
} from './plotLayout';
import { SeriesPattern } from './SeriesPattern';
import { seriesStyle } from './seriesStyles';
import { useElementWidth } from './useElementWidth';

interface FigurePlotProps {
  figure: FigureModel;
  /** Prefix for the pattern ids, unique on the page. */
  idPrefix: string;
  formatValue: (value: number | null, kind: ValueKind) => string;
}

const TEXT_COLOUR = '#17222c';
const MUTED_COLOUR = '#4d5b67';
const GRID_COLOUR = '#d3dbe2';
const PERCENT_DOMAIN: AxisDomain = [0, 1];
const COUNT_DOMAIN: AxisDomain = [0, 'auto'];

/**
 * One figure's bar chart. Every bar carries its value as a label and its series' pattern, so the
 * plot can be read without colour and without hovering; there is no tooltip to find.
 */
export function FigurePlot({ figure, idPrefix, formatValue }: FigurePlotProps) {
  const [wrapperRef, width] = useElementWidth<HTMLDivElement>();
  const axisWidth = categoryAxisWidth(width);
  const labelWidth = columnLabelWidth(width, figure.categories.length);
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
    <div ref={wrapperRef} className="figure-plot">
      <BarChart
        responsive
        accessibilityLayer={false}
        style={{ width: '100%', height: plotHeight(figure, plotted.length) }}
        data={data}
        layout={isRows ? 'vertical' : 'horizontal'}
        margin={{ top: 20, right: VALUE_LABEL_ROOM, bottom: 4, left: 4 }}
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
            <YAxis
              {...categoryAxis}
              width={axisWidth}
              tick={(props: YAxisTickContentProps) => <RowTick {...props} labelWidth={axisWidth} />}
              interval={0}
            />
          </>
        ) : (
          <>
            <XAxis
              {...categoryAxis}
              tick={(props: XAxisTickContentProps) => (
                <ColumnTick {...props} labelWidth={labelWidth} />
              )}
              interval={0}
              height={44}
            />
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
    </div>
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
function RowTick({ x, y, payload, labelWidth }: YAxisTickContentProps & { labelWidth: number }) {
  return (
    <Text
      x={Number(x) - 6}
      y={y}
      width={labelWidth - 12}
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

/** Month and day-range labels wrap onto a second line where columns are narrow (phones). */
function ColumnTick({ x, y, payload, labelWidth }: XAxisTickContentProps & { labelWidth: number }) {
  return (
    <Text
      x={x}
      y={Number(y) + 4}
      width={labelWidth}
      maxLines={2}
      textAnchor="middle"
      verticalAnchor="start"
      fill={TEXT_COLOUR}
      fontSize={12}
    >
      {String(payload.value)}
    </Text>
  );
}
