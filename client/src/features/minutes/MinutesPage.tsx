import type { MinutesResponse } from '@konsil/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { useApi } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useApiQuery } from '../../lib/useApiQuery';
import { AmendForm } from './AmendForm';
import { DuplicatedParagraphsNotice } from './DuplicatedParagraphsNotice';
import { MinutesActions } from './MinutesActions';
import { MinutesDiffView } from './MinutesDiffView';
import { MinutesDocument } from './MinutesDocument';
import { MinutesNotice, type MinutesNoticeState } from './MinutesNotice';
import { MinutesStateBanner } from './MinutesStateBanner';
import { fetchMinutes, fetchMinutesVersion, fetchMinutesVersions } from './minutesApi';
import { VersionList } from './VersionList';
import '../../styles/clinical.css';
import '../../styles/minutes.css';
import '../../styles/amendments.css';

/** `?version=N` shows an older signed version; no parameter shows the latest (or the draft). */
function versionFrom(search: URLSearchParams): number | null {
  const raw = search.get('version') ?? '';
  return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null;
}

/** /boards/:boardId/minutes: read, sign, amend and compare a board's minutes. */
export function MinutesPage() {
  const { t } = useTranslation('minutes');
  const { t: tc } = useTranslation('clinical');
  const { boardId = '' } = useParams();
  const api = useApi();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = versionFrom(searchParams);
  const minutesQuery = useApiQuery(`minutes:${boardId}:${requested ?? 'latest'}`, (signal) =>
    requested === null
      ? fetchMinutes(api, boardId, signal)
      : fetchMinutesVersion(api, boardId, requested, signal),
  );
  const versionsQuery = useApiQuery(`minutes-versions:${boardId}`, (signal) =>
    fetchMinutesVersions(api, boardId, signal),
  );
  const [notice, setNotice] = useState<MinutesNoticeState | null>(null);
  const [isAmending, setIsAmending] = useState(false);
  // The version whose changes are shown; another version on screen hides the comparison.
  const [comparedVersion, setComparedVersion] = useState<number | null>(null);
  const boardPath = `/boards/${encodeURIComponent(boardId)}`;

  const { state } = minutesQuery;
  if (state.status === 'error' && state.error.id === 'not_found') return <NotFoundPage />;
  if (state.status === 'error' && state.error.id === 'minutes_not_available') {
    return (
      <section className="page" data-testid="minutes-page" aria-labelledby="minutes-title">
        <nav className="breadcrumbs" aria-label={t('page.breadcrumbs')}>
          <Link to={boardPath}>{t('page.backToBoard')}</Link>
        </nav>
        <div className="empty-state" data-testid="minutes-not-available">
          <h1 id="minutes-title">{t('page.notAvailableTitle')}</h1>
          <p>{t('page.notAvailableBody')}</p>
        </div>
      </section>
    );
  }
  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'error') {
    return (
      <ErrorAlert error={state.error} title={t('page.loadError')} onRetry={minutesQuery.reload} />
    );
  }

  const { minutes, permissions } = state.data;
  const { board } = minutes.content;
  const versions =
    versionsQuery.state.status === 'success' ? versionsQuery.state.data.versions : [];
  const isSigned = minutes.state === 'signed';
  const latestVersion =
    versions.at(-1)?.version ?? (isSigned && requested === null ? minutes.version : null);
  const isLatest = isSigned && (requested === null || requested === latestVersion);
  const isComparing = comparedVersion === minutes.version && minutes.version >= 2;

  /** After signing or amending: the new latest version, at the plain address. */
  function showLatest(response: MinutesResponse) {
    if (requested === null) minutesQuery.update(() => response);
    else setSearchParams({});
    versionsQuery.reload();
  }

  function handleLoadLatest() {
    setIsAmending(false);
    if (requested === null) minutesQuery.reload();
    else setSearchParams({});
    versionsQuery.reload();
  }

  return (
    <article
      className="page minutes-page"
      data-testid="minutes-page"
      aria-labelledby="minutes-title"
    >
      <nav className="breadcrumbs" aria-label={t('page.breadcrumbs')}>
        <Link to={boardPath}>{t('page.backToBoard')}</Link>
      </nav>
      <header className="page__header page__header--split">
        <div>
          <p className="eyebrow">
            {t('page.eyebrow')}
            {board.tumorEntity && ` · ${tc(`entities.${board.tumorEntity}`)}`}
          </p>
          <h1 id="minutes-title">{board.title}</h1>
          <p className="muted">{t('page.host', { name: board.host.name })}</p>
        </div>
        <MinutesActions
          boardId={boardId}
          latestVersion={isSigned ? latestVersion : null}
          canCompare={isSigned && minutes.version >= 2 && !isAmending}
          isComparing={isComparing}
          canAmend={isLatest && permissions.canAmend && !isAmending}
          onToggleCompare={() => setComparedVersion(isComparing ? null : minutes.version)}
          onAmend={() => setIsAmending(true)}
        />
      </header>
      <MinutesNotice notice={notice} />
      {isSigned && !isLatest && latestVersion !== null && (
        <div className="alert alert--warning" role="status">
          <p>{t('state.olderVersion', { version: minutes.version, latest: latestVersion })}</p>
          <Link to={`${boardPath}/minutes`}>{t('state.toLatest')}</Link>
        </div>
      )}
      <MinutesStateBanner minutes={minutes} />
      <DuplicatedParagraphsNotice boardId={boardId} warnings={state.data.warnings} />
      {isComparing && (
        <MinutesDiffView boardId={boardId} from={minutes.version - 1} to={minutes.version} />
      )}
      {isAmending && isLatest ? (
        <AmendForm
          boardId={boardId}
          minutes={minutes}
          onAmended={(response) => {
            setIsAmending(false);
            setNotice({ kind: 'amended', version: response.minutes.version });
            showLatest(response);
          }}
          onCancel={() => setIsAmending(false)}
          onLoadLatest={handleLoadLatest}
        />
      ) : (
        <MinutesDocument
          boardId={boardId}
          minutes={minutes}
          canSign={permissions.canSign}
          onSummarySaved={(response) => {
            minutesQuery.update(() => response);
            setNotice({ kind: 'summarySaved' });
          }}
          onSigned={(response) => {
            setNotice({ kind: 'signed', version: response.minutes.version });
            showLatest(response);
          }}
          onSignRefused={(refusal) => {
            setNotice({ kind: refusal });
            minutesQuery.reload();
            versionsQuery.reload();
          }}
        />
      )}
      {versionsQuery.state.status === 'error' && (
        <ErrorAlert
          error={versionsQuery.state.error}
          title={t('versions.loadError')}
          onRetry={versionsQuery.reload}
        />
      )}
      {versions.length > 0 && (
        <VersionList boardId={boardId} versions={versions} shownVersion={minutes.version} />
      )}
    </article>
  );
}
