import type { CaseEvent } from '@konsil/shared';
import type { TFunction } from 'i18next';

/** One event of a case's history in words, ready to lay out. */
export interface CaseEventText {
  /** "Closed: Decided", "Reopened", "Carried over to …". */
  what: string;
  /** Who did it, with their institution's code, or "automatically". */
  who: string;
  /** "Reason: …", or null when the event gave none. */
  reason: string | null;
}

/**
 * How the decision panel and the minutes say what happened to a case, so both read the same.
 * `boardName` names a board the event mentions: the minutes add its day.
 */
export function caseEventText(
  event: CaseEvent,
  t: TFunction<'clinical'>,
  boardName: (board: CaseEvent['board']) => string = (board) => board.title,
): CaseEventText {
  return {
    what: whatHappened(event, t, boardName),
    who: event.by
      ? t('decision.history.by', { name: event.by.name, code: event.by.institutionCode })
      : t('decision.history.system'),
    reason: event.reason ? t('decision.history.reason', { reason: event.reason }) : null,
  };
}

function whatHappened(
  event: CaseEvent,
  t: TFunction<'clinical'>,
  boardName: (board: CaseEvent['board']) => string,
): string {
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
      // Nullable only because other kinds have none: a carry-over always names its board.
      return t('decision.history.carried_over', {
        board: event.toBoard ? boardName(event.toBoard) : '',
      });
  }
}
