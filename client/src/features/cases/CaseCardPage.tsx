import type { CaseDetail } from '@konsil/shared';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { useApi } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { Notice } from '../../components/Notice';
import { useApiQuery } from '../../lib/useApiQuery';
import { LetterLink } from '../minutes/LetterLink';
import { CaseNotes } from '../notes/CaseNotes';
import { CaseCard } from './CaseCard';
import { CaseStatusActions } from './CaseStatusActions';
import { fetchCase } from './casesApi';
import { FhirExportLinks } from './fhirExport/FhirExportLinks';
import '../../styles/clinical.css';

type CaseNotice =
  | 'saved'
  | 'imported'
  | 'submitted'
  | 'notSubmitted'
  | 'draft'
  | 'ready'
  | 'conflict';

const NOTICES: readonly CaseNotice[] = ['saved', 'imported', 'submitted', 'notSubmitted'];

function noticeFrom(state: unknown): CaseNotice | null {
  const notice = typeof state === 'object' && state !== null ? Reflect.get(state, 'notice') : null;
  return NOTICES.find((candidate) => candidate === notice) ?? null;
}

/** /boards/:boardId/cases/:caseId: the presentation card, the status actions and the notes. */
export function CaseCardPage() {
  const { t } = useTranslation('clinical');
  const { boardId = '', caseId = '' } = useParams();
  const location = useLocation();
  const api = useApi();
  const { state, reload, update } = useApiQuery(`case:${boardId}:${caseId}`, (signal) =>
    fetchCase(api, boardId, caseId, signal),
  );
  const [notice, setNotice] = useState<CaseNotice | null>(() => noticeFrom(location.state));
  // The notes were taken away while the page was open (consent withdrawn): the card goes too.
  const [wasTakenAway, setWasTakenAway] = useState(false);
  const handleNotesHidden = useCallback(() => {
    setWasTakenAway(true);
    reload();
  }, [reload]);

  if (state.status === 'error' && state.error.id === 'not_found') {
    if (!wasTakenAway) return <NotFoundPage />;
    return (
      <div className="page">
        <div className="alert alert--warning" role="alert" data-testid="case-taken-away">
          <p>{t('caseCard.takenAway')}</p>
        </div>
        <Link to={`/boards/${boardId}`}>{t('caseCard.backToBoard')}</Link>
      </div>
    );
  }
  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'error') {
    return <ErrorAlert error={state.error} title={t('caseCard.loadError')} onRetry={reload} />;
  }
  const item = state.data;

  function handleChanged(changed: CaseDetail, status: 'draft' | 'submitted' | 'ready') {
    update(() => changed);
    setNotice(status === 'submitted' ? 'submitted' : status);
  }

  return (
    <div className="page">
      <nav className="breadcrumbs" aria-label={t('caseCard.breadcrumbs')}>
        <Link to={`/boards/${item.boardId}`}>{t('caseCard.backToBoard')}</Link>
      </nav>
      <div className="live-region">
        {notice && notice !== 'conflict' && notice !== 'notSubmitted' && (
          <Notice>{t(`caseCard.notices.${notice}`)}</Notice>
        )}
        {(notice === 'conflict' || notice === 'notSubmitted') && (
          <div className="alert alert--warning" role="alert">
            <p>{t(`caseCard.notices.${notice}`)}</p>
          </div>
        )}
      </div>
      <CaseStatusActions
        item={item}
        onChanged={handleChanged}
        onConflict={() => {
          setNotice('conflict');
          reload();
        }}
      />
      <LetterLink boardId={item.boardId} caseId={item.id} status={item.status} />
      <FhirExportLinks item={item} />
      <div className="case-layout">
        <CaseCard item={item} />
        <div className="case-layout__notes">
          {/* Consent withdrawn while the page is open: the notes go at once, the card follows. */}
          <CaseNotes caseId={item.id} onHidden={handleNotesHidden} />
        </div>
      </div>
    </div>
  );
}
