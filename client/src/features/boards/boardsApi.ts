import {
  type BoardDetail,
  BoardListSchema,
  BoardResponseSchema,
  type BoardSummary,
  type CreateBoardInput,
  DirectorySchema,
  type InstitutionList,
  InstitutionListSchema,
  type Participant,
  type UpdateBoardInput,
} from '@konsil/shared';
import type { ApiClient } from '../../lib/api';

export type InstitutionOption = InstitutionList['institutions'][number];

const boardPath = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}`;

export async function listMyBoards(api: ApiClient, signal?: AbortSignal): Promise<BoardSummary[]> {
  const { boards } = await api.request('GET', '/api/boards', BoardListSchema, { signal });
  return boards;
}

export async function fetchBoard(
  api: ApiClient,
  boardId: string,
  signal?: AbortSignal,
): Promise<BoardDetail> {
  const { board } = await api.request('GET', boardPath(boardId), BoardResponseSchema, { signal });
  return board;
}

export async function createBoard(api: ApiClient, input: CreateBoardInput): Promise<BoardDetail> {
  const { board } = await api.request('POST', '/api/boards', BoardResponseSchema, { body: input });
  return board;
}

export async function updateBoard(
  api: ApiClient,
  boardId: string,
  input: UpdateBoardInput,
): Promise<BoardDetail> {
  const { board } = await api.request('PUT', boardPath(boardId), BoardResponseSchema, {
    body: input,
  });
  return board;
}

export async function listInstitutions(
  api: ApiClient,
  signal?: AbortSignal,
): Promise<InstitutionOption[]> {
  const { institutions } = await api.request('GET', '/api/institutions', InstitutionListSchema, {
    signal,
  });
  return institutions;
}

/** People of the given institutions who may be invited (coordinators only). */
export async function listDirectory(
  api: ApiClient,
  institutionIds: readonly string[],
  signal?: AbortSignal,
): Promise<Participant[]> {
  const query = new URLSearchParams({ institutionIds: institutionIds.join(',') });
  const { users } = await api.request(
    'GET',
    `/api/directory/users?${query.toString()}`,
    DirectorySchema,
    { signal },
  );
  return users;
}

/** The board as a calendar file; a plain download link, so the browser sends the cookie. */
export function calendarUrl(boardId: string): string {
  return `${boardPath(boardId)}/calendar.ics`;
}
