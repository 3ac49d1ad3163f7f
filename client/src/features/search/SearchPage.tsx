import { SEARCH_QUERY_MAX } from '@konsil/shared';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApi } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useApiQuery } from '../../lib/useApiQuery';
import { SearchResultItem } from './SearchResultItem';
import { search } from './searchApi';
import { keyedResults } from './searchResults';
import '../../styles/clinical.css';
import '../../styles/search.css';

function SearchForm({ query, onSearch }: { query: string; onSearch: (query: string) => void }) {
  const { t } = useTranslation('minutes');
  const [text, setText] = useState(query);
  const [shownQuery, setShownQuery] = useState(query);
  const inputId = useId();
  // A new address (a search, the back button, a link) puts its query in the box without
  // remounting it, so the focus stays where it is.
  if (query !== shownQuery) {
    setShownQuery(query);
    setText(query);
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    onSearch(text);
  }

  return (
    <search>
      <form className="search-form" onSubmit={handleSubmit}>
        <label className="field__label" htmlFor={inputId}>
          {t('search.label')}
        </label>
        <div className="search-form__row">
          <input
            id={inputId}
            className="field__control"
            type="search"
            name="q"
            value={text}
            maxLength={SEARCH_QUERY_MAX}
            placeholder={t('search.placeholder')}
            data-testid="search-input"
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className="button">
            {t('search.submit')}
          </button>
        </div>
      </form>
    </search>
  );
}

/** /search?q=…: full-text search over signed minutes, recommendations and cases. */
export function SearchPage() {
  const { t } = useTranslation('minutes');
  const api = useApi();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = (searchParams.get('q') ?? '').trim();
  const { state, reload } = useApiQuery(`search:${query}`, (signal) =>
    query === '' ? Promise.resolve([]) : search(api, query, signal),
  );

  function handleSearch(text: string) {
    const next = text.trim();
    // The same query again searches again: new minutes may have been signed meanwhile.
    if (next === query) reload();
    else setSearchParams(next === '' ? {} : { q: next });
  }

  return (
    <section className="page" aria-labelledby="search-title">
      <header className="page__header">
        <h1 id="search-title">{t('search.title')}</h1>
        <p className="muted">{t('search.intro')}</p>
      </header>
      <SearchForm query={query} onSearch={handleSearch} />
      {query === '' && <p className="muted">{t('search.prompt')}</p>}
      {query !== '' && state.status === 'loading' && <LoadingState />}
      {query !== '' && state.status === 'error' && (
        <ErrorAlert error={state.error} title={t('search.loadError')} onRetry={reload} />
      )}
      {query !== '' && state.status === 'success' && (
        <>
          <p role="status" className="search-count">
            {state.data.length === 0
              ? t('search.none', { query })
              : t('search.results', { count: state.data.length, query })}
          </p>
          {state.data.length > 0 && (
            <ol className="search-results">
              {keyedResults(state.data).map(({ key, result }) => (
                <SearchResultItem key={key} result={result} />
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
