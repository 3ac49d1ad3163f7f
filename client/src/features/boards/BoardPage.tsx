import type { BoardDetail } from '@konsil/shared';
import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { useApi, useCurrentUser } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { Notice } from '../../components/Notice';
import { useApiQuery } from '../../lib/useApiQuery';
import { Agenda } from '../agenda/Agenda';
import { attendanceCsvUrl } from '../certificates/certificatesApi';
import { START_INTENT } from '../session/liveIntent';
import { livePermissions } from '../session/livePermissions';
import { BoardFacts } from './BoardFacts';
import { BoardParticipants } from './BoardParticipants';
import { calendarUrl, fetchBoard } from './boardsApi';
import { CarryOverSection } from './CarryOverSection';
import '../../styles/clinical.css';

// Opened by few and on demand: its code loads when the panel opens.
const FhirImportPanel = lazy(() =>
  import('../cases/fhirImport/FhirImportPanel').then((module) => ({
    default: module.FhirImportPanel,
  })),
);

type BoardNotice = 'created' | 'saved' | 'agendaSaved' | 'agendaConflict';

function noticeFrom(state: unknown): BoardNotice | null {
  const notice = typeof state === 'object' && state !== null ? Reflect.get(state, 'notice') : null;
  return notice === 'created' || notice === 'saved' ? notice : null;
}

export function BoardPage() {
  const { t } = useTranslation('clinical');
  const { t: tc } = useTranslation();
  const { boardId = '' } = useParams();
  const location = useLocation();
  const api = useApi();
  const user = useCurrentUser();
  const { state, reload, refresh, update } = useApiQuery(`board:${boardId}`, (signal) =>
    fetchBoard(api, boardId, signal),
  );
  const [notice, setNotice] = useState<BoardNotice | null>(() => noticeFrom(location.state));
  const [isImportOpen, setIsImportOpen] = useState(false);
  const importButton = useRef<HTMLButtonElement>(null);

  if (state.status === 'error' && state.error.id === 'not_found') return <NotFoundPage />;
  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'error') {
    return <ErrorAlert error={state.error} title={t('board.loadError')} onRetry={reload} />;
  }
  const board = state.data;
  // Co-chairs are named live; here only coordinators of participating institutions chair.
  const { canChair, canAppoint } = livePermissions(user, board, null);
  // Coordinators of participating institutions carry cases the board did not reach.
  const canCarryOver = canAppoint;
  const livePath = `/boards/${board.id}/live`;
  // One primary action: going live when it is time (or the chair's to start), else submitting.
  const isLiveFirst = board.status === 'live' || (canChair && board.status === 'scheduled');

  function handleAgendaSaved(saved: BoardDetail) {
    update(() => saved);
    setNotice('agendaSaved');
  }

  function handleAgendaConflict() {
    setNotice('agendaConflict');
    reload();
  }

  return (
    <article className="page" aria-labelledby="board-title">
      <header className="page__header page__header--split">
        <div>
          <p className="eyebrow">
            {board.tumorEntity ? t(`entities.${board.tumorEntity}`) : t('board.eyebrow')}
          </p>
          <h1 id="board-title">
            {board.title}{' '}
            <span className={`status status--${board.status}`}>
              {tc(`boards.status.${board.status}`)}
            </span>
          </h1>
        </div>
        <div className="page__actions">
          {canChair && board.status === 'scheduled' && (
            <Link className="button" to={livePath} state={START_INTENT}>
              {t('live.start')}
            </Link>
          )}
          {board.status === 'ended' && (
            <Link
              className="button"
              to={`/boards/${board.id}/minutes`}
              data-testid="board-minutes-link"
            >
              {board.minutesVersion === null
                ? tc('boards.minutesLink.draft')
                : tc('boards.minutesLink.signed', { version: board.minutesVersion })}
            </Link>
          )}
          {board.status !== 'ended' && (
            <Link
              className={board.status === 'live' ? 'button' : 'button button--secondary'}
              to={livePath}
            >
              {t('live.open')}
            </Link>
          )}
          {board.permissions.canSubmitCase && (
            <Link
              className={isLiveFirst ? 'button button--secondary' : 'button'}
              to={`/boards/${board.id}/cases/new`}
            >
              {t('board.submitCase')}
            </Link>
          )}
          {board.permissions.canSubmitCase && (
            <button
              ref={importButton}
              type="button"
              className="button button--secondary"
              aria-expanded={isImportOpen}
              onClick={() => setIsImportOpen((isOpen) => !isOpen)}
            >
              {t('fhirImport.open')}
            </button>
          )}
          {board.permissions.canEdit && (
            <Link className="button button--secondary" to={`/boards/${board.id}/edit`}>
              {t('board.edit')}
            </Link>
          )}
          <a className="button button--secondary" href={calendarUrl(board.id)} download>
            {t('board.calendar')}
          </a>
          {/* Who attended, for the coordinators who may export it (`attendance:export`). */}
          {board.status === 'ended' && canAppoint && (
            <a
              className="button button--secondary"
              href={attendanceCsvUrl(board.id)}
              download
              data-testid="board-attendance-csv"
            >
              {t('board.attendanceCsv')}
            </a>
          )}
        </div>
      </header>
      <div className="live-region">
        {notice && notice !== 'agendaConflict' && <Notice>{t(`board.notices.${notice}`)}</Notice>}
        {notice === 'agendaConflict' && (
          <div className="alert alert--warning" role="alert">
            <p>{t('board.notices.agendaConflict')}</p>
          </div>
        )}
      </div>
      {isImportOpen && (
        <Suspense fallback={<LoadingState />}>
          <FhirImportPanel
            boardId={board.id}
            onClose={() => {
              setIsImportOpen(false);
              importButton.current?.focus();
            }}
          />
        </Suspense>
      )}
      <BoardFacts board={board} />
      <CarryOverSection board={board} canCarryOver={canCarryOver} onCarried={refresh} />
      <section aria-labelledby="agenda-title" className="stack">
        <h2 id="agenda-title">{t('agenda.title')}</h2>
        <Agenda
          // A saved or reloaded agenda starts a fresh edit from the server's order.
          key={`${board.agendaVersion}:${board.cases.length}`}
          board={board}
          onSaved={handleAgendaSaved}
          onConflict={handleAgendaConflict}
        />
      </section>
      <BoardParticipants board={board} />
    </article>
  );
}
