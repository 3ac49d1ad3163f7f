import {
  type CaseDecision,
  CaseDecisionResponseSchema,
  type CloseCaseInput,
  type ReopenCaseInput,
  type SaveRecommendationInput,
  type StatePositionInput,
} from '@konsil/shared';
import type { ApiClient } from '../../lib/api';

const decisionPath = (boardId: string, caseId: string) =>
  `/api/boards/${encodeURIComponent(boardId)}/cases/${encodeURIComponent(caseId)}`;

export async function fetchDecision(
  api: ApiClient,
  boardId: string,
  caseId: string,
  signal?: AbortSignal,
): Promise<CaseDecision> {
  const response = await api.request(
    'GET',
    `${decisionPath(boardId, caseId)}/decision`,
    CaseDecisionResponseSchema,
    { signal },
  );
  return response.decision;
}

/** A stale `version` is refused with 409 `conflict`: someone saved in between. */
export async function saveRecommendation(
  api: ApiClient,
  boardId: string,
  caseId: string,
  input: SaveRecommendationInput,
): Promise<CaseDecision> {
  const response = await api.request(
    'PUT',
    `${decisionPath(boardId, caseId)}/recommendation`,
    CaseDecisionResponseSchema,
    { body: input },
  );
  return response.decision;
}

export async function statePosition(
  api: ApiClient,
  boardId: string,
  caseId: string,
  input: StatePositionInput,
): Promise<CaseDecision> {
  const response = await api.request(
    'PUT',
    `${decisionPath(boardId, caseId)}/position`,
    CaseDecisionResponseSchema,
    { body: input },
  );
  return response.decision;
}

/** Closing as decided without a recommendation text is refused with 422 `recommendation_required`. */
export async function closeCase(
  api: ApiClient,
  boardId: string,
  caseId: string,
  input: CloseCaseInput,
): Promise<CaseDecision> {
  const response = await api.request(
    'POST',
    `${decisionPath(boardId, caseId)}/close`,
    CaseDecisionResponseSchema,
    { body: input },
  );
  return response.decision;
}

/** A case that is not closed is refused with 409 `case_not_closed`; the reason is required. */
export async function reopenCase(
  api: ApiClient,
  boardId: string,
  caseId: string,
  input: ReopenCaseInput,
): Promise<CaseDecision> {
  const response = await api.request(
    'POST',
    `${decisionPath(boardId, caseId)}/reopen`,
    CaseDecisionResponseSchema,
    { body: input },
  );
  return response.decision;
}
