import type { BoardSummary, MyCertificate } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useApi, useCurrentUser } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { Notice } from '../../components/Notice';
import { viewerTimeZone } from '../../lib/time';
import { useApiQuery } from '../../lib/useApiQuery';
import { listMyCertificates } from '../certificates/certificatesApi';
import { ArchiveFiltersForm } from './ArchiveFiltersForm';
import {
  filterBoards,
  filtersFromSearch,
  filtersToSearch,
  isFiltering,
  splitBoards,
} from './archive';
import { BoardsTable } from './BoardsTable';
import { listMyBoards } from './boardsApi';
import '../../styles/archive.css';

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
        <BoardArchive boards={state.data} zone={zone} />
      )}
    </section>
  );
}

/** Upcoming and past boards, each list filtered alike; the filters live in the address. */
function BoardArchive({ boards, zone }: { boards: BoardSummary[]; zone: string }) {
  const { t } = useTranslation('minutes');
  const api = useApi();
  // Without them the past list simply has no certificate column: boards matter more.
  const { state: certificateState } = useApiQuery('certificates', (signal) =>
    listMyCertificates(api, signal),
  );
  const certificates =
    certificateState.status === 'success'
      ? new Map<string, MyCertificate>(certificateState.data.map((entry) => [entry.boardId, entry]))
      : undefined;
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearch(searchParams);
  const { upcoming, past } = splitBoards(filterBoards(boards, filters, zone), new Date());
  const emptyText = (key: 'archive.noUpcoming' | 'archive.noPast') =>
    isFiltering(filters) ? t('archive.noMatch') : t(key);

  return (
    <>
      <ArchiveFiltersForm
        boards={boards}
        filters={filters}
        onChange={(next) => setSearchParams(filtersToSearch(next), { replace: true })}
      />
      <section
        className="archive-section"
        aria-labelledby="archive-upcoming-title"
        data-testid="archive-upcoming"
      >
        <h2 id="archive-upcoming-title">{t('archive.upcoming')}</h2>
        {upcoming.length === 0 ? (
          <p className="muted">{emptyText('archive.noUpcoming')}</p>
        ) : (
          <BoardsTable
            boards={upcoming}
            zone={zone}
            isPast={false}
            caption={t('archive.upcoming')}
          />
        )}
      </section>
      <section
        className="archive-section"
        aria-labelledby="archive-past-title"
        data-testid="archive-past"
      >
        <h2 id="archive-past-title">{t('archive.past')}</h2>
        {past.length === 0 ? (
          <p className="muted">{emptyText('archive.noPast')}</p>
        ) : (
          <BoardsTable
            boards={past}
            zone={zone}
            isPast
            caption={t('archive.past')}
            certificates={certificates}
          />
        )}
      </section>
    </>
  );
}
