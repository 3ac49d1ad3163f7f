import type { RecommendationContent } from '@konsil/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../lib/time';

interface RecommendationFactsProps {
  content: RecommendationContent;
  /** The list's class: the live panel and the minutes lay the facts out differently. */
  className: string;
  /** How the reason for departing from the guideline reads beside "No". */
  renderReason: (reason: string) => ReactNode;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="recommendation-fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * The structured part of a recommendation, only what was filled in — the
 * same facts on the live board and in the minutes.
 */
export function RecommendationFacts({
  content,
  className,
  renderReason,
}: RecommendationFactsProps) {
  const { t, i18n } = useTranslation('clinical');
  const concordance =
    content.isGuidelineConcordant === null
      ? 'unknown'
      : content.isGuidelineConcordant
        ? 'yes'
        : 'no';
  return (
    <dl className={className}>
      {content.intent && (
        <Fact label={t('decision.recommendation.intent')}>
          {t(`decision.intent.${content.intent}`)}
        </Fact>
      )}
      {content.modalities.length > 0 && (
        <Fact label={t('decision.recommendation.modalities')}>
          {content.modalities.map((modality) => t(`decision.modality.${modality}`)).join(', ')}
        </Fact>
      )}
      {content.guideline && (
        <Fact label={t('decision.recommendation.guidelineBody')}>
          {t(`decision.guideline.${content.guideline.body}`)} · {content.guideline.name} ·{' '}
          {content.guideline.version}
        </Fact>
      )}
      <Fact label={t('decision.recommendation.concordance')}>
        {t(`decision.concordance.${concordance}`)}
        {content.isGuidelineConcordant === false &&
          content.nonConcordanceReason &&
          renderReason(content.nonConcordanceReason)}
      </Fact>
      {content.trialRegistryId && (
        <Fact label={t('decision.recommendation.trialRegistryId')}>
          <code>{content.trialRegistryId}</code>
        </Fact>
      )}
      {content.followUpOn && (
        <Fact label={t('decision.recommendation.followUpOn')}>
          {formatCalendarDate(content.followUpOn, i18n.language)}
        </Fact>
      )}
      {content.rePresent && (
        <Fact label={t('decision.recommendation.rePresentShort')}>{t('decision.yes')}</Fact>
      )}
    </dl>
  );
}
