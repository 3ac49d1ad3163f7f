import type { BoardDetail } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CARRY_OVER_ANCHOR } from '../boards/CarryOverSection';
import { notDiscussedCases } from '../boards/undiscussed';
import '../../styles/carryOver.css';

interface EndedBoardNoticeProps {
  board: BoardDetail;
  /** Coordinators of participating institutions carry cases over (from the board page). */
  canCarryOver: boolean;
}

/** Once the board has ended: where its minutes are, and what became of the cases not reached. */
export function EndedBoardNotice({ board, canCarryOver }: EndedBoardNoticeProps) {
  const { t } = useTranslation('clinical');
  const { t: tc } = useTranslation();
  const notDiscussed = notDiscussedCases(board.cases);
  return (
    <div className="card ended-notice" data-testid="ended-notice">
      <div className="ended-notice__text">
        <p className="ended-notice__title">{t('carryOver.ended.title')}</p>
        {notDiscussed.length > 0 && (
          <p>
            {t('carryOver.ended.notDiscussed', {
              count: notDiscussed.length,
              cases: notDiscussed.map((item) => item.pseudonym).join(', '),
            })}
          </p>
        )}
      </div>
      <div className="ended-notice__actions">
        <Link className="button" to={`/boards/${board.id}/minutes`} data-testid="live-minutes-link">
          {board.minutesVersion === null
            ? tc('boards.minutesLink.draft')
            : tc('boards.minutesLink.signed', { version: board.minutesVersion })}
        </Link>
        {canCarryOver && notDiscussed.length > 0 && (
          <Link
            className="button button--secondary"
            to={`/boards/${board.id}#${CARRY_OVER_ANCHOR}`}
            data-testid="live-carry-over-link"
          >
            {t('carryOver.ended.carryOver', { count: notDiscussed.length })}
          </Link>
        )}
      </div>
    </div>
  );
}
