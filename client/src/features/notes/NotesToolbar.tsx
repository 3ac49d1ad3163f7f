import { type Editor, useEditorState } from '@tiptap/react';
import { type KeyboardEvent, type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormatIcon, formatGlyph, type NotesFormat } from './FormatIcon';

interface FormatButton {
  format: NotesFormat;
  /** TipTap's default shortcut, as aria-keyshortcuts spells it ("Control" becomes ⌘ on Apple). */
  keys: string[];
  isActive: (editor: Editor) => boolean;
  toggle: (editor: Editor) => void;
}

const BUTTONS: readonly FormatButton[] = [
  {
    format: 'heading2',
    keys: ['Control', 'Alt', '2'],
    isActive: (editor) => editor.isActive('heading', { level: 2 }),
    toggle: (editor) => editor.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    format: 'heading3',
    keys: ['Control', 'Alt', '3'],
    isActive: (editor) => editor.isActive('heading', { level: 3 }),
    toggle: (editor) => editor.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  {
    format: 'bold',
    keys: ['Control', 'B'],
    isActive: (editor) => editor.isActive('bold'),
    toggle: (editor) => editor.chain().focus().toggleBold().run(),
  },
  {
    format: 'italic',
    keys: ['Control', 'I'],
    isActive: (editor) => editor.isActive('italic'),
    toggle: (editor) => editor.chain().focus().toggleItalic().run(),
  },
  {
    format: 'bulletList',
    keys: ['Control', 'Shift', '8'],
    isActive: (editor) => editor.isActive('bulletList'),
    toggle: (editor) => editor.chain().focus().toggleBulletList().run(),
  },
  {
    format: 'orderedList',
    keys: ['Control', 'Shift', '7'],
    isActive: (editor) => editor.isActive('orderedList'),
    toggle: (editor) => editor.chain().focus().toggleOrderedList().run(),
  },
];

// Groups separated visually: block type, marks, lists.
const GROUP_STARTS = new Set<NotesFormat>(['bold', 'bulletList']);

const isApple = /Mac|iPhone|iPad/.test(navigator.userAgent);

function shortcutText(keys: readonly string[]): string {
  const names = keys.map((key) => {
    if (key === 'Control') return isApple ? '⌘' : 'Ctrl';
    if (key === 'Alt') return isApple ? '⌥' : 'Alt';
    if (key === 'Shift') return isApple ? '⇧' : 'Shift';
    return key;
  });
  return names.join(isApple ? '' : '+');
}

function shortcutAttribute(keys: readonly string[]): string {
  return keys.map((key) => (key === 'Control' && isApple ? 'Meta' : key)).join('+');
}

interface NotesToolbarProps {
  editor: Editor;
  /** While the editor takes no typing (connecting, read-only): shown, so nothing jumps later. */
  isDisabled: boolean;
}

/**
 * Headings, bold, italic and lists. One tab stop with arrow keys inside (the ARIA toolbar
 * pattern), so Tab goes from the toolbar straight into the text.
 */
export function NotesToolbar({ editor, isDisabled }: NotesToolbarProps) {
  const { t } = useTranslation('clinical');
  const [focusIndex, setFocusIndex] = useState(0);
  const buttonsRef = useRef<(HTMLButtonElement | null)[]>([]);
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => BUTTONS.map((button) => button.isActive(current)),
  });

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const last = BUTTONS.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: focusIndex === last ? 0 : focusIndex + 1,
      ArrowLeft: focusIndex === 0 ? last : focusIndex - 1,
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setFocusIndex(next);
    buttonsRef.current[next]?.focus();
  }

  return (
    <div
      className="notes-toolbar"
      role="toolbar"
      aria-label={t('notes.toolbar.label')}
      aria-disabled={isDisabled}
      onKeyDown={handleKeyDown}
    >
      {BUTTONS.map((button, index): ReactNode => {
        const action = t(`notes.toolbar.${button.format}`);
        // The name holds the letters on the button, so someone using voice control can say them.
        const glyph = formatGlyph(button.format);
        const name = glyph ? t('notes.toolbar.withGlyph', { action, glyph }) : action;
        return (
          <button
            key={button.format}
            ref={(element) => {
              buttonsRef.current[index] = element;
            }}
            type="button"
            className={
              GROUP_STARTS.has(button.format)
                ? 'notes-toolbar__button notes-toolbar__button--group'
                : 'notes-toolbar__button'
            }
            tabIndex={index === focusIndex ? 0 : -1}
            disabled={isDisabled}
            aria-label={name}
            aria-pressed={active[index] ?? false}
            aria-keyshortcuts={shortcutAttribute(button.keys)}
            title={t('notes.toolbar.withShortcut', { action, shortcut: shortcutText(button.keys) })}
            onFocus={() => setFocusIndex(index)}
            onClick={() => button.toggle(editor)}
          >
            <FormatIcon format={button.format} />
          </button>
        );
      })}
    </div>
  );
}
