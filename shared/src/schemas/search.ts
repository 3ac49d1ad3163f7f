import { z } from 'zod';
import { IdSchema, InstantSchema } from './common';

/** What full-text search finds: signed minutes, recommendations, and cases (diagnosis, pseudonym). */
export const SEARCH_KINDS = ['minutes', 'recommendation', 'case'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Any text is a query; longer ones are cut here rather than refused. */
export const SEARCH_QUERY_MAX = 200;

export const SearchResultSchema = z.object({
  boardId: IdSchema,
  caseId: IdSchema.optional(),
  kind: z.enum(SEARCH_KINDS),
  boardTitle: z.string(),
  /** When the board was planned to start. */
  boardStartsAt: InstantSchema,
  /** When the board was actually started; null for a board that never went live. */
  boardStartedAt: InstantSchema.nullable(),
  pseudonym: z.string().nullable(),
  /** Plain text around the match; `highlights` marks the matches in it. */
  snippet: z.string(),
  highlights: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const SearchResponseSchema = z.object({ results: z.array(SearchResultSchema) });
export type SearchResponse = z.infer<typeof SearchResponseSchema>;
