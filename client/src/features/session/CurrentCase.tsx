import type { BoardDetail, BoardStatus, CaseSummary } from '@konsil/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useApiQuery } from '../../lib/useApiQuery';
import { CaseCard } from '../cases/CaseCard';
import { fetchCase } from '../cases/casesApi';
import { DecisionPanel } from '../decisions/DecisionPanel';
import type { RecommendationDrafts } from '../decisions/recommendationEditor';
import type { DecisionChange } from '../decisions/useCaseDecision';
import { CaseNotes } from '../notes/CaseNotes';
import { type LiveCase, visibleCaseId, withAgendaStatus } from './liveState';

const LIVE_NOTES_ANCHOR = 'live-case-notes';
const LIVE_DECISION_ANCHOR = 'live-case-decision';

interface CurrentCaseProps {
  board: BoardDetail;
  status: BoardStatus;
  /** The case the board discusses, as this viewer may see it. */
  liveCase: LiveCase;
  /** A case this viewer opened from the agenda while the board discusses another. */
  browsingCaseId: string | null;
  onReturn: () => void;
  /** The chair's "next case", when there is one. */
  nextCase: CaseSummary | null;
  isBusy: boolean;
  onNext: (caseId: string) => void;
  /** The latest `decision:changed` from the room, for the decision panel of the case shown. */
  decisionChange: DecisionChange | null;
  /** Counts the rejoins after a lost connection: what was shown is fetched again then. */
  resyncSerial: number;
}

interface LiveCaseCardProps {
  boardId: string;
  caseId: string;
  /** The case as the agenda has it: refetched on every agenda change, so it learns of an outcome. */
  agendaEntry: CaseSummary;
  /** While the board is live or ended: what the board recommends, and who agrees. */
  hasDecision: boolean;
  decisionChange: DecisionChange | null;
  resyncSerial: number;
  drafts: RecommendationDrafts;
}

/**
 * One case, fetched over REST (so consent filtering and auditing apply), as a compact card with
 * its notes and its decision. Keyed by case, so both follow when the chair moves the board on.
 */
function LiveCaseCard(props: LiveCaseCardProps) {
  const { boardId, caseId } = props;
  const { t } = useTranslation('clinical');
  const api = useApi();
  const { state, reload, refresh } = useApiQuery(`live-case:${boardId}:${caseId}`, (signal) =>
    fetchCase(api, boardId, caseId, signal),
  );
  // Back after a lost connection: the case may have changed meanwhile, and a load that failed
  // while offline ("cannot reach the server") should not outlive the outage.
  const seenResync = useRef(props.resyncSerial);
  useEffect(() => {
    if (props.resyncSerial === seenResync.current) return;
    seenResync.current = props.resyncSerial;
    refresh();
  }, [props.resyncSerial, refresh]);
  // The case changed since the card was loaded (closed, reopened, edited): load it again.
  const loadedVersion = state.status === 'success' ? state.data.version : null;
  const agendaVersion = props.agendaEntry.version;
  useEffect(() => {
    if (loadedVersion !== null && agendaVersion > loadedVersion) refresh();
  }, [loadedVersion, agendaVersion, refresh]);
  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'error') {
    if (state.error.id === 'not_found') return <NoLongerAvailable />;
    return <ErrorAlert error={state.error} title={t('live.case.loadError')} onRetry={reload} />;
  }
  return (
    <>
      {/* Until the card is loaded again, its status chip follows the agenda at once. */}
      <CaseCard item={withAgendaStatus(state.data, props.agendaEntry)} compactLevel={3} />
      <CaseNotes caseId={state.data.id} headingLevel={3} anchorId={LIVE_NOTES_ANCHOR} />
      {props.hasDecision && (
        <DecisionPanel
          boardId={boardId}
          caseId={state.data.id}
          change={props.decisionChange}
          anchorId={LIVE_DECISION_ANCHOR}
          drafts={props.drafts}
        />
      )}
    </>
  );
}

/**
 * In place of a case withheld from this viewer: a neutral panel that names nothing about it — no
 * pseudonym, notes, timer or place on the agenda.
 */
function NotShared() {
  const { t } = useTranslation('clinical');
  return (
    <div className="card live-not-shared" data-testid="case-not-shared">
      <p className="live-not-shared__title">{t('live.case.notShared')}</p>
      <p className="muted">{t('live.case.notSharedDetail')}</p>
    </div>
  );
}

/** A case this viewer opened that the server no longer lets them read (consent withdrawn). */
function NoLongerAvailable() {
  const { t } = useTranslation('clinical');
  return (
    <div className="card live-not-shared" data-testid="case-unavailable">
      <p className="live-not-shared__title">{t('live.case.unavailable')}</p>
    </div>
  );
}

/**
 * "Now discussing": the case the chair moved everyone to. A viewer who looks at another case
 * from the agenda sees it with a way back, and the live case stays named above it.
 */
export function CurrentCase(props: CurrentCaseProps) {
  const { t } = useTranslation('clinical');
  const { board, status } = props;
  // Outlives each case's card: an unsaved recommendation survives the chair moving on.
  const [decisionDrafts] = useState<RecommendationDrafts>(() => new Map());
  const currentCaseId = visibleCaseId(props.liveCase);
  const isHidden = status === 'live' && props.liveCase.kind === 'hidden';
  const position = board.cases.findIndex((item) => item.id === currentCaseId);
  const current = position === -1 ? null : (board.cases[position] ?? null);
  // Only cases of the viewer's own agenda are ever rendered: a withheld one has no id here.
  const shownCaseId = props.browsingCaseId ?? (status === 'live' ? currentCaseId : null);
  const shown = board.cases.find((item) => item.id === shownCaseId) ?? null;

  let headline: string;
  if (status === 'scheduled') headline = t('live.case.lobby');
  else if (status === 'ended') headline = t('live.case.ended');
  else if (isHidden) headline = t('live.case.notSharedName');
  else headline = current?.pseudonym ?? t('live.case.none');
  const isCaseHeadline = status === 'live' && current !== null;
  let followText: string;
  if (status === 'live' && isHidden) followText = t('live.case.liveIsHidden');
  else if (status === 'live' && current)
    followText = t('live.case.liveIs', { case: current.pseudonym });
  else followText = t('live.case.browsing', { case: shown?.pseudonym ?? '' });

  return (
    <section className="live-case" aria-labelledby="live-case-title">
      <div className="card live-case__stage">
        <h2 id="live-case-title" className="live-case__title">
          {t('live.case.title')}
        </h2>
        {/* Announced whenever the chair moves the board to another case. */}
        <div aria-live="polite" aria-atomic="true">
          <p
            className={isCaseHeadline ? 'live-case__name' : 'live-case__message'}
            data-testid="current-case"
            data-case-id={currentCaseId ?? ''}
            data-hidden={isHidden}
          >
            {headline}
          </p>
        </div>
        {status === 'live' && current && (
          <p className="live-case__meta">
            {t('live.case.position', { position: position + 1, total: board.cases.length })}
            <span aria-hidden="true"> · </span>
            <span className="code-badge">{current.homeInstitution.code}</span>
            {current.presenter && (
              <>
                <span aria-hidden="true"> · </span>
                {t('live.case.presenter', { name: current.presenter.name })}
              </>
            )}
            <span aria-hidden="true"> · </span>
            {/* A full case card pushes the notes far down; the notes are what people write in. */}
            <a href={`#${LIVE_NOTES_ANCHOR}`}>{t('live.case.toNotes')}</a>
            <span aria-hidden="true"> · </span>
            <a href={`#${LIVE_DECISION_ANCHOR}`}>{t('live.case.toDecision')}</a>
          </p>
        )}
        {props.nextCase && (
          <button
            type="button"
            className="button live-case__next"
            disabled={props.isBusy}
            aria-label={t('live.case.nextLabel', { case: props.nextCase.pseudonym })}
            onClick={() => props.nextCase && props.onNext(props.nextCase.id)}
          >
            {t('live.case.next')} <span aria-hidden="true">→</span>
          </button>
        )}
      </div>
      {props.browsingCaseId && props.browsingCaseId !== currentCaseId && (
        <div className="alert alert--info live-follow" role="status" data-testid="follow-banner">
          <p>{followText}</p>
          <button type="button" className="button button--secondary" onClick={props.onReturn}>
            {t('live.case.return')}
          </button>
        </div>
      )}
      {shown && !shown.consent && (status === 'live' || props.browsingCaseId) && (
        // Only the home institution gets here: a screen shared with the other centers must not show it.
        <div className="alert alert--warning live-home-only" role="note" data-testid="home-only">
          <p>{t('live.case.homeOnly')}</p>
        </div>
      )}
      {shown ? (
        <LiveCaseCard
          key={shown.id}
          boardId={board.id}
          caseId={shown.id}
          agendaEntry={shown}
          hasDecision={status === 'live' || status === 'ended'}
          decisionChange={props.decisionChange}
          resyncSerial={props.resyncSerial}
          drafts={decisionDrafts}
        />
      ) : (
        isHidden && <NotShared />
      )}
    </section>
  );
}
