import { type FigureModel, plottedSeries } from './figureModel';
import { SeriesSwatch } from './SeriesPattern';
import { seriesStyle } from './seriesStyles';

/** Names each plotted series next to its pattern; a single series is named by the axis. */
export function FigureLegend({
  figure,
  idPrefix,
  label,
}: {
  figure: FigureModel;
  idPrefix: string;
  label: string;
}) {
  const plotted = plottedSeries(figure);
  if (plotted.length < 2) return null;
  return (
    <ul className="figure-legend" aria-label={label}>
      {plotted.map(({ series, index }, position) => (
        <li key={series.key} className="figure-legend__item">
          <SeriesSwatch id={`${idPrefix}-legend-s${index}`} style={seriesStyle(position)} />
          {series.label}
        </li>
      ))}
    </ul>
  );
}
