import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { useApi, useCurrentUser } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useApiQuery } from '../../lib/useApiQuery';
import { BoardForm } from './BoardForm';
import { boardValues, newBoardValues } from './boardForm';
import { fetchBoard, listInstitutions } from './boardsApi';
import '../../styles/clinical.css';

/** /boards/new and /boards/:boardId/edit: coordinators plan a board across time zones. */
export function BoardFormPage() {
  const { t } = useTranslation('clinical');
  const { boardId } = useParams();
  const api = useApi();
  const user = useCurrentUser();
  const { state, reload } = useApiQuery(`board-form:${boardId ?? 'new'}`, async (signal) => {
    const [institutions, board] = await Promise.all([
      listInstitutions(api, signal),
      boardId ? fetchBoard(api, boardId, signal) : Promise.resolve(null),
    ]);
    return { institutions, board };
  });
  const isEdit = boardId !== undefined;
  const titleId = 'board-form-title';

  if (state.status === 'error' && state.error.id === 'not_found') return <NotFoundPage />;
  const isAllowed =
    user.role === 'coordinator' &&
    (state.status !== 'success' || !state.data.board || state.data.board.permissions.canEdit);

  return (
    <section className="page" aria-labelledby={titleId}>
      <header className="page__header">
        <h1 id={titleId}>{isEdit ? t('boardForm.editTitle') : t('boardForm.newTitle')}</h1>
        <p className="muted">{t('boardForm.intro')}</p>
      </header>
      {!isAllowed && (
        <div className="alert alert--error" role="alert">
          <p>{t('boardForm.notAllowed')}</p>
        </div>
      )}
      {isAllowed && state.status === 'loading' && <LoadingState />}
      {isAllowed && state.status === 'error' && (
        <ErrorAlert error={state.error} title={t('boardForm.loadError')} onRetry={reload} />
      )}
      {isAllowed && state.status === 'success' && (
        <BoardForm
          // A reload after a conflict brings a new version: start again from the stored board.
          key={state.data.board?.version ?? 'new'}
          board={state.data.board}
          institutions={state.data.institutions}
          initial={
            state.data.board
              ? boardValues(state.data.board)
              : newBoardValues(user.institution, new Date())
          }
          onReload={reload}
        />
      )}
    </section>
  );
}
