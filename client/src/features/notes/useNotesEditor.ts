import { NOTES_FRAGMENT, type NotesUser, type SessionUser } from '@konsil/shared';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { type Editor, useEditor } from '@tiptap/react';
import { StarterKit } from '@tiptap/starter-kit';
import { useEffect } from 'react';
import { flipCutOffFlags, renderCaret, renderSelection } from './caretRender';
import { isReadOnlyRole } from './notesAccess';
import type { NotesDocument } from './useNotesDocument';

/** Our awareness `user` until the server stamps its own copy over it. */
function localNotesUser(user: SessionUser): NotesUser {
  return {
    userId: user.id,
    name: user.name,
    color: user.institution.color,
    institutionCode: user.institution.code,
    role: user.role,
    readOnly: isReadOnlyRole(user.role),
  };
}

interface EditorTexts {
  label: string;
  /** Shown in an empty document by notes.css (`attr(data-placeholder)`), only to writers. */
  placeholder: string;
}

function editorAttributes(texts: EditorTexts, canEdit: boolean): Record<string, string> {
  return {
    class: 'notes-editor__content',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': texts.label,
    'aria-readonly': String(!canEdit),
    'data-placeholder': canEdit ? texts.placeholder : '',
  };
}

/**
 * A TipTap editor bound to the case's Yjs document: StarterKit without its own history (the
 * Collaboration extension brings Yjs' undo, which only undoes our own changes), and the others'
 * carets in their institution colours.
 */
export function useNotesEditor(
  { doc, provider }: NotesDocument,
  user: SessionUser,
  { canEdit, texts }: { canEdit: boolean; texts: EditorTexts },
): Editor {
  const editor = useEditor(
    {
      extensions: [
        StarterKit.configure({
          undoRedo: false,
          heading: { levels: [2, 3] },
          // TrailingNode writes an empty paragraph into a document that does not end with one as
          // soon as it opens: every open editor writes its own (duplicate empty paragraphs), and
          // a reader's editor sends an edit the server refuses.
          trailingNode: false,
        }),
        Collaboration.configure({ document: doc, field: NOTES_FRAGMENT }),
        CollaborationCaret.configure({
          provider,
          user: localNotesUser(user),
          render: renderCaret,
          selectionRender: renderSelection,
        }),
      ],
      editable: canEdit,
      // TipTap would add a <style> element, which the CSP refuses; notes.css carries those rules.
      injectCSS: false,
      editorProps: { attributes: editorAttributes(texts, canEdit) },
      // Carets move with every transaction (ProseMirror reuses their DOM), so flags are re-checked
      // after each one — after the DOM update and before the browser paints.
      onTransaction: ({ editor: changed }) => flipCutOffFlags(changed.view.dom),
    },
    [doc, provider],
  );

  const { label, placeholder } = texts;
  useEffect(() => {
    if (editor.isEditable !== canEdit) editor.setEditable(canEdit, false);
    const attributes = editorAttributes({ label, placeholder }, canEdit);
    editor.setOptions({ editorProps: { attributes } });
  }, [editor, canEdit, label, placeholder]);

  return editor;
}
