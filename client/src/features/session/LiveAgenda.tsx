import type { CaseSummary } from '@konsil/shared';
import { useTranslation } from 'react-i18next';

interface LiveAgendaProps {
  cases: readonly CaseSummary[];
  currentCaseId: string | null;
  /** The case this viewer looks at while the board is elsewhere, if any. */
  browsingCaseId: string | null;
  /** Chairs of a live board move everyone; everyone else only looks. */
  canSetCase: boolean;
  isBusy: boolean;
  onSetCase: (caseId: string) => void;
  onView: (caseId: string) => void;
}

/** The agenda in order with the current case marked; chairs pick the case to discuss. */
export function LiveAgenda(props: LiveAgendaProps) {
  const { t } = useTranslation('clinical');

  return (
    <section className="card live-panel" aria-labelledby="live-agenda-title">
      <h2 id="live-agenda-title" className="live-panel__title">
        {t('live.agenda.title')}
      </h2>
      {props.canSetCase && props.cases.length > 0 && (
        <p className="muted live-panel__help">{t('live.agenda.chairHelp')}</p>
      )}
      {props.cases.length === 0 ? (
        <p className="muted">{t('live.agenda.empty')}</p>
      ) : (
        <ol className="live-agenda" data-testid="live-agenda">
          {props.cases.map((item, index) => {
            const isCurrent = item.id === props.currentCaseId;
            const isViewed = item.id === props.browsingCaseId;
            const className = [
              'live-agenda__item',
              isCurrent ? 'live-agenda__item--current' : '',
              isViewed ? 'live-agenda__item--viewed' : '',
            ]
              .filter(Boolean)
              .join(' ');
            return (
              <li
                key={item.id}
                className={className}
                aria-current={isCurrent ? 'true' : undefined}
                data-case-id={item.id}
              >
                <button
                  type="button"
                  className="live-agenda__pick"
                  disabled={props.canSetCase && (props.isBusy || isCurrent)}
                  onClick={() =>
                    props.canSetCase ? props.onSetCase(item.id) : props.onView(item.id)
                  }
                >
                  {/* The button is named by all it shows, after what it does: a name that
                      left out the visible text could not be spoken by voice-control users. */}
                  <span className="visually-hidden">
                    {props.canSetCase
                      ? t('live.agenda.setCaseAction')
                      : t('live.agenda.viewAction')}{' '}
                  </span>
                  <span className="live-agenda__position">{index + 1}</span>
                  <span className="live-agenda__body">
                    <span className="live-agenda__name">
                      <span className="pseudonym">{item.pseudonym}</span>{' '}
                      <span className="code-badge">{item.homeInstitution.code}</span>
                      {!item.consent && (
                        <span className="tag tag--home-only">{t('live.agenda.homeOnly')}</span>
                      )}
                    </span>
                    <span className="cell-meta">
                      {[item.diagnosisSummary, item.stageSummary].filter(Boolean).join(' · ') ||
                        '—'}
                    </span>
                  </span>
                  <span className="live-agenda__side">
                    {isCurrent && <span className="tag tag--now">{t('live.agenda.now')}</span>}
                    {isViewed && !isCurrent && (
                      <span className="tag">{t('live.agenda.viewing')}</span>
                    )}
                    <span className="cell-meta">
                      {t('live.agenda.minutes', { minutes: item.allottedMinutes })}
                    </span>
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
