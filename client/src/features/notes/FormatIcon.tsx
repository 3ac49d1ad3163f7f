export type NotesFormat =
  | 'heading2'
  | 'heading3'
  | 'bold'
  | 'italic'
  | 'bulletList'
  | 'orderedList';

/** The picture on a toolbar button; the button's aria-label says what it does. */
export function FormatIcon({ format }: { format: NotesFormat }) {
  switch (format) {
    case 'heading2':
      return (
        <span aria-hidden="true" className="notes-toolbar__glyph">
          H2
        </span>
      );
    case 'heading3':
      return (
        <span aria-hidden="true" className="notes-toolbar__glyph">
          H3
        </span>
      );
    case 'bold':
      return (
        <span aria-hidden="true" className="notes-toolbar__glyph notes-toolbar__glyph--bold">
          B
        </span>
      );
    case 'italic':
      return (
        <span aria-hidden="true" className="notes-toolbar__glyph notes-toolbar__glyph--italic">
          I
        </span>
      );
    case 'bulletList':
      return (
        <svg
          className="notes-toolbar__icon"
          viewBox="0 0 20 20"
          aria-hidden="true"
          focusable="false"
        >
          <circle cx="4" cy="5" r="1.6" />
          <circle cx="4" cy="10" r="1.6" />
          <circle cx="4" cy="15" r="1.6" />
          <path d="M8 5h9M8 10h9M8 15h9" />
        </svg>
      );
    case 'orderedList':
      return (
        <svg
          className="notes-toolbar__icon"
          viewBox="0 0 20 20"
          aria-hidden="true"
          focusable="false"
        >
          <text x="1" y="7.5">
            1
          </text>
          <text x="1" y="12.5">
            2
          </text>
          <text x="1" y="17.5">
            3
          </text>
          <path d="M8 5h9M8 10h9M8 15h9" />
        </svg>
      );
  }
}
