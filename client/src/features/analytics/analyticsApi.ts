import { type AnalyticsResponse, AnalyticsResponseSchema } from '@konsil/shared';
import type { ApiClient } from '../../lib/api';
import { type AnalyticsFilterValues, analyticsPath } from './analyticsFilters';

export async function fetchAnalytics(
  api: ApiClient,
  filters: AnalyticsFilterValues,
  signal?: AbortSignal,
): Promise<AnalyticsResponse> {
  return api.request('GET', analyticsPath(filters), AnalyticsResponseSchema, { signal });
}
