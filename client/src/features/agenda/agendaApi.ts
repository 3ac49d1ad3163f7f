import { type BoardDetail, BoardResponseSchema, type UpdateAgendaInput } from '@konsil/shared';
import type { ApiClient } from '../../lib/api';

/** Saves the whole order; a stale `agendaVersion` is refused with 409 `conflict`. */
export async function updateAgenda(
  api: ApiClient,
  boardId: string,
  input: UpdateAgendaInput,
): Promise<BoardDetail> {
  const { board } = await api.request(
    'PUT',
    `/api/boards/${encodeURIComponent(boardId)}/agenda`,
    BoardResponseSchema,
    { body: input },
  );
  return board;
}
