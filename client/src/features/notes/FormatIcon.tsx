import type { ReactNode } from 'react';

export type NotesFormat =
  | 'heading2'
  | 'heading3'
  | 'bold'
  | 'italic'
  | 'bulletList'
  | 'orderedList';

/** Letters stand for the text formats; the lists get a small drawing. */
const GLYPHS: Partial<Record<NotesFormat, { text: string; modifier?: string }>> = {
  heading2: { text: 'H2' },
  heading3: { text: 'H3' },
  bold: { text: 'B', modifier: 'notes-toolbar__glyph--bold' },
  italic: { text: 'I', modifier: 'notes-toolbar__glyph--italic' },
};

const LIST_MARKERS: Record<'bulletList' | 'orderedList', ReactNode> = {
  bulletList: [5, 10, 15].map((y) => <circle key={y} cx="4" cy={y} r="1.6" />),
  orderedList: [1, 2, 3].map((number) => (
    <text key={number} x="1" y={2.5 + number * 5}>
      {number}
    </text>
  )),
};

/** The picture on a toolbar button; the button's aria-label says what it does. */
export function FormatIcon({ format }: { format: NotesFormat }) {
  const glyph = GLYPHS[format];
  if (glyph) {
    const className = ['notes-toolbar__glyph', glyph.modifier].filter(Boolean).join(' ');
    return (
      <span aria-hidden="true" className={className}>
        {glyph.text}
      </span>
    );
  }
  const markers = format === 'bulletList' || format === 'orderedList' ? LIST_MARKERS[format] : null;
  return (
    <svg className="notes-toolbar__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      {markers}
      <path d="M8 5h9M8 10h9M8 15h9" />
    </svg>
  );
}
