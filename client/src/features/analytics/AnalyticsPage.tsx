import type { AnalyticsResponse } from '@konsil/shared';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApi } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useApiQuery } from '../../lib/useApiQuery';
import { AnalyticsFiltersForm } from './AnalyticsFiltersForm';
import { AnalyticsSections } from './AnalyticsSections';
import { fetchAnalytics } from './analyticsApi';
import {
  type AnalyticsFilterValues,
  EMPTY_ANALYTICS_FILTERS,
  filtersFromSearch,
  filtersToSearch,
  hasFilters,
} from './analyticsFilters';
import './analytics.css';

/** Board analytics for coordinators and admins: filters in the address, then every figure. */
export function AnalyticsPage() {
  const { t } = useTranslation('analytics');
  const api = useApi();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearch(searchParams);
  const key = filtersToSearch(filters).toString();
  const { state, reload } = useApiQuery<AnalyticsResponse>(key, (signal) =>
    fetchAnalytics(api, filters, signal),
  );
  // The filter choices stay while the next answer loads or if it fails.
  const optionsRef = useRef<AnalyticsResponse['options'] | null>(null);
  if (state.status === 'success') optionsRef.current = state.data.options;
  // While new filters load, the figures already on screen stay (marked as updating) with the
  // filters they were computed for, so the page does not jump and no CSV link mixes the two.
  const shownRef = useRef<{ data: AnalyticsResponse; filters: AnalyticsFilterValues } | null>(null);
  if (state.status === 'success') shownRef.current = { data: state.data, filters };
  const shown = state.status === 'success' || state.status === 'loading' ? shownRef.current : null;
  const isUpdating = state.status === 'loading' && shown !== null;

  function handleApply(next: AnalyticsFilterValues) {
    setSearchParams(filtersToSearch(next));
  }

  const isFiltered = hasFilters(filters);
  const isEmpty = shown !== null && shown.data.figures.casesPerBoard.length === 0;

  return (
    <section className="page analytics" aria-labelledby="analytics-title">
      <header className="page__header">
        <h1 id="analytics-title">{t('title')}</h1>
        <p className="muted">{t('intro')}</p>
      </header>
      <AnalyticsFiltersForm
        key={key}
        initial={filters}
        options={optionsRef.current}
        onApply={handleApply}
      />
      <div aria-live="polite" className="analytics__status">
        {isUpdating && <p className="analytics__scope">{t('states.updating')}</p>}
        {state.status === 'success' && !isEmpty && (
          <p className="analytics__scope">
            {t('scope.boards', { count: state.data.figures.casesPerBoard.length })}
          </p>
        )}
      </div>
      {state.status === 'loading' && !shown && <LoadingState />}
      {state.status === 'error' && (
        <ErrorAlert error={state.error} title={t('states.loadError')} onRetry={reload} />
      )}
      {isEmpty && !isUpdating && (
        <div className="empty-state">
          <h2>{t(isFiltered ? 'states.emptyFilteredTitle' : 'states.emptyTitle')}</h2>
          <p>{t(isFiltered ? 'states.emptyFiltered' : 'states.empty')}</p>
          {isFiltered && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => handleApply(EMPTY_ANALYTICS_FILTERS)}
            >
              {t('filters.clear')}
            </button>
          )}
        </div>
      )}
      {shown && !isEmpty && (
        <div className={isUpdating ? 'analytics__updating' : undefined} aria-busy={isUpdating}>
          <AnalyticsSections figures={shown.data.figures} filters={shown.filters} />
        </div>
      )}
    </section>
  );
}
