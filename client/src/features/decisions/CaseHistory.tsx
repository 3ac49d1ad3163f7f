import type { CaseEvent } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { viewerTimeZone, zoneCity } from '../../lib/time';
import { caseEventText } from './caseEventText';
import { whenText } from './decisionTime';

interface CaseHistoryProps {
  /** Oldest first, as the server sends them. */
  history: CaseEvent[];
  /** The board on screen: events on another board (before a carry-over) name theirs. */
  boardId: string;
}

/**
 * What happened to the case's decision: each closing (with its outcome), reopening, the board
 * ending before the case, a carry-over — who, when on the viewer's clock, and why.
 */
export function CaseHistory({ history, boardId }: CaseHistoryProps) {
  const { t, i18n } = useTranslation('clinical');
  const zone = viewerTimeZone();
  return (
    <ol className="decision-history" data-testid="case-history">
      {history.map((event, index) => {
        const key = `${event.kind}-${event.at}-${index}`;
        const { what, who, reason } = caseEventText(event, t);
        return (
          <li
            key={key}
            className={`decision-history__event decision-history__event--${event.kind}`}
            data-kind={event.kind}
          >
            <span className="decision-history__what">{what}</span>
            <span className="decision-history__meta">
              {/* The viewer's clock, named: the board's institutions live in other zones. */}
              <time dateTime={event.at}>
                {whenText(event.at, i18n.language, zone)} {zoneCity(zone)}
              </time>
              {' · '}
              {who}
              {event.board.id !== boardId &&
                ` · ${t('decision.history.onBoard', { board: event.board.title })}`}
            </span>
            {reason && <p className="decision-history__reason">{reason}</p>}
          </li>
        );
      })}
    </ol>
  );
}
