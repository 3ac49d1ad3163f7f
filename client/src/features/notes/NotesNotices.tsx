import { useTranslation } from 'react-i18next';
import { type NotesRefusal, type ReadOnlyReason, refusalHandling } from './notesAccess';

const READ_ONLY_WHY = {
  minutes_signed: 'notes.readOnly.minutesSigned',
  role: 'notes.readOnly.role',
  unknown: 'notes.readOnly.locked',
} as const satisfies Record<ReadOnlyReason, string>;

/** Why the viewer cannot write, in the server's words: signed minutes, or their role. */
export function ReadOnlyNotice({ reason }: { reason: ReadOnlyReason }) {
  const { t } = useTranslation('clinical');
  return (
    <p className="notes-readonly" data-reason={reason}>
      <span className="notes-readonly__badge" data-testid="notes-readonly">
        {t('notes.readOnly.badge')}
      </span>
      <span className="notes-readonly__why" data-testid="notes-readonly-why">
        {t(READ_ONLY_WHY[reason])}
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
  // Notes taken away are not the viewer's fault or an error of the app: said calmly.
  const tone = hidesNotes ? 'alert--info' : 'alert--error';
  return (
    <div className={`alert ${tone} notes-refused`} role="alert" data-testid="notes-refused">
      <p className="alert__title">{t(`notes.refused.${refusal}`)}</p>
      {unsavedChanges > 0 && (
        <p>
          {hidesNotes
            ? t('notes.refused.unsavedGone', { count: unsavedChanges })
            : t('notes.refused.unsaved', { count: unsavedChanges })}
        </p>
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
