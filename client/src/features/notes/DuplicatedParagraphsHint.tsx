import type { DuplicatedParagraph } from '@konsil/shared';
import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { duplicatedParagraphsIn } from './duplicatedParagraphs';
import '../../styles/duplicates.css';

const sameTexts = (a: DuplicatedParagraph[], b: DuplicatedParagraph[]) =>
  a.length === b.length && a.every((found, index) => found.text === b[index]?.text);

/** Re-checked on every change of the document (own or merged in), not on cursor moves. */
function useDuplicatedParagraphs(editor: Editor): DuplicatedParagraph[] {
  const [found, setFound] = useState<DuplicatedParagraph[]>([]);
  useEffect(() => {
    const check = () => {
      const next = duplicatedParagraphsIn(editor.state.doc);
      setFound((previous) => (sameTexts(previous, next) ? previous : next));
    };
    check();
    editor.on('update', check);
    return () => {
      editor.off('update', check);
    };
  }, [editor]);
  return found;
}

/**
 * Under the notes: text that is there twice, as two people pressing Enter in the same paragraph
 * without seeing each other's edit (one offline, say) leave it — Yjs merges the two splits into
 * a copy. Said where it can still be fixed, before it reaches the minutes.
 */
export function DuplicatedParagraphsHint({ editor }: { editor: Editor }) {
  const { t } = useTranslation('clinical');
  const found = useDuplicatedParagraphs(editor);
  if (found.length === 0) return null;
  return (
    <div className="alert alert--warning notes-duplicates" data-testid="notes-duplicates">
      <p className="alert__title">{t('duplicates.title', { count: found.length })}</p>
      <ul className="notes-duplicates__list">
        {found.map((duplicate) => (
          <li key={duplicate.text}>
            <q>{duplicate.text}</q>
          </li>
        ))}
      </ul>
      <p>{t('duplicates.body')}</p>
    </div>
  );
}
