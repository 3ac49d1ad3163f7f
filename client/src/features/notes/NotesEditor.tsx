import type { SessionUser } from '@konsil/shared';
import { EditorContent } from '@tiptap/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/LoadingState';
import { DuplicatedParagraphsHint } from './DuplicatedParagraphsHint';
import { ReadOnlyNotice, RefusalAlert } from './NotesNotices';
import { NotesStatus } from './NotesStatus';
import { NotesToolbar } from './NotesToolbar';
import { notesRefusalOf, readOnlyReasonOf, refusalHandling } from './notesAccess';
import { canEditNotes } from './notesConnection';
import { UnsavedChangesAlert } from './UnsavedChangesAlert';
import { useNotesConnection } from './useNotesConnection';
import { type NotesDocument, useNotesDocument } from './useNotesDocument';
import { useNotesEditor } from './useNotesEditor';

interface NotesEditorProps {
  caseId: string;
  user: SessionUser;
  /** The server took the notes away (case no longer shared, not there): the page may refetch. */
  onHidden?: () => void;
}

/**
 * The collaborative editor of one case's notes. Loaded on demand: TipTap and Yjs stay out of
 * every page that has no notes.
 */
export function NotesEditor({ caseId, user, onHidden }: NotesEditorProps) {
  const { t } = useTranslation('clinical');
  const notes = useNotesDocument(caseId);
  if (!notes) return <LoadingState label={t('notes.loading')} />;
  // A fresh document starts with a fresh connection state and editor.
  return <NotesSession key={notes.doc.guid} notes={notes} user={user} onHidden={onHidden} />;
}

interface NotesSessionProps {
  notes: NotesDocument;
  user: SessionUser;
  onHidden?: () => void;
}

function NotesSession({ notes, user, onHidden }: NotesSessionProps) {
  const { t } = useTranslation('clinical');
  const connection = useNotesConnection(notes);
  const { closeCode, unsyncedChanges, access, hasUnsavedChanges } = connection.state;
  const refusal = closeCode === null ? null : notesRefusalOf(closeCode);
  const readOnlyReason = readOnlyReasonOf(access);
  // Only the server's "edit" after the first sync opens the editor; offline and reconnecting
  // it stays open, a refusal or "read" closes it.
  const canEdit = canEditNotes(connection.state);
  const editor = useNotesEditor(notes, user, {
    canEdit,
    texts: { label: t('notes.editorLabel'), placeholder: t('notes.placeholder') },
  });
  const isHidden = refusal !== null && refusalHandling(refusal).hidesNotes;
  // Only "not yours or not there" says the case itself may have gone; an origin refusal would
  // come back on every reload.
  const isCaseGone = refusal === 'notShared';
  useEffect(() => {
    if (isCaseGone) onHidden?.();
  }, [isCaseGone, onHidden]);
  const isWaitingForNetwork = connection.phase === 'offline' || connection.phase === 'reconnecting';

  return (
    <div className="notes__body">
      {!isHidden && (
        <div className="notes__bar">
          <NotesToolbar editor={editor} isDisabled={!canEdit} />
          {readOnlyReason && <ReadOnlyNotice reason={readOnlyReason} />}
          <NotesStatus phase={connection.phase} unsyncedChanges={unsyncedChanges} />
        </div>
      )}
      {refusal && (
        <RefusalAlert
          refusal={refusal}
          unsavedChanges={unsyncedChanges}
          onReconnect={connection.reconnect}
        />
      )}
      {hasUnsavedChanges && readOnlyReason && !isHidden && (
        <UnsavedChangesAlert reason={readOnlyReason} editor={editor} />
      )}
      {isWaitingForNetwork && canEdit && (
        <p className="notes__hint">{t('notes.status.keepWriting')}</p>
      )}
      {!isHidden && (
        <div className="notes-editor" data-testid="notes-editor">
          <EditorContent editor={editor} />
        </div>
      )}
      {!isHidden && <DuplicatedParagraphsHint editor={editor} />}
    </div>
  );
}
