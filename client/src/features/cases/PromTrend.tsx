import type { CaseDetail, QlqC30Scale } from '@konsil/shared';
import type { TFunction } from 'i18next';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contentKeys } from '../../lib/contentKeys';
import { formatCalendarDate } from '../../lib/time';
import {
  type ChartBox,
  changeDirection,
  formatPoints,
  groupProms,
  type MarkedPoint,
  MEANINGFUL_CHANGE_POINTS,
  markMeaningfulChanges,
  type PromSeries,
  plotSeries,
  qlqC30ScaleOf,
  splitSeries,
} from './promChart';

const BOX: ChartBox = {
  width: 280,
  height: 120,
  padding: { top: 14, right: 16, bottom: 22, left: 30 },
};

/**
 * The case's PROM trend: EORTC QLQ-C30 global health status, plus one more scale the user
 * chooses from those the case has. Loaded on demand, so the case card's first paint does not
 * wait for it.
 */
export function PromTrend({ proms }: { proms: CaseDetail['proms'] }) {
  const { t } = useTranslation('clinical');
  const selectId = useId();
  const { fixed, choices } = useMemo(() => splitSeries(groupProms(proms)), [proms]);
  const [chosenKey, setChosenKey] = useState('');
  const chosen =
    choices.find((entry) => entry.key === chosenKey) ?? (fixed ? undefined : choices[0]);
  const shown = [fixed, chosen].filter((entry): entry is PromSeries => entry !== undefined);
  const hasChoice = fixed ? choices.length > 0 : choices.length > 1;
  return (
    <div className="prom-trends-wrap" data-testid="prom-trends">
      {hasChoice && (
        <div className="field prom-trends__choice">
          <label className="field__label" htmlFor={selectId}>
            {fixed ? t('proms.alsoShow') : t('proms.scale')}
          </label>
          <select
            id={selectId}
            className="field__control"
            value={chosen?.key ?? ''}
            data-testid="prom-scale"
            onChange={(event) => setChosenKey(event.target.value)}
          >
            {fixed && <option value="">{t('proms.noSecondScale')}</option>}
            {choices.map((entry) => (
              <option key={entry.key} value={entry.key}>
                {scaleName(entry, t)} · {entry.instrument}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="prom-trends">
        {shown.map((entry) => (
          <SeriesFigure key={entry.key} entry={entry} />
        ))}
      </div>
      <p className="field__hint">{t('proms.legend', { threshold: MEANINGFUL_CHANGE_POINTS })}</p>
    </div>
  );
}

/** A series' display name: the translated QLQ-C30 scale name, or the name as entered. */
function scaleName(entry: PromSeries, t: TFunction<'clinical'>): string {
  const scale = qlqC30ScaleOf(entry.instrument, entry.scale);
  return scale ? t(`proms.scales.${scale.id}`) : entry.scale;
}

interface Marker {
  symbol: '▲' | '▼';
  /** Shown next to the symbol, e.g. "+17 (≥ 10 points), better". */
  text: string;
  /** The whole statement for screen readers, with the date. */
  label: string;
}

function useMarker(scale: QlqC30Scale | undefined): (point: MarkedPoint) => Marker | null {
  const { t, i18n } = useTranslation('clinical');
  return (point) => {
    if (!point.isMeaningfulChange || point.change === null) return null;
    const values = {
      change: formatPoints(point.change, i18n.language, { signed: true }),
      threshold: MEANINGFUL_CHANGE_POINTS,
      date: formatCalendarDate(point.date, i18n.language),
    };
    const direction = changeDirection(scale, point.change);
    return {
      symbol: point.change > 0 ? '▲' : '▼',
      text: t(`proms.marker.${direction}`, values),
      label: t(`proms.markerLabel.${direction}`, values),
    };
  };
}

/** One line chart (0–100 over time) with its marked changes, and the numbers as a table. */
function SeriesFigure({ entry }: { entry: PromSeries }) {
  const { t, i18n } = useTranslation('clinical');
  const scale = qlqC30ScaleOf(entry.instrument, entry.scale);
  const markerOf = useMarker(scale);
  const name = scaleName(entry, t);
  const plotted = plotSeries(entry.points, BOX);
  const marked = markMeaningfulChanges(entry.points);
  const markers = marked.map(markerOf);
  const first = entry.points[0];
  const last = entry.points[entry.points.length - 1];
  const rowKeys = contentKeys(entry.points, (point) => `${point.date}:${point.score}`);
  const score = (value: number) => formatPoints(value, i18n.language);
  return (
    <figure className="prom-trend" data-testid="prom-trend">
      <figcaption className="prom-trend__title">
        <span>{name}</span> <span className="cell-meta">{entry.instrument}</span>
      </figcaption>
      <div className="prom-trend__body">
        <svg
          className="prom-trend__chart"
          viewBox={`0 0 ${BOX.width} ${BOX.height}`}
          aria-hidden="true"
          focusable="false"
        >
          {plotted.yTicks.map((tick) => (
            <g key={tick.value}>
              <line
                className="prom-trend__grid"
                x1={BOX.padding.left}
                x2={BOX.width - BOX.padding.right}
                y1={tick.y}
                y2={tick.y}
              />
              <text
                className="prom-trend__axis"
                x={BOX.padding.left - 6}
                y={tick.y + 4}
                textAnchor="end"
              >
                {tick.value}
              </text>
            </g>
          ))}
          <path className="prom-trend__line" d={plotted.path} />
          {plotted.points.map((point, index) => {
            const marker = markers[index];
            const key = `${point.date}-${point.x}-${point.score}`;
            if (!marker) {
              return (
                <circle key={key} className="prom-trend__point" cx={point.x} cy={point.y} r={3.5} />
              );
            }
            const isUp = marker.symbol === '▲';
            return (
              <g key={key} className="prom-trend__marker" data-testid="prom-marker">
                <path d={trianglePath(point.x, point.y, isUp)} />
                <text x={point.x} y={labelY(point.y, isUp)} textAnchor="middle">
                  {formatPoints(marked[index]?.change ?? 0, i18n.language, { signed: true })}
                </text>
              </g>
            );
          })}
          {first && (
            <text className="prom-trend__axis" x={BOX.padding.left} y={BOX.height - 5}>
              {formatCalendarDate(first.date, i18n.language)}
            </text>
          )}
          {last && last !== first && (
            <text
              className="prom-trend__axis"
              x={BOX.width - BOX.padding.right}
              y={BOX.height - 5}
              textAnchor="end"
            >
              {formatCalendarDate(last.date, i18n.language)}
            </text>
          )}
        </svg>
        {last && (
          <p className="prom-trend__latest">
            <span className="prom-trend__score">{score(last.score)}</span>
            <span className="cell-meta">{t('caseCard.promLatest')}</span>
          </p>
        )}
      </div>
      {markers.some(Boolean) && (
        <ul className="prom-trend__changes">
          {markers.map((marker, index) =>
            marker ? (
              <li key={rowKeys[index]}>
                <MarkerText marker={marker} />{' '}
                <span className="cell-meta" aria-hidden="true">
                  {formatCalendarDate(marked[index]?.date ?? '', i18n.language)}
                </span>
              </li>
            ) : null,
          )}
        </ul>
      )}
      <table className="visually-hidden">
        <caption>{`${name} · ${entry.instrument}`}</caption>
        <thead>
          <tr>
            <th scope="col">{t('caseForm.promDate')}</th>
            <th scope="col">{t('caseForm.promScore')}</th>
            <th scope="col">{t('proms.change')}</th>
          </tr>
        </thead>
        <tbody>
          {entry.points.map((point, index) => {
            const marker = markers[index];
            return (
              <tr key={rowKeys[index]}>
                <td>{formatCalendarDate(point.date, i18n.language)}</td>
                <td>{score(point.score)}</td>
                <td>{marker ? <MarkerText marker={marker} /> : null}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}

/** Symbol and short text for the eye, the full sentence for screen readers. */
function MarkerText({ marker }: { marker: Marker }) {
  return (
    <span className="prom-trend__change" data-testid="prom-change">
      <span aria-hidden="true">
        {marker.symbol} {marker.text}
      </span>
      <span className="visually-hidden">{marker.label}</span>
    </span>
  );
}

/** An equilateral-ish triangle centred on the point, pointing the way the score moved. */
function trianglePath(x: number, y: number, isUp: boolean): string {
  const half = 6;
  const tip = isUp ? y - 6.5 : y + 6.5;
  const base = isUp ? y + 4.5 : y - 4.5;
  return `M${x} ${tip} L${x + half} ${base} L${x - half} ${base} Z`;
}

/** The change's figure above an upward marker and below a downward one, unless that leaves the plot. */
function labelY(y: number, isUp: boolean): number {
  const above = y - 10;
  const below = y + 17;
  const fitsAbove = above >= BOX.padding.top - 4;
  const fitsBelow = below <= BOX.height - BOX.padding.bottom + 4;
  if (isUp) return fitsAbove ? above : below;
  return fitsBelow ? below : above;
}
