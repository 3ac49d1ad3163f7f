import { useTranslation } from 'react-i18next';
import type { FigureLabels } from './figures';

/** The words of every figure in the viewer's language, from the analytics, clinical and main texts. */
export function useFigureLabels(): FigureLabels {
  const { t, i18n } = useTranslation('analytics');
  const { t: tc } = useTranslation('clinical');
  const { t: tm } = useTranslation();
  return {
    locale: i18n.resolvedLanguage ?? i18n.language,
    series: {
      discussed: t('series.discussed'),
      decided: t('series.decided'),
      notDiscussed: t('series.notDiscussed'),
      boards: t('series.boards'),
      allotted: t('series.allotted'),
      actual: t('series.actual'),
      cases: t('series.cases'),
      rate: t('series.rate'),
      concordant: t('series.concordant'),
      assessed: t('series.assessed'),
      outOf: t('series.outOf'),
      people: t('series.people'),
      attendances: t('series.attendances'),
    },
    headers: {
      board: t('headers.board'),
      month: t('headers.month'),
      intent: t('headers.intent'),
      modality: t('headers.modality'),
      outcome: t('headers.outcome'),
      daysToDecision: t('headers.daysToDecision'),
      institution: t('headers.institution'),
      specialty: t('headers.specialty'),
    },
    total: t('total'),
    intent: (intent) =>
      intent === 'not_stated'
        ? tc('decision.recommendation.notStated')
        : tc(`decision.intent.${intent}`),
    modality: (modality) => tc(`decision.modality.${modality}`),
    closingKind: (kind) => t(`closingKinds.${kind}`),
    bucket: (bucket) => t(`buckets.${bucket}`),
    specialty: (specialty) =>
      specialty === 'not_stated' ? tm('specialties.none') : tm(`specialties.${specialty}`),
  };
}
