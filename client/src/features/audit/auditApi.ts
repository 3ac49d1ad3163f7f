import {
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
