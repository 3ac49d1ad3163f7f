/**
 * Paragraphs of case notes that a merge of concurrent edits may have duplicated.
 *
 * TipTap's Yjs binding writes a paragraph split (Enter) as two changes: delete the text after
 * the cursor, and insert a new paragraph holding that text. Yjs has no "split" of its own, so
 * when two people press Enter in the same paragraph without having seen each other's edit
 * (one of them offline, or both at the same moment), their deletions merge into one but both
 * inserted paragraphs stay: the text after the cursor is then in the notes twice — as two equal
 * paragraphs, or (cursors at different places) as a paragraph that is the end of its
 * neighbour. (When the paragraph holds a line break the binding may keep the original
 * paragraph for the second half and duplicate the first instead: two equal paragraphs are
 * still found; a paragraph equal to the *start* of its neighbour is not reported, since a
 * heading repeated at the start of the paragraph below it looks just the same.)
 *
 * Nothing here changes notes: it finds what a person should look at before signing.
 */

/** How many following paragraphs are compared with each one: the copies land side by side. */
export const DUPLICATE_NEIGHBOURS = 3;

/**
 * Letters and digits a repeated text needs before it is reported: lines such as "—", "n/a",
 * "Befund" or an empty paragraph are legitimately repeated. Eight keeps short Korean clauses
 * (dense script) while leaving out single words.
 */
export const MIN_DUPLICATE_LETTERS = 8;

export interface DuplicatedParagraph {
  /** The text that is there twice: the shorter of the two paragraphs, whitespace tidied. */
  text: string;
  /** Index (in the paragraphs given) of the paragraph that holds only the repeated text. */
  index: number;
  /** Index of the paragraph that already contains it. */
  repeats: number;
}

const LIST_MARKER = /^\s*(?:•|\d+\.)\s+/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;

/** A line of notes text without its list marker ("• ", "2. ") and with single spaces. */
function normalized(paragraph: string): string {
  return paragraph.replace(LIST_MARKER, '').replace(/\s+/gu, ' ').trim();
}

function isSignificant(text: string): boolean {
  return (text.match(LETTER_OR_DIGIT)?.length ?? 0) >= MIN_DUPLICATE_LETTERS;
}

/**
 * Paragraphs that repeat a neighbour (one of the next few non-empty paragraphs) entirely, or
 * that equal its end — what two concurrent splits of one paragraph leave.
 * Each repeated text is reported once. Works on notes text lines (list markers are ignored) as
 * well as on paragraph texts taken from the editor.
 */
export function findDuplicatedParagraphs(paragraphs: readonly string[]): DuplicatedParagraph[] {
  const lines = paragraphs
    .map((paragraph, index) => ({ index, text: normalized(paragraph) }))
    .filter((line) => line.text.length > 0);
  const found: DuplicatedParagraph[] = [];
  const reported = new Set<string>();
  lines.forEach((line, position) => {
    for (const other of lines.slice(position + 1, position + 1 + DUPLICATE_NEIGHBOURS)) {
      const [shorter, longer] =
        other.text.length <= line.text.length ? [other, line] : [line, other];
      if (reported.has(shorter.text) || !isSignificant(shorter.text)) continue;
      if (!longer.text.endsWith(shorter.text)) continue;
      reported.add(shorter.text);
      found.push({ text: shorter.text, index: shorter.index, repeats: longer.index });
    }
  });
  return found;
}
