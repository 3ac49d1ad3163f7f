import type { CaseEvent } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { viewerTimeZone } from '../../lib/time';
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
        return (
          <li
            key={key}
            className={`decision-history__event decision-history__event--${event.kind}`}
            data-kind={event.kind}
          >
            <span className="decision-history__what">{whatHappened(event, t)}</span>
            <span className="decision-history__meta">
              <time dateTime={event.at}>{whenText(event.at, i18n.language, zone)}</time>
              {' · '}
              {event.by
                ? t('decision.history.by', {
                    name: event.by.name,
                    code: event.by.institutionCode,
                  })
                : t('decision.history.system')}
              {event.board.id !== boardId &&
                ` · ${t('decision.history.onBoard', { board: event.board.title })}`}
            </span>
            {event.reason && (
              <p className="decision-history__reason">
                {t('decision.history.reason', { reason: event.reason })}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}

type Translate = ReturnType<typeof useTranslation<'clinical'>>['t'];

function whatHappened(event: CaseEvent, t: Translate): string {
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
      return t('decision.history.carried_over', { board: event.toBoard?.title ?? '' });
  }
}
