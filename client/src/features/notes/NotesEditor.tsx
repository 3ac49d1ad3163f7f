import type { SessionUser } from '@konsil/shared';
import { EditorContent } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/LoadingState';
import { ReadOnlyNotice, RefusalAlert } from './NotesNotices';
import { NotesStatus } from './NotesStatus';
import { NotesToolbar } from './NotesToolbar';
import { isNotesReadOnly, isReadOnlyRole, notesRefusalOf, refusalHandling } from './notesAccess';
import { useNotesConnection } from './useNotesConnection';
import { type NotesDocument, useNotesDocument } from './useNotesDocument';
import { useNotesEditor } from './useNotesEditor';
import { useOwnNotesUser } from './useOwnNotesUser';

interface NotesEditorProps {
  caseId: string;
  user: SessionUser;
}

/**
 * The collaborative editor of one case's notes. Loaded on demand: TipTap and Yjs stay out of
 * every page that has no notes.
 */
export function NotesEditor({ caseId, user }: NotesEditorProps) {
  const { t } = useTranslation('clinical');
  const notes = useNotesDocument(caseId);
  if (!notes) return <LoadingState label={t('notes.loading')} />;
  // A fresh document starts with a fresh connection state and editor.
  return <NotesSession key={notes.doc.guid} notes={notes} user={user} />;
}

function NotesSession({ notes, user }: { notes: NotesDocument; user: SessionUser }) {
  const { t } = useTranslation('clinical');
  const connection = useNotesConnection(notes);
  const ownUser = useOwnNotesUser(notes.provider);
  const { closeCode, unsyncedChanges } = connection.state;
  const refusal = closeCode === null ? null : notesRefusalOf(closeCode);
  const isReadOnly = isNotesReadOnly(user.role, ownUser);
  // Editing goes on while offline or reconnecting; only a refusal or read-only stops it.
  const canEdit = !isReadOnly && refusal === null;
  const editor = useNotesEditor(notes, user, {
    canEdit,
    texts: { label: t('notes.editorLabel'), placeholder: t('notes.placeholder') },
  });
  const isHidden = refusal !== null && refusalHandling(refusal).hidesNotes;
  const isWaitingForNetwork = connection.phase === 'offline' || connection.phase === 'reconnecting';

  return (
    <div className="notes__body">
      <div className="notes__bar">
        {canEdit && <NotesToolbar editor={editor} />}
        {isReadOnly && <ReadOnlyNotice isByRole={isReadOnlyRole(user.role)} />}
        <NotesStatus phase={connection.phase} unsyncedChanges={unsyncedChanges} />
      </div>
      {refusal && (
        <RefusalAlert
          refusal={refusal}
          unsavedChanges={unsyncedChanges}
          onReconnect={connection.reconnect}
        />
      )}
      {isWaitingForNetwork && canEdit && (
        <p className="notes__hint">{t('notes.status.keepWriting')}</p>
      )}
      {!isHidden && (
        <div className="notes-editor" data-testid="notes-editor">
          <EditorContent editor={editor} />
        </div>
      )}
    </div>
  );
}
