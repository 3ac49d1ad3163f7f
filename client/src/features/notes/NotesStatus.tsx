import { useTranslation } from 'react-i18next';
import type { NotesPhase } from './notesConnection';

interface NotesStatusProps {
  phase: NotesPhase;
  unsyncedChanges: number;
}

/** Connected, reconnecting, offline: in words and colour, with what is still to be sent. */
export function NotesStatus({ phase, unsyncedChanges }: NotesStatusProps) {
  const { t } = useTranslation('clinical');
  const hasUnsynced = unsyncedChanges > 0 && phase !== 'connected';
  return (
    <p
      className={`notes-status notes-status--${phase}`}
      role="status"
      data-testid="notes-status"
      data-state={phase}
    >
      <span className="notes-status__dot" aria-hidden="true" />
      <span className="visually-hidden">{t('notes.status.label')}: </span>
      <span>{t(`notes.status.${phase}`)}</span>
      {hasUnsynced && (
        <>
          <span aria-hidden="true"> · </span>
          <span className="notes-status__unsynced" data-testid="notes-unsynced">
            {t('notes.status.unsynced', { count: unsyncedChanges })}
          </span>
        </>
      )}
    </p>
  );
}
