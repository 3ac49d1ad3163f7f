import { SEARCH_QUERY_MAX, type SearchResult } from '@konsil/shared';
import { type Actor, can } from '../policies/can';
import { boardScopeOf, caseScopeOf } from '../policies/scopes';
import type { Db } from '../storage/db';
import { type BoardRecord, findBoard } from '../storage/repositories/boards';
import { type CaseRecord, findCase } from '../storage/repositories/cases';
import { boardTimes } from '../storage/repositories/minutes';
import { findSearchEntries } from '../storage/repositories/searchEntries';
import { queryTerms } from './searchTokens';
import { snippetOf } from './snippet';

const MAX_RESULTS = 50;
/** Matches read before the permission check; what a user may not read is dropped. */
const CANDIDATES = 1_000;

/**
 * Searches what `actor` may read: minutes by the board, recommendations and
 * cases by the case (consent and home institution decide). A result never
 * names a board or case the actor could not open.
 */
export async function runSearch(db: Db, actor: Actor, query: string): Promise<SearchResult[]> {
  const terms = queryTerms(query.slice(0, SEARCH_QUERY_MAX));
  const entries = await findSearchEntries(db, terms, CANDIDATES);
  const boards = new Map<string, BoardRecord | null>();
  const boardOf = async (id: string) => {
    if (!boards.has(id)) boards.set(id, await findBoard(db, id));
    return boards.get(id) ?? null;
  };
  const startedAt = new Map<string, string | null>();
  // When a board was held: asked only for boards that yield a result.
  const startedAtOf = async (id: string) => {
    if (!startedAt.has(id)) startedAt.set(id, (await boardTimes(db, id)).startedAt);
    return startedAt.get(id) ?? null;
  };
  const results: SearchResult[] = [];
  for (const entry of entries) {
    if (results.length >= MAX_RESULTS) break;
    const board = await boardOf(entry.boardId);
    if (!board || !can(actor, 'board:read', boardScopeOf(board))) continue;
    let item: CaseRecord | null = null;
    if (entry.caseId) {
      item = await findCase(db, board.id, entry.caseId);
      if (!item || !can(actor, 'case:read', caseScopeOf(board, item))) continue;
    } else if (entry.kind === 'minutes' && !can(actor, 'minutes:read', boardScopeOf(board))) {
      continue;
    }
    const snippet = snippetOf(entry.text, terms);
    results.push({
      boardId: board.id,
      ...(item ? { caseId: item.id } : {}),
      kind: entry.kind,
      boardTitle: board.title,
      boardStartsAt: board.startsAt,
      boardStartedAt: await startedAtOf(board.id),
      pseudonym: item?.pseudonym ?? null,
      snippet: snippet.text,
      highlights: snippet.highlights,
    });
  }
  return results;
}
