import type { Recommendation } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { viewerTimeZone } from '../../lib/time';
import { whenText } from './decisionTime';
import { RecommendationFacts } from './RecommendationFacts';

interface RecommendationViewProps {
  recommendation: Recommendation | null;
  /** `recommendation-view` for the saved recommendation; another id where it is shown beside a form. */
  testId?: string;
}

/** Who saved which version when, in the viewer's own time zone. */
export function VersionLine({ recommendation }: { recommendation: Recommendation }) {
  const { t, i18n } = useTranslation('clinical');
  const time = whenText(recommendation.updatedAt, i18n.language, viewerTimeZone());
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
  const { t } = useTranslation('clinical');
  if (!recommendation) {
    return (
      <p className="muted" data-testid={testId}>
        {t('decision.recommendation.none')}
      </p>
    );
  }
  const { content } = recommendation;
  return (
    <div className="decision-view" data-testid={testId}>
      <p className="decision-view__text">
        {content.decisionText || (
          <span className="muted">{t('decision.recommendation.noText')}</span>
        )}
      </p>
      <RecommendationFacts
        content={content}
        className="decision-facts"
        renderReason={(reason) => <span className="decision-view__reason">{reason}</span>}
      />
      <VersionLine recommendation={recommendation} />
    </div>
  );
}
