import type { CaseEvent, MinutesCase, MinutesContent } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { formatDate, formatTime, viewerTimeZone } from '../../lib/time';

interface MinutesHistoryProps {
  item: MinutesCase;
  board: MinutesContent['board'];
}

/**
 * What happened to the case's decision on this board, in the decision panel's words: closings
 * with their outcome, reopenings with who and why, "not discussed", and carry-overs to a later
 * board or from an earlier one — each with its day and time on the viewer's clock. Absent in
 * minutes signed before it was recorded.
 */
export function MinutesHistory({ item, board }: MinutesHistoryProps) {
  const { t, i18n } = useTranslation('clinical');
  const { t: tm } = useTranslation('minutes');
  const locale = i18n.language;
  const zone = viewerTimeZone();
  if (!item.history || item.history.length === 0) return null;

  const boardOf = (ref: CaseEvent['board']) =>
    `${ref.title} (${formatDate(ref.startsAt, locale, zone)})`;
  const whatHappened = (event: CaseEvent): string => {
    switch (event.kind) {
      case 'closed':
        return t('decision.history.closed', {
          outcome: event.outcome ? t(`caseStatus.${event.outcome}`) : '',
        });
      case 'reopened':
        return t('decision.history.reopened');
      case 'not_discussed':
        return t('decision.history.not_discussed');
      case 'carried_over':
        // From the board it left it went on; from the later board, it came from there.
        return event.toBoard?.id === board.id
          ? tm('history.carriedFrom', { board: boardOf(event.board) })
          : t('decision.history.carried_over', { board: boardOf(event.toBoard ?? event.board) });
    }
  };

  return (
    <>
      <h4 className="subheading">{t('decision.history.title')}</h4>
      <ol className="plain-list minutes-history" data-testid="minutes-case-history">
        {item.history.map((event) => (
          <li
            // One event of a kind per instant: the record is append-only and timed to the millisecond.
            key={`${event.kind}-${event.at}`}
            className={`minutes-history__event minutes-history__event--${event.kind}`}
            data-kind={event.kind}
          >
            <span className="minutes-history__what">{whatHappened(event)}</span>
            {' · '}
            <time dateTime={event.at}>
              {formatDate(event.at, locale, zone)} {formatTime(event.at, locale, zone)}
            </time>
            {' · '}
            {event.by
              ? t('decision.history.by', {
                  name: event.by.name,
                  code: event.by.institutionCode,
                })
              : t('decision.history.system')}
            {event.reason && (
              <p className="minutes-text minutes-history__reason">
                {t('decision.history.reason', { reason: event.reason })}
              </p>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
