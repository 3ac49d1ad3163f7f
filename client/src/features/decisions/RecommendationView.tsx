import type { Recommendation } from '@konsil/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  calendarDay,
  formatCalendarDate,
  formatDate,
  formatTime,
  viewerTimeZone,
} from '../../lib/time';

interface RecommendationViewProps {
  recommendation: Recommendation | null;
  /** `recommendation-view` for the saved recommendation; another id where it is shown beside a form. */
  testId?: string;
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="decision-facts__item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Who saved which version when, in the viewer's own time zone. */
export function VersionLine({ recommendation }: { recommendation: Recommendation }) {
  const { t, i18n } = useTranslation('clinical');
  const zone = viewerTimeZone();
  const { updatedAt } = recommendation;
  const clock = formatTime(updatedAt, i18n.language, zone);
  // A board looked at again later: the time alone would not say which day.
  const time =
    calendarDay(updatedAt, zone) === calendarDay(new Date(), zone)
      ? clock
      : `${formatDate(updatedAt, i18n.language, zone)} ${clock}`;
  const { version, updatedBy } = recommendation;
  return (
    <p className="decision-version muted">
      {updatedBy
        ? t('decision.recommendation.savedBy', { version, name: updatedBy.name, time })
        : t('decision.recommendation.savedAt', { version, time })}
    </p>
  );
}

/** The recommendation as the minutes will read it; only what was filled in is listed. */
export function RecommendationView({
  recommendation,
  testId = 'recommendation-view',
}: RecommendationViewProps) {
  const { t, i18n } = useTranslation('clinical');
  if (!recommendation) {
    return (
      <p className="muted" data-testid={testId}>
        {t('decision.recommendation.none')}
      </p>
    );
  }
  const { content } = recommendation;
  const concordance =
    content.isGuidelineConcordant === null
      ? 'unknown'
      : content.isGuidelineConcordant
        ? 'yes'
        : 'no';
  return (
    <div className="decision-view" data-testid={testId}>
      <p className="decision-view__text">
        {content.decisionText || (
          <span className="muted">{t('decision.recommendation.noText')}</span>
        )}
      </p>
      <dl className="decision-facts">
        {content.intent && (
          <Item label={t('decision.recommendation.intent')}>
            {t(`decision.intent.${content.intent}`)}
          </Item>
        )}
        {content.modalities.length > 0 && (
          <Item label={t('decision.recommendation.modalities')}>
            {content.modalities.map((modality) => t(`decision.modality.${modality}`)).join(', ')}
          </Item>
        )}
        {content.guideline && (
          <Item label={t('decision.recommendation.guidelineBody')}>
            {t(`decision.guideline.${content.guideline.body}`)} · {content.guideline.name} ·{' '}
            {content.guideline.version}
          </Item>
        )}
        <Item label={t('decision.recommendation.concordance')}>
          {t(`decision.concordance.${concordance}`)}
          {content.isGuidelineConcordant === false && (
            <span className="decision-view__reason">{content.nonConcordanceReason}</span>
          )}
        </Item>
        {content.trialRegistryId && (
          <Item label={t('decision.recommendation.trialRegistryId')}>
            <code>{content.trialRegistryId}</code>
          </Item>
        )}
        {content.followUpOn && (
          <Item label={t('decision.recommendation.followUpOn')}>
            {formatCalendarDate(content.followUpOn, i18n.language)}
          </Item>
        )}
        {content.rePresent && (
          <Item label={t('decision.recommendation.rePresentShort')}>{t('decision.yes')}</Item>
        )}
      </dl>
      <VersionLine recommendation={recommendation} />
    </div>
  );
}
