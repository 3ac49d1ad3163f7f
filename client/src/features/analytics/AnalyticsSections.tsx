import type { AnalyticsFigure, AnalyticsFigures } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { AnalyticsFigureView } from './AnalyticsFigureView';
import { type AnalyticsFilterValues, figureCsvPath } from './analyticsFilters';
import { ANALYTICS_SECTIONS } from './analyticsSections';
import { FIGURE_BUILDERS } from './figures';
import { formatValue } from './formatValues';
import { useFigureLabels } from './useFigureLabels';

interface AnalyticsSectionsProps {
  figures: AnalyticsFigures;
  filters: AnalyticsFilterValues;
}

/** A contents list, then one section per question with its figures. */
export function AnalyticsSections({ figures, filters }: AnalyticsSectionsProps) {
  const { t } = useTranslation('analytics');
  const labels = useFigureLabels();
  const notes = useFigureNotes(figures);

  return (
    <>
      <nav className="analytics-contents" aria-label={t('contents')}>
        <ul>
          {ANALYTICS_SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`#analytics-${section.id}`}>{t(`sections.${section.id}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {ANALYTICS_SECTIONS.map((section) => (
        <section
          key={section.id}
          id={`analytics-${section.id}`}
          className="card analytics-section"
          aria-labelledby={`analytics-${section.id}-title`}
        >
          <h2 id={`analytics-${section.id}-title`}>{t(`sections.${section.id}`)}</h2>
          {section.figures.map((figure: AnalyticsFigure) => (
            <AnalyticsFigureView
              key={figure}
              figure={FIGURE_BUILDERS[figure](figures, labels)}
              title={t(`figures.${figure}.title`)}
              caption={t(`figures.${figure}.caption`)}
              note={notes[figure]}
              csvHref={figureCsvPath(figure, filters)}
              hasHeading={section.figures.length > 1}
            />
          ))}
        </section>
      ))}
    </>
  );
}

/** Key numbers some figures state in words above the plot. */
function useFigureNotes(figures: AnalyticsFigures): Partial<Record<AnalyticsFigure, string>> {
  const { t, i18n } = useTranslation('analytics');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const count = (value: number) => formatValue(value, 'count', locale);
  const days = (value: number | null) => formatValue(value, 'days', locale);
  const { total } = figures.guidelineConcordance;
  const { median, lowerQuartile, upperQuartile } = figures.daysToDecision;
  return {
    guidelineConcordance:
      total.rate === null
        ? t('figures.guidelineConcordance.overallNone')
        : t('figures.guidelineConcordance.overall', {
            rate: formatValue(total.rate, 'percent', locale),
            concordant: count(total.concordant),
            assessed: count(total.assessed),
            decided: count(total.decided),
          }),
    daysToDecision:
      median === null
        ? undefined
        : t('figures.daysToDecision.median', {
            median: days(median),
            lower: days(lowerQuartile),
            upper: days(upperQuartile),
          }),
  };
}
