import type { BoardDetail, BoardStatus } from '@konsil/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatZoneTimes, timesInZones } from '../../lib/time';
import type { ConnectionState } from './liveConnection';
import { useWallClock, zoneRanges } from './liveTimes';

interface LiveHeaderProps {
  board: BoardDetail;
  status: BoardStatus;
  connection: ConnectionState;
  /** The chair's board-wide actions (start, end). */
  actions?: ReactNode;
}

/** Title, lobby/live/ended, the time in each institution's zone, and the connection. */
export function LiveHeader({ board, status, connection, actions }: LiveHeaderProps) {
  const { t, i18n } = useTranslation('clinical');
  const now = useWallClock();
  const hostZone = board.hostInstitution.timeZone;
  const zones = [hostZone, ...board.institutions.map((institution) => institution.timeZone)];
  const locale = i18n.language;

  return (
    <header className="live-header">
      <div className="live-header__title">
        <p className="eyebrow">
          {t('live.eyebrow')}
          <span aria-hidden="true"> · </span>
          <Link to={`/boards/${board.id}`} className="live-header__back">
            {t('live.backToBoard')}
          </Link>
        </p>
        <h1 id="live-title">{board.title}</h1>
        <div className="live-header__badges">
          <span className="visually-hidden">{t('live.status.label')}: </span>
          <span
            className={`status status--${status} live-status`}
            data-testid="live-status"
            data-status={status}
            role="status"
          >
            {t(`live.status.${status}`)}
          </span>
          <span
            className={`connection connection--${connection}`}
            data-testid="connection-state"
            data-connection={connection}
          >
            <span className="connection__dot" aria-hidden="true" />
            <span className="visually-hidden">{t('live.connection.label')}: </span>
            {t(`live.connection.${connection}`)}
          </span>
        </div>
      </div>
      <dl className="live-header__times" data-testid="live-times">
        <div>
          <dt>{t('live.times.scheduled')}</dt>
          <dd>{zoneRanges(board.startsAt, board.durationMinutes, zones, locale, hostZone)}</dd>
        </div>
        <div>
          <dt>{t('live.times.now')}</dt>
          <dd>{formatZoneTimes(timesInZones(now.toISOString(), zones, locale, hostZone))}</dd>
        </div>
      </dl>
      {actions && <div className="live-header__actions">{actions}</div>}
    </header>
  );
}
