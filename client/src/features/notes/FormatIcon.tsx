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

// Drawn, not written: text in the picture would be visible text the button's name leaves out.
const LIST_MARKERS: Record<'bulletList' | 'orderedList', ReactNode> = {
  bulletList: [5, 10, 15].map((y) => <circle key={y} cx="4" cy={y} r="1.6" />),
  orderedList: [
    'M2.7 4 3.9 3.2v3.6',
    'M2.4 8.9q1.1-1.1 2.1 0q.4.5-.3 1.2L2.4 11.8h2.5',
    'M2.4 13.2h2.4l-1.3 1.3q1.5 0 1.4 1.1t-2.5.8',
  ].map((digit) => <path key={digit} className="notes-toolbar__digit" d={digit} />),
};

/** The letters a text format's button shows (H2, B …), which its accessible name must include. */
export function formatGlyph(format: NotesFormat): string | null {
  return GLYPHS[format]?.text ?? null;
}

/** The picture on a toolbar button; the button's aria-label says what it does, with the letters. */
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
