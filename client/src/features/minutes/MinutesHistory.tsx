import type { CaseEvent, MinutesCase, MinutesContent } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { formatDate, formatTime, viewerTimeZone, zoneCity } from '../../lib/time';
import { caseEventText } from '../decisions/caseEventText';

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

  return (
    <>
      <h4 className="subheading">{t('decision.history.title')}</h4>
      <ol className="plain-list minutes-history" data-testid="minutes-case-history">
        {item.history.map((event) => {
          const { what, who, reason } = caseEventText(event, t, boardOf);
          // Seen from the board it came to, a carry-over names the board it came from.
          const isCarriedHere = event.kind === 'carried_over' && event.toBoard?.id === board.id;
          return (
            <li
              // One event of a kind per instant: the record is append-only and timed to the millisecond.
              key={`${event.kind}-${event.at}`}
              className={`minutes-history__event minutes-history__event--${event.kind}`}
              data-kind={event.kind}
            >
              <span className="minutes-history__what">
                {isCarriedHere ? tm('history.carriedFrom', { board: boardOf(event.board) }) : what}
              </span>
              {' · '}
              <time dateTime={event.at}>
                {formatDate(event.at, locale, zone)} {formatTime(event.at, locale, zone)}{' '}
                {zoneCity(zone)}
              </time>
              {' · '}
              {who}
              {reason && <p className="minutes-text minutes-history__reason">{reason}</p>}
            </li>
          );
        })}
      </ol>
    </>
  );
}
