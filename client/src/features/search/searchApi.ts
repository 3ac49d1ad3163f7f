import { SEARCH_QUERY_MAX, SearchResponseSchema, type SearchResult } from '@konsil/shared';
import type { ApiClient } from '../../lib/api';

/** Signed minutes, recommendations and cases the viewer may see that match `query`. */
export async function search(
  api: ApiClient,
  query: string,
  signal?: AbortSignal,
): Promise<SearchResult[]> {
  const params = new URLSearchParams({ q: query.slice(0, SEARCH_QUERY_MAX) });
  const { results } = await api.request(
    'GET',
    `/api/search?${params.toString()}`,
    SearchResponseSchema,
    { signal },
  );
  return results;
}
