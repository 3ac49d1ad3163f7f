import { randomUUID } from 'node:crypto';
import { SEARCH_KINDS, type SearchKind } from '@konsil/shared';
import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import type { QueryTerm } from '../../search/searchTokens';
import type { Database } from '../schema';

type Executor = Kysely<Database>;

export interface SearchEntry {
  id: string;
  boardId: string;
  caseId: string | null;
  kind: SearchKind;
  text: string;
}

// Rows per insert: well under both engines' bound-parameter limits.
const INSERT_CHUNK = 400;

/** Replaces the one entry a source has (a board's minutes, a case's recommendation, a case). */
export async function replaceSearchEntry(
  db: Executor,
  source: {
    boardId: string;
    caseId: string | null;
    kind: SearchKind;
    text: string;
    terms: string[];
  },
  at: Date,
): Promise<void> {
  let stale = db
    .selectFrom('search_entries')
    .select('id')
    .where('board_id', '=', source.boardId)
    .where('kind', '=', source.kind);
  stale =
    source.caseId === null
      ? stale.where('case_id', 'is', null)
      : stale.where('case_id', '=', source.caseId);
  const ids = (await stale.execute()).map((row) => row.id);
  if (ids.length > 0) {
    await db.deleteFrom('search_terms').where('entry_id', 'in', ids).execute();
    await db.deleteFrom('search_entries').where('id', 'in', ids).execute();
  }
  if (source.terms.length === 0) return;
  const id = randomUUID();
  await db
    .insertInto('search_entries')
    .values({
      id,
      board_id: source.boardId,
      case_id: source.caseId,
      kind: source.kind,
      text: source.text,
      updated_at: at.toISOString(),
    })
    .execute();
  for (let start = 0; start < source.terms.length; start += INSERT_CHUNK) {
    await db
      .insertInto('search_terms')
      .values(
        source.terms.slice(start, start + INSERT_CHUNK).map((term) => ({ entry_id: id, term })),
      )
      .execute();
  }
}

/** A case moved to another board: its entries (the case, its recommendation) go with it. */
export async function moveCaseSearchEntries(
  db: Executor,
  caseId: string,
  toBoardId: string,
): Promise<void> {
  await db
    .updateTable('search_entries')
    .set({ board_id: toBoardId })
    .where('case_id', '=', caseId)
    .execute();
}

/** `like` patterns match literally: the user's %, _ and \ are escaped. */
const likePrefix = (term: string) => `${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/** Up to `candidates` entries that satisfy every condition, newest first (an empty query finds nothing). */
export async function findSearchEntries(
  db: Executor,
  conditions: readonly QueryTerm[],
  candidates: number,
): Promise<SearchEntry[]> {
  if (conditions.length === 0) return [];
  let matching: string[] | undefined;
  for (const condition of conditions) {
    let query = db.selectFrom('search_terms').select('entry_id').distinct();
    query =
      condition.kind === 'exact'
        ? query.where('term', '=', condition.term)
        : query.where(sql<boolean>`term like ${likePrefix(condition.term)} escape '\\'`);
    const found = (await query.execute()).map((row) => row.entry_id);
    const ids = new Set(found);
    matching = matching === undefined ? found : matching.filter((id) => ids.has(id));
    if (matching.length === 0) return [];
  }
  const ids = matching ?? [];
  const rows = await db
    .selectFrom('search_entries')
    .select(['id', 'board_id', 'case_id', 'kind', 'text'])
    .where('id', 'in', ids.slice(0, candidates))
    .orderBy('updated_at', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    boardId: row.board_id,
    caseId: row.case_id,
    kind: z.enum(SEARCH_KINDS).parse(row.kind),
    text: row.text,
  }));
}
