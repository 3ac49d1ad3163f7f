import { useTranslation } from 'react-i18next';
import { type NotesRefusal, refusalHandling } from './notesAccess';

/** Why the viewer cannot write: their role, or the notes were closed (signed minutes). */
export function ReadOnlyNotice({ isByRole }: { isByRole: boolean }) {
  const { t } = useTranslation('clinical');
  return (
    <p className="notes-readonly">
      <span className="notes-readonly__badge" data-testid="notes-readonly">
        {t('notes.readOnly.badge')}
      </span>
      <span className="notes-readonly__why">
        {isByRole ? t('notes.readOnly.role') : t('notes.readOnly.locked')}
      </span>
    </p>
  );
}

interface RefusalAlertProps {
  refusal: NotesRefusal;
  unsavedChanges: number;
  onReconnect: () => void;
}

/** The server refused the notes for good: what happened, what was lost, what to do next. */
export function RefusalAlert({ refusal, unsavedChanges, onReconnect }: RefusalAlertProps) {
  const { t } = useTranslation('clinical');
  const { action, hidesNotes } = refusalHandling(refusal);
  return (
    <div className="alert alert--error notes-refused" role="alert" data-testid="notes-refused">
      <p className="alert__title">{t(`notes.refused.${refusal}`)}</p>
      {unsavedChanges > 0 && !hidesNotes && (
        <p>{t('notes.refused.unsaved', { count: unsavedChanges })}</p>
      )}
      {action === 'signIn' && (
        // A reload asks the server who is signed in; without a session the app goes to sign-in
        // and comes back to this case afterwards.
        <button
          type="button"
          className="button button--secondary"
          onClick={() => window.location.reload()}
        >
          {t('notes.refused.signIn')}
        </button>
      )}
      {action === 'reconnect' && (
        <button type="button" className="button button--secondary" onClick={onReconnect}>
          {t('notes.refused.reconnect')}
        </button>
      )}
    </div>
  );
}
