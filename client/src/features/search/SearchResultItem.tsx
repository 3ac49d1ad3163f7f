import type { SearchResult } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, viewerTimeZone } from '../../lib/time';
import { boardDateOf, resultPath, snippetParts } from './searchResults';

/** One hit: what it is, which board (and when), the case pseudonym, and the marked snippet. */
export function SearchResultItem({ result }: { result: SearchResult }) {
  const { t, i18n } = useTranslation('minutes');
  const parts = snippetParts(result.snippet, result.highlights);
  const boardDate = boardDateOf(result);
  const title =
    result.kind === 'minutes'
      ? t('search.minutesOf', { title: result.boardTitle })
      : (result.pseudonym ?? result.boardTitle);
  return (
    <li className="search-result" data-testid="search-result" data-kind={result.kind}>
      <p className="search-result__meta">
        <span className={`kind-badge kind-badge--${result.kind}`}>
          {t(`search.kind.${result.kind}`)}
        </span>
        <span>{result.boardTitle}</span>
        <time dateTime={boardDate.at} data-testid="search-result-date" data-kind={boardDate.kind}>
          {t(`search.boardDate.${boardDate.kind}`, {
            date: formatDate(boardDate.at, i18n.language, viewerTimeZone()),
          })}
        </time>
        {result.kind === 'minutes' && result.pseudonym && (
          <span className="pseudonym">{result.pseudonym}</span>
        )}
      </p>
      <h2 className="search-result__title">
        <Link to={resultPath(result)}>{title}</Link>
      </h2>
      <p className="search-result__snippet">
        {parts.map((part, index) =>
          part.isMatch ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: the pieces are fixed for this snippet.
            <mark key={index}>{part.text}</mark>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: the pieces are fixed for this snippet.
            <span key={index}>{part.text}</span>
          ),
        )}
      </p>
    </li>
  );
}
