import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { useApi, useCurrentUser } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useApiQuery } from '../../lib/useApiQuery';
import { fetchBoard } from '../boards/boardsApi';
import { CaseForm } from './CaseForm';
import { caseValues, emptyCaseValues } from './caseForm';
import { fetchCase } from './casesApi';
import '../../styles/clinical.css';

/** /boards/:boardId/cases/new and …/cases/:caseId/edit */
export function CaseFormPage() {
  const { t } = useTranslation('clinical');
  const { boardId = '', caseId } = useParams();
  const api = useApi();
  const user = useCurrentUser();
  const { state, reload } = useApiQuery(
    `case-form:${boardId}:${caseId ?? 'new'}`,
    async (signal) => {
      const [board, existing] = await Promise.all([
        fetchBoard(api, boardId, signal),
        caseId ? fetchCase(api, boardId, caseId, signal) : Promise.resolve(null),
      ]);
      return { board, existing };
    },
  );

  if (state.status === 'error' && state.error.id === 'not_found') return <NotFoundPage />;
  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'error') {
    return <ErrorAlert error={state.error} title={t('caseForm.loadError')} onRetry={reload} />;
  }
  const { board, existing } = state.data;
  const isAllowed = existing ? existing.permissions.canEdit : board.permissions.canSubmitCase;
  const userPresents = board.participants.some(
    (person) => person.id === user.id && user.role === 'clinician',
  );

  return (
    <section className="page" aria-labelledby="case-form-title">
      <header className="page__header">
        <p className="eyebrow">
          <Link to={`/boards/${board.id}`}>{board.title}</Link>
        </p>
        <h1 id="case-form-title">
          {existing
            ? t('caseForm.editTitle', { pseudonym: existing.pseudonym })
            : t('caseForm.newTitle')}
        </h1>
        <p className="muted">{t('caseForm.intro')}</p>
      </header>
      {isAllowed ? (
        <CaseForm
          key={existing?.version ?? 'new'}
          board={board}
          existing={existing}
          initial={
            existing
              ? caseValues(existing, user.institution.locale)
              : emptyCaseValues(user.institution.locale, userPresents ? user.id : null)
          }
          onReload={reload}
        />
      ) : (
        <div className="alert alert--error" role="alert">
          <p>{t('caseForm.notAllowed')}</p>
        </div>
      )}
    </section>
  );
}
