import type { Recommendation } from '@konsil/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/LoadingState';
import { RecommendationView } from './RecommendationView';

interface RecommendationConflictProps {
  /** The newer saved version; null while it is being fetched after the refusal. */
  newer: Recommendation | null;
  onTakeTheirs: () => void;
}

/**
 * Beside the viewer's form after a refused save: the version someone else saved meanwhile,
 * read-only, so the two can be compared before either is kept.
 */
export function RecommendationConflict({ newer, onTakeTheirs }: RecommendationConflictProps) {
  const { t } = useTranslation('clinical');
  const titleId = useId();
  return (
    <section
      className="decision-conflict"
      data-testid="recommendation-conflict"
      aria-labelledby={titleId}
    >
      <p id={titleId} className="decision-conflict__title">
        {t('decision.recommendation.conflictTitle')}
      </p>
      {newer ? (
        <>
          <p role="alert">
            {t('decision.recommendation.conflict', {
              name: newer.updatedBy?.name ?? t('decision.someone'),
              version: newer.version,
            })}
          </p>
          <p className="decision-conflict__label">
            {t('decision.recommendation.theirs', { version: newer.version })}
          </p>
          <RecommendationView recommendation={newer} testId="recommendation-theirs" />
          <button type="button" className="button button--secondary" onClick={onTakeTheirs}>
            {t('decision.recommendation.takeTheirs')}
          </button>
        </>
      ) : (
        <LoadingState label={t('decision.recommendation.conflictLoading')} />
      )}
    </section>
  );
}
