import { type CaseDecision, isClosedCaseStatus } from '@konsil/shared';
import { createElement, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { AgreementTally } from './AgreementTally';
import { CaseHistory } from './CaseHistory';
import { CloseCaseForm } from './CloseCaseForm';
import { PositionPicker } from './PositionPicker';
import { outdatedOwnPosition, ownPosition } from './positionGroups';
import { RecommendationForm } from './RecommendationForm';
import { RecommendationView } from './RecommendationView';
import { ReopenCaseForm } from './ReopenCaseForm';
import { RestatePrompt } from './RestatePrompt';
import type { RecommendationDrafts } from './recommendationEditor';
import { type DecisionChange, useCaseDecision } from './useCaseDecision';
import '../../styles/decisions.css';

interface DecisionPanelProps {
  boardId: string;
  caseId: string;
  /** The latest `decision:changed` from the live room; this case's decision refetches on it. */
  change: DecisionChange | null;
  /** The level of the panel's heading in the page around it; its parts use the next level. */
  headingLevel?: 2 | 3;
  /** An id for in-page links to the panel (the live board links to it from its banner). */
  anchorId?: string;
  /** Unsaved recommendation forms of cases not shown right now (see RecommendationDrafts). */
  drafts?: RecommendationDrafts;
}

/**
 * "Decide" for one case: the board's recommendation, where everyone stands on it, and how the
 * coordinator closed the case. What each viewer may do comes from the server's permissions.
 */
export function DecisionPanel(props: DecisionPanelProps) {
  const { boardId, caseId, change, headingLevel = 3 } = props;
  const { t } = useTranslation('clinical');
  const titleId = useId();
  const { state, reload, refresh, show } = useCaseDecision(boardId, caseId, change);

  return (
    <section
      id={props.anchorId}
      className="card decision"
      data-testid="decision-panel"
      aria-labelledby={titleId}
    >
      {createElement(
        `h${headingLevel}`,
        { id: titleId, className: 'decision__title' },
        t('decision.title'),
      )}
      {state.status === 'loading' && <LoadingState />}
      {state.status === 'error' && (
        <ErrorAlert error={state.error} title={t('decision.loadError')} onRetry={reload} />
      )}
      {state.status === 'success' && (
        <DecisionParts
          decision={state.data}
          level={headingLevel + 1}
          onDecision={show}
          onRefresh={refresh}
          drafts={props.drafts}
          anchorId={props.anchorId}
        />
      )}
    </section>
  );
}

interface DecisionPartsProps {
  decision: CaseDecision;
  level: number;
  onDecision: (decision: CaseDecision) => void;
  onRefresh: () => void;
  drafts?: RecommendationDrafts;
  anchorId?: string;
}

function DecisionParts(props: DecisionPartsProps) {
  const { decision, level, onDecision } = props;
  const { t } = useTranslation('clinical');
  const user = useCurrentUser();
  const { permissions, boardId, caseId } = decision;
  const own = ownPosition(decision.positions, user.id);
  const currentVersion = decision.recommendation?.version ?? null;
  // Their position judged an earlier wording: ask them, live, to state it again.
  const outdated = permissions.canStatePosition
    ? outdatedOwnPosition(decision.positions, user.id, currentVersion)
    : null;
  const isClosed = isClosedCaseStatus(decision.status);
  const positionId = props.anchorId ? `${props.anchorId}-position` : undefined;
  const heading = (text: string) =>
    createElement(`h${level}`, { className: 'decision__subtitle' }, text);

  return (
    <>
      <p className="decision__status" data-testid="decision-status" data-status={decision.status}>
        <span className="decision__status-label">{t('decision.statusLabel')}</span>
        <span className={`status status--case-${decision.status}`}>
          {t(`caseStatus.${decision.status}`)}
        </span>
        {decision.statusReason && (
          <span className="decision__status-reason">{decision.statusReason}</span>
        )}
      </p>
      {isClosed && (
        <p className="decision__locked" data-testid="decision-locked">
          {t('decision.locked')}
        </p>
      )}
      {outdated && currentVersion !== null && (
        <RestatePrompt
          stated={outdated}
          currentVersion={currentVersion}
          positionHref={positionId ? `#${positionId}` : undefined}
        />
      )}
      <div className="decision__part">
        {heading(t('decision.recommendation.title'))}
        {permissions.canEditRecommendation ? (
          <RecommendationForm
            boardId={boardId}
            caseId={caseId}
            recommendation={decision.recommendation}
            onSaved={onDecision}
            onRefresh={props.onRefresh}
            drafts={props.drafts}
          />
        ) : (
          <RecommendationView recommendation={decision.recommendation} />
        )}
      </div>
      <div className="decision__part" id={positionId}>
        {heading(t('decision.position.title'))}
        {!decision.recommendation && (
          <p className="muted" data-testid="position-needs-recommendation">
            {isClosed ? t('decision.position.none') : t('decision.position.needsRecommendation')}
          </p>
        )}
        {permissions.canStatePosition && decision.recommendation && (
          <PositionPicker
            recommendationVersion={decision.recommendation.version}
            key={own?.statedAt ?? 'none'}
            boardId={boardId}
            caseId={caseId}
            own={own}
            onStated={onDecision}
            onRefresh={props.onRefresh}
          />
        )}
        <AgreementTally decision={decision} viewerId={user.id} />
      </div>
      {permissions.canClose && (
        <div className="decision__part">
          {heading(t('decision.close.title'))}
          <CloseCaseForm boardId={boardId} caseId={caseId} onClosed={onDecision} />
        </div>
      )}
      {permissions.canReopen && (
        <div className="decision__part">
          <ReopenCaseForm boardId={boardId} caseId={caseId} onReopened={onDecision} />
        </div>
      )}
      {decision.history.length > 0 && (
        <div className="decision__part">
          {heading(t('decision.history.title'))}
          <CaseHistory history={decision.history} boardId={boardId} />
        </div>
      )}
    </>
  );
}
