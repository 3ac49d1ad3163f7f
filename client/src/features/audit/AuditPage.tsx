import { type AuditPage as AuditPageData, LIMITS } from '@konsil/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApi } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { ApiError } from '../../lib/api';
import { viewerTimeZone } from '../../lib/time';
import { useApiQuery } from '../../lib/useApiQuery';
import { AuditFiltersForm } from './AuditFiltersForm';
import { AuditTable } from './AuditTable';
import { fetchAuditPage } from './auditApi';
import {
  type AuditFilterValues,
  auditExportHref,
  auditQuery,
  filtersFromSearch,
  filtersToSearch,
} from './auditFilters';
import { VerifyChain } from './VerifyChain';

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const zone = viewerTimeZone();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearch(searchParams);
  const key = filtersToSearch(filters).toString();
  const { state, reload, update } = useApiQuery<AuditPageData>(key, (signal) =>
    fetchAuditPage(api, auditQuery(filters, zone), signal),
  );
  const [isLoadingOlder, setIsLoadingOlder] = useState(false);
  const [olderError, setOlderError] = useState<ApiError | null>(null);
  const keyRef = useRef(key);
  keyRef.current = key;

  function handleApply(next: AuditFilterValues) {
    setOlderError(null);
    setSearchParams(filtersToSearch(next));
  }

  async function handleLoadOlder(before: number) {
    const requestedFor = key;
    setIsLoadingOlder(true);
    setOlderError(null);
    try {
      const page = await fetchAuditPage(api, auditQuery(filters, zone, before));
      // Filters changed while loading: these rows belong to the old view.
      if (keyRef.current !== requestedFor) return;
      update((current) => ({
        events: [...current.events, ...page.events],
        nextBefore: page.nextBefore,
      }));
    } catch (caught) {
      setOlderError(
        caught instanceof ApiError ? caught : new ApiError({ id: 'unknown', status: 0 }),
      );
    } finally {
      setIsLoadingOlder(false);
    }
  }

  return (
    <section className="page" aria-labelledby="audit-title">
      <header className="page__header">
        <h1 id="audit-title">{t('audit.title')}</h1>
        <p className="muted">{t('audit.intro', { zone })}</p>
      </header>
      <VerifyChain />
      <AuditFiltersForm key={key} initial={filters} onApply={handleApply} />
      <p>
        {/* A plain link: the browser's own download, and the server audits the export. */}
        <a
          className="button button--secondary"
          href={auditExportHref(filters, zone, i18n.resolvedLanguage ?? i18n.language)}
          download
        >
          {t('audit.export.link')}
        </a>{' '}
        <span className="muted">
          {t('audit.export.hint', { count: LIMITS.auditExportRows.toLocaleString(i18n.language) })}
        </span>
      </p>
      {state.status === 'loading' && <LoadingState />}
      {state.status === 'error' && (
        <ErrorAlert error={state.error} title={t('audit.loadError')} onRetry={reload} />
      )}
      {state.status === 'success' && state.data.events.length === 0 && (
        <p className="empty-state">{t('audit.empty')}</p>
      )}
      {state.status === 'success' && state.data.events.length > 0 && (
        <>
          <AuditTable events={state.data.events} timeZone={zone} />
          <div className="pager">
            {state.data.nextBefore !== null ? (
              <button
                type="button"
                className="button button--secondary"
                disabled={isLoadingOlder}
                onClick={() =>
                  state.data.nextBefore !== null && void handleLoadOlder(state.data.nextBefore)
                }
              >
                {isLoadingOlder ? t('common.loading') : t('audit.loadOlder')}
              </button>
            ) : (
              <p className="muted">{t('audit.noOlder')}</p>
            )}
            {olderError && <ErrorAlert error={olderError} />}
          </div>
        </>
      )}
    </section>
  );
}
