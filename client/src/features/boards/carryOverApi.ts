import {
  type BoardCarryOvers,
  BoardCarryOversSchema,
  type CarryOverBoard,
  type CarryOverEntry,
  CarryOverResponseSchema,
  CarryOverTargetsResponseSchema,
} from '@konsil/shared';
import type { ApiClient } from '../../lib/api';

const casePath = (boardId: string, caseId: string) =>
  `/api/boards/${encodeURIComponent(boardId)}/cases/${encodeURIComponent(caseId)}`;

/** Cases carried away from this board and carried in from earlier ones. */
export function fetchCarryOvers(
  api: ApiClient,
  boardId: string,
  signal?: AbortSignal,
): Promise<BoardCarryOvers> {
  return api.request(
    'GET',
    `/api/boards/${encodeURIComponent(boardId)}/carry-overs`,
    BoardCarryOversSchema,
    { signal },
  );
}

/** The boards this case may be carried over to (later, scheduled, with its home institution). */
export async function fetchCarryOverTargets(
  api: ApiClient,
  boardId: string,
  caseId: string,
  signal?: AbortSignal,
): Promise<CarryOverBoard[]> {
  const { targets } = await api.request(
    'GET',
    `${casePath(boardId, caseId)}/carry-over/targets`,
    CarryOverTargetsResponseSchema,
    { signal },
  );
  return targets;
}

export async function carryOverCase(
  api: ApiClient,
  boardId: string,
  caseId: string,
  toBoardId: string,
): Promise<CarryOverEntry> {
  const { carriedOver } = await api.request(
    'POST',
    `${casePath(boardId, caseId)}/carry-over`,
    CarryOverResponseSchema,
    { body: { toBoardId } },
  );
  return carriedOver;
}
