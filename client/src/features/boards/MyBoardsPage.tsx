import type { BoardSummary } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useApi, useCurrentUser } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { Notice } from '../../components/Notice';
import { viewerTimeZone } from '../../lib/time';
import { useApiQuery } from '../../lib/useApiQuery';
import { listMyBoards } from './boardsApi';
import { boardTimes } from './boardTimes';

function BoardRow({ board, zone }: { board: BoardSummary; zone: string }) {
  const { t, i18n } = useTranslation();
  const times = boardTimes(board, i18n.language, zone);
  return (
    <tr>
      <th scope="row">
        <Link className="cell-title" to={`/boards/${board.id}`}>
          {board.title}
        </Link>
        <span className="cell-meta">{t('boards.host', { name: board.hostInstitution.name })}</span>
      </th>
      <td>
        <span className={`status status--${board.status}`}>
          {t(`boards.status.${board.status}`)}
        </span>
      </td>
      <td>
        <span className="cell-title">{times.viewerTime}</span>
        <span className="cell-meta">{times.viewerDate}</span>
      </td>
      <td data-testid="board-institution-times">{times.institutions}</td>
      <td>{t('boards.minutes', { minutes: board.durationMinutes })}</td>
    </tr>
  );
}

export function MyBoardsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const user = useCurrentUser();
  const zone = viewerTimeZone();
  const { state, reload } = useApiQuery('boards', (signal) => listMyBoards(api, signal));
  const location = useLocation();
  // A live board this user was removed from sends them here, saying why.
  const isAccessRevoked =
    typeof location.state === 'object' &&
    location.state !== null &&
    Reflect.get(location.state, 'notice') === 'accessRevoked';

  return (
    <section className="page" aria-labelledby="boards-title">
      <header className="page__header page__header--split">
        <div>
          <h1 id="boards-title">{t('boards.title')}</h1>
          <p className="muted">{t('boards.intro', { zone })}</p>
        </div>
        {user.role === 'coordinator' && (
          <Link className="button" to="/boards/new">
            {t('boards.newBoard')}
          </Link>
        )}
      </header>
      {isAccessRevoked && <Notice>{t('boards.notices.accessRevoked')}</Notice>}
      {state.status === 'loading' && <LoadingState />}
      {state.status === 'error' && (
        <ErrorAlert error={state.error} title={t('boards.loadError')} onRetry={reload} />
      )}
      {state.status === 'success' && state.data.length === 0 && (
        <div className="empty-state" data-testid="boards-empty">
          <h2>{t('boards.emptyTitle')}</h2>
          <p>{t('boards.emptyBody')}</p>
        </div>
      )}
      {state.status === 'success' && state.data.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('boards.columns.title')}</th>
                <th scope="col">{t('boards.columns.status')}</th>
                <th scope="col">
                  {t('boards.columns.yourTime')} <span className="cell-meta">{zone}</span>
                </th>
                <th scope="col">{t('boards.columns.centers')}</th>
                <th scope="col">{t('boards.columns.duration')}</th>
              </tr>
            </thead>
            <tbody>
              {state.data.map((board) => (
                <BoardRow key={board.id} board={board} zone={zone} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
