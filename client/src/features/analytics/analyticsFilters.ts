import { type AnalyticsFigure, TUMOR_ENTITIES, type TumorEntity } from '@konsil/shared';

/**
 * The page's filters, kept in its address under the API's own parameter names, so a view can be
 * reloaded or shared and the same query string serves the figures and every CSV download.
 * Dates are local calendar days (YYYY-MM-DD): boards count by their own local start date.
 */
export interface AnalyticsFilterValues {
  from: string;
  to: string;
  series: string;
  institution: string;
  entity: TumorEntity | '';
}

export const EMPTY_ANALYTICS_FILTERS: AnalyticsFilterValues = {
  from: '',
  to: '',
  series: '',
  institution: '',
  entity: '',
};

const FILTER_KEYS = ['from', 'to', 'series', 'institution', 'entity'] as const;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isTumorEntity(value: string): value is TumorEntity {
  return TUMOR_ENTITIES.some((entity) => entity === value);
}

/** Filters from the address; anything malformed is dropped rather than sent on. */
export function filtersFromSearch(search: URLSearchParams): AnalyticsFilterValues {
  const day = (key: 'from' | 'to') => {
    const value = search.get(key) ?? '';
    return LOCAL_DATE.test(value) ? value : '';
  };
  const entity = search.get('entity') ?? '';
  return {
    from: day('from'),
    to: day('to'),
    series: (search.get('series') ?? '').trim(),
    institution: (search.get('institution') ?? '').trim(),
    entity: isTumorEntity(entity) ? entity : '',
  };
}

/** The query string for the address, `GET /api/analytics` and the CSV downloads alike. */
export function filtersToSearch(filters: AnalyticsFilterValues): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key].trim();
    if (value) search.set(key, value);
  }
  return search;
}

export function hasFilters(filters: AnalyticsFilterValues): boolean {
  return FILTER_KEYS.some((key) => filters[key].trim() !== '');
}

export function isPeriodValid(filters: AnalyticsFilterValues): boolean {
  return !filters.from || !filters.to || filters.from <= filters.to;
}

function withQuery(path: string, filters: AnalyticsFilterValues): string {
  const query = filtersToSearch(filters).toString();
  return query ? `${path}?${query}` : path;
}

export function analyticsPath(filters: AnalyticsFilterValues): string {
  return withQuery('/api/analytics', filters);
}

/** One figure's CSV with the filters on screen, so the file holds what the table shows. */
export function figureCsvPath(figure: AnalyticsFigure, filters: AnalyticsFilterValues): string {
  return withQuery(`/api/analytics/${figure}.csv`, filters);
}
