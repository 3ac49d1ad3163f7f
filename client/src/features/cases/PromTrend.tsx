import type { CaseDetail } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { contentKeys } from '../../lib/contentKeys';
import { formatCalendarDate } from '../../lib/time';
import { type ChartBox, groupProms, plotSeries } from './promChart';

const BOX: ChartBox = {
  width: 280,
  height: 120,
  padding: { top: 10, right: 12, bottom: 22, left: 30 },
};

/**
 * One small line chart per instrument and scale (0–100 over time). Loaded on demand, so the
 * case card's first paint does not wait for it. The numbers are also in a table for screen
 * readers, since a line alone says nothing to them.
 */
export function PromTrend({ proms }: { proms: CaseDetail['proms'] }) {
  const { t, i18n } = useTranslation('clinical');
  const series = groupProms(proms);
  return (
    <div className="prom-trends" data-testid="prom-trends">
      {series.map((entry) => {
        const plotted = plotSeries(entry.points, BOX);
        const first = entry.points[0];
        const last = entry.points[entry.points.length - 1];
        const title = `${entry.instrument} · ${entry.scale}`;
        const rowKeys = contentKeys(entry.points, (point) => `${point.date}:${point.score}`);
        return (
          <figure key={title} className="prom-trend">
            <figcaption className="prom-trend__title">
              <span>{entry.scale}</span>
              <span className="cell-meta">{entry.instrument}</span>
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
                {plotted.points.map((point) => (
                  <circle
                    key={`${point.date}-${point.x}-${point.score}`}
                    className="prom-trend__point"
                    cx={point.x}
                    cy={point.y}
                    r={3.5}
                  />
                ))}
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
                  <span className="prom-trend__score">{last.score}</span>
                  <span className="cell-meta">{t('caseCard.promLatest')}</span>
                </p>
              )}
            </div>
            <table className="visually-hidden">
              <caption>{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('caseForm.promDate')}</th>
                  <th scope="col">{t('caseForm.promScore')}</th>
                </tr>
              </thead>
              <tbody>
                {entry.points.map((point, index) => (
                  <tr key={rowKeys[index]}>
                    <td>{formatCalendarDate(point.date, i18n.language)}</td>
                    <td>{point.score}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </figure>
        );
      })}
    </div>
  );
}
