import { createElement, lazy, Suspense, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/SessionProvider';
import { LoadingState } from '../../components/LoadingState';
import { NotesLoadBoundary } from './NotesLoadBoundary';
import '../../styles/notes.css';

const loadNotesEditor = () =>
  import('./NotesEditor').then((module) => ({ default: module.NotesEditor }));

interface CaseNotesProps {
  caseId: string;
  /** The level of the "Case notes" heading in the page around it. */
  headingLevel?: 2 | 3;
  /** An id for in-page links to the notes (the live board links to them from its banner). */
  anchorId?: string;
  /** Called when the server takes the notes away, so the page can refetch what is left of it. */
  onHidden?: () => void;
}

/**
 * A case's collaborative notes. The heading shows at once; the editor (TipTap, Yjs) loads on
 * demand, so pages without notes never carry it.
 */
export function CaseNotes({ caseId, headingLevel = 2, anchorId, onHidden }: CaseNotesProps) {
  const { t } = useTranslation('clinical');
  const { t: tc } = useTranslation();
  const user = useCurrentUser();
  const titleId = useId();
  // React.lazy keeps a failed import for good, so each retry needs a lazy component of its own.
  const [loadAttempt, setLoadAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: loadAttempt is the retry trigger.
  const NotesEditor = useMemo(() => lazy(loadNotesEditor), [loadAttempt]);

  return (
    <section
      id={anchorId}
      className="card notes"
      data-testid="case-notes"
      aria-labelledby={titleId}
    >
      {createElement(
        `h${headingLevel}`,
        { id: titleId, className: 'notes__title' },
        t('notes.title'),
      )}
      <NotesLoadBoundary
        onRetry={() => setLoadAttempt((count) => count + 1)}
        fallback={(retry) => (
          <div className="alert alert--error" role="alert">
            <p>{t('notes.loadError')}</p>
            <button type="button" className="button button--secondary" onClick={retry}>
              {tc('common.retry')}
            </button>
          </div>
        )}
      >
        <Suspense fallback={<LoadingState label={t('notes.loading')} />}>
          <NotesEditor caseId={caseId} user={user} onHidden={onHidden} />
        </Suspense>
      </NotesLoadBoundary>
    </section>
  );
}
