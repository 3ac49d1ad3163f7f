import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadOnlyReason } from './notesAccess';

const WHY = {
  minutes_signed: 'notes.unsaved.whyMinutesSigned',
  role: 'notes.unsaved.whyRole',
  unknown: 'notes.unsaved.whyUnknown',
} as const satisfies Record<ReadOnlyReason, string>;

type CopyOutcome = 'copied' | 'selected' | null;

/**
 * The notes turned read-only while this viewer's last changes had not reached the server: they
 * stay on screen, and this says — until editing comes back — that they were not saved and will
 * be gone after a reload, with a button that copies the text. Leaving the page asks first.
 */
export function UnsavedChangesAlert({
  reason,
  editor,
}: {
  reason: ReadOnlyReason;
  editor: Editor;
}) {
  const { t } = useTranslation('clinical');
  const [outcome, setOutcome] = useState<CopyOutcome>(null);

  useEffect(() => {
    const handleBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', handleBeforeUnload);
    return () => window.removeEventListener('beforeunload', handleBeforeUnload);
  }, []);

  async function handleCopy() {
    try {
      await navigator.clipboard.writeText(editor.getText());
      setOutcome('copied');
    } catch {
      // No clipboard access (an insecure origin, a refused permission): the text is selected,
      // so the keyboard shortcut copies it.
      window.getSelection()?.selectAllChildren(editor.view.dom);
      setOutcome('selected');
    }
  }

  return (
    <div className="alert alert--error notes-unsaved" role="alert" data-testid="notes-unsaved">
      <p className="alert__title">{t('notes.unsaved.title')}</p>
      <p>
        {t(WHY[reason])} {t('notes.unsaved.kept')}
      </p>
      <button type="button" className="button button--secondary" onClick={handleCopy}>
        {t('notes.unsaved.copy')}
      </button>
      <p className="notes-unsaved__outcome" role="status">
        {outcome === 'copied' && t('notes.unsaved.copied')}
        {outcome === 'selected' && t('notes.unsaved.selected')}
      </p>
    </div>
  );
}
