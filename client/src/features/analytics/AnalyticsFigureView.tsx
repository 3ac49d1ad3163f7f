import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FigureLegend } from './FigureLegend';
import { FigurePlot } from './FigurePlot';
import { FigureTable } from './FigureTable';
import { type FigureModel, isFigureEmpty, plottedSeries, type ValueKind } from './figureModel';
import { formatValue } from './formatValues';
import { describeFigure } from './textAlternative';

interface AnalyticsFigureViewProps {
  figure: FigureModel;
  title: string;
  /** What the plot shows and how it is counted, under the plot. */
  caption: string;
  /** A key number above the plot (e.g. the median), when the figure has one. */
  note?: string;
  csvHref: string;
  /** In a section of several figures each has its own heading; alone, the section's is enough. */
  hasHeading: boolean;
}

/** One figure: its plot with a text alternative and caption, its table, and its CSV. */
export function AnalyticsFigureView(props: AnalyticsFigureViewProps) {
  const { figure, title } = props;
  const { t, i18n } = useTranslation('analytics');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  // React's ids are valid in url(#…) only without their punctuation.
  const idPrefix = `plot${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const summaryId = `${idPrefix}-summary`;
  const format = (value: number | null, kind: ValueKind) => formatValue(value, kind, locale);
  const isSingleSeries = plottedSeries(figure).length === 1;
  const summary = describeFigure(figure, {
    locale,
    // A lone count needs its noun ("3 cases"); several series name themselves ("Decided 3").
    formatValue: (value, kind) =>
      value !== null && kind === 'count' && isSingleSeries
        ? t('figure.cases', { count: value, value: format(value, kind) })
        : format(value, kind),
    describeRest: (count) => t('figure.moreInTable', { count }),
  });

  return (
    <div className="analytics-figure">
      {props.hasHeading && <h3 className="analytics-figure__title">{title}</h3>}
      {props.note && <p className="analytics-figure__note">{props.note}</p>}
      {isFigureEmpty(figure) ? (
        <p className="analytics-figure__empty">{t('figure.empty')}</p>
      ) : (
        <>
          <figure className="analytics-figure__figure">
            <div
              className="analytics-figure__plot"
              role="img"
              aria-label={title}
              aria-describedby={summaryId}
            >
              <FigurePlot figure={figure} idPrefix={idPrefix} formatValue={format} />
            </div>
            <FigureLegend figure={figure} idPrefix={idPrefix} label={t('figure.legend')} />
            <figcaption className="analytics-figure__caption">{props.caption}</figcaption>
          </figure>
          <p id={summaryId} className="visually-hidden">
            {summary}
          </p>
          <FigureTable
            figure={figure}
            caption={t('figure.tableCaption', { title })}
            formatValue={format}
          />
        </>
      )}
      <p className="analytics-figure__download">
        <a href={props.csvHref} download>
          {t('figure.downloadCsv', { title })}
        </a>
      </p>
    </div>
  );
}
