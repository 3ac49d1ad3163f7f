import type { SearchResult } from '@konsil/shared';

export interface SnippetPart {
  text: string;
  isMatch: boolean;
}

type Range = SearchResult['highlights'][number];

/**
 * The snippet cut into plain and matched pieces at the server's offsets ([start, end) in string
 * indices). Ranges are clamped to the text, sorted, and merged where they overlap or touch, and
 * empty ones are dropped, so the pieces always join up to exactly the snippet: a bad range can
 * neither lose nor repeat text. The pieces are rendered as text nodes and <mark>s, never as HTML.
 */
export function snippetParts(snippet: string, highlights: readonly Range[]): SnippetPart[] {
  const clamp = (offset: number) => Math.min(Math.max(offset, 0), snippet.length);
  const ranges = highlights
    .map((range) => ({ start: clamp(range.start), end: clamp(range.end) }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push(range);
  }
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const range of merged) {
    if (range.start > at) parts.push({ text: snippet.slice(at, range.start), isMatch: false });
    parts.push({ text: snippet.slice(range.start, range.end), isMatch: true });
    at = range.end;
  }
  if (at < snippet.length) parts.push({ text: snippet.slice(at), isMatch: false });
  return parts;
}

/** Where a result leads: minutes to the minutes page, a case or recommendation to its case. */
export function resultPath(result: Pick<SearchResult, 'boardId' | 'caseId' | 'kind'>): string {
  const board = `/boards/${encodeURIComponent(result.boardId)}`;
  if (result.kind === 'minutes') return `${board}/minutes`;
  return result.caseId ? `${board}/cases/${encodeURIComponent(result.caseId)}` : board;
}

/**
 * Results with a key each for the list: results carry no id, so kind, board and case name a hit,
 * and a repeat of the same (should the server send one) is numbered rather than collide.
 */
export function keyedResults(
  results: readonly SearchResult[],
): { key: string; result: SearchResult }[] {
  const seen = new Map<string, number>();
  return results.map((result) => {
    const base = `${result.kind}:${result.boardId}:${result.caseId ?? ''}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return { key: count === 0 ? base : `${base}:${count}`, result };
  });
}

/**
 * The date a result's board stands for: the day it was held (started), or, for a board that never
 * went live, the day it was planned — said as such, since the two differ when a board moved.
 */
export function boardDateOf(result: Pick<SearchResult, 'boardStartsAt' | 'boardStartedAt'>): {
  kind: 'held' | 'planned';
  at: string;
} {
  return result.boardStartedAt
    ? { kind: 'held', at: result.boardStartedAt }
    : { kind: 'planned', at: result.boardStartsAt };
}
