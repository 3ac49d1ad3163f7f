import { foldText, type QueryTerm } from './searchTokens';

const CONTEXT = 70;

export interface Snippet {
  text: string;
  /** Where the query matched, as [start, end) offsets into `text`. */
  highlights: { start: number; end: number }[];
}

/** The text folded like the index, with each folded character's place in the original. */
function foldWithPositions(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = foldText(char);
    folded += piece;
    for (let i = 0; i < piece.length; i += 1) origin.push(index);
    index += char.length;
  }
  origin.push(index);
  return { folded, origin };
}

/**
 * A short passage around the first match, with every match in it marked.
 * Plain text and offsets: the client marks them without parsing anything.
 */
export function snippetOf(original: string, terms: readonly QueryTerm[]): Snippet {
  // One line: newlines and runs of spaces read as one space.
  const text = original.replace(/\s+/g, ' ').trim();
  const { folded, origin } = foldWithPositions(text);
  const matches: { start: number; end: number }[] = [];
  for (const { term } of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
      matches.push({ start: origin[at] ?? 0, end: origin[at + term.length] ?? text.length });
    }
  }
  matches.sort((a, b) => a.start - b.start);
  const first = matches[0];
  const from = first ? Math.max(0, first.start - CONTEXT) : 0;
  const to = Math.min(text.length, (first?.end ?? 0) + CONTEXT * 2);
  const lead = from > 0 ? '…' : '';
  const tail = to < text.length ? '…' : '';
  const highlights: Snippet['highlights'] = [];
  for (const match of matches) {
    if (match.start < from || match.end > to) continue;
    const start = match.start - from + lead.length;
    const last = highlights.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, match.end - from + lead.length);
    else highlights.push({ start, end: match.end - from + lead.length });
  }
  return { text: `${lead}${text.slice(from, to)}${tail}`, highlights };
}
