import { BoardListSchema, type BoardSummary } from '@konsil/shared';
import type { ApiClient } from '../../lib/api';

export async function listMyBoards(api: ApiClient, signal?: AbortSignal): Promise<BoardSummary[]> {
  const { boards } = await api.request('GET', '/api/boards', BoardListSchema, { signal });
  return boards;
}
