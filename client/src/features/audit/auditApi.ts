import {
  type AuditCheckpoint,
  AuditCheckpointSchema,
  type AuditPage,
  AuditPageSchema,
  type AuditVerifyResult,
  AuditVerifyResultSchema,
} from '@konsil/shared';
import type { ApiClient } from '../../lib/api';

export async function fetchAuditPage(
  api: ApiClient,
  search: URLSearchParams,
  signal?: AbortSignal,
): Promise<AuditPage> {
  const query = search.toString();
  return api.request('GET', `/api/audit${query ? `?${query}` : ''}`, AuditPageSchema, { signal });
}

export async function verifyAuditChain(api: ApiClient): Promise<AuditVerifyResult> {
  return api.request('GET', '/api/audit/verify', AuditVerifyResultSchema);
}

/** Signs the chain's head now (admins); the server audits it. */
export async function signAuditCheckpoint(api: ApiClient): Promise<AuditCheckpoint> {
  return api.request('POST', '/api/audit/checkpoints', AuditCheckpointSchema);
}

/** The checkpoints and public key as JSON, for a plain download link (the server audits it). */
export const AUDIT_CHECKPOINTS_HREF = '/api/audit/checkpoints';
