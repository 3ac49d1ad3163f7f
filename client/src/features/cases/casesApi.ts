import {
  type CaseDetail,
  CaseResponseSchema,
  type ChangeCaseStatusInput,
  type CreateCaseInput,
  type UpdateCaseInput,
} from '@konsil/shared';
import type { ApiClient } from '../../lib/api';

const casesPath = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/cases`;
const casePath = (boardId: string, caseId: string) =>
  `${casesPath(boardId)}/${encodeURIComponent(caseId)}`;

export async function fetchCase(
  api: ApiClient,
  boardId: string,
  caseId: string,
  signal?: AbortSignal,
): Promise<CaseDetail> {
  const response = await api.request('GET', casePath(boardId, caseId), CaseResponseSchema, {
    signal,
  });
  return response.case;
}

export async function createCase(
  api: ApiClient,
  boardId: string,
  input: CreateCaseInput,
): Promise<CaseDetail> {
  const response = await api.request('POST', casesPath(boardId), CaseResponseSchema, {
    body: input,
  });
  return response.case;
}

export async function updateCase(
  api: ApiClient,
  boardId: string,
  caseId: string,
  input: UpdateCaseInput,
): Promise<CaseDetail> {
  const response = await api.request('PUT', casePath(boardId, caseId), CaseResponseSchema, {
    body: input,
  });
  return response.case;
}

/** Marking an incomplete case ready is refused with 422 `case_not_ready`, naming what is missing. */
export async function changeCaseStatus(
  api: ApiClient,
  boardId: string,
  caseId: string,
  input: ChangeCaseStatusInput,
): Promise<CaseDetail> {
  const response = await api.request(
    'POST',
    `${casePath(boardId, caseId)}/status`,
    CaseResponseSchema,
    { body: input },
  );
  return response.case;
}
