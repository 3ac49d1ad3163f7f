import type { MinutesVersionList } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatTime, viewerTimeZone } from '../../lib/time';

interface VersionListProps {
  boardId: string;
  versions: MinutesVersionList['versions'];
  /** The version on screen. */
  shownVersion: number;
}

/** Every signed version, newest first: who signed when, and why it amends the one before. */
export function VersionList({ boardId, versions, shownVersion }: VersionListProps) {
  const { t, i18n } = useTranslation('minutes');
  const zone = viewerTimeZone();
  const latest = versions.at(-1)?.version;
  return (
    <nav className="card minutes-versions" aria-labelledby="minutes-versions-title">
      <h2 id="minutes-versions-title">{t('versions.title')}</h2>
      <ol className="plain-list minutes-versions__list" data-testid="minutes-versions">
        {[...versions].reverse().map(({ version, signature, amendmentReason }) => {
          const isShown = version === shownVersion;
          // The latest version lives at the plain address, so links to it never go stale.
          const path = `/boards/${encodeURIComponent(boardId)}/minutes`;
          const to = version === latest ? path : `${path}?version=${version}`;
          return (
            <li
              key={version}
              className={isShown ? 'minutes-version minutes-version--shown' : 'minutes-version'}
              data-version={version}
            >
              <Link to={to} aria-current={isShown ? 'page' : undefined}>
                {t('versions.version', { version })}
              </Link>
              {isShown && <span className="tag">{t('versions.shown')}</span>}
              <span className="cell-meta">
                {t('versions.signedBy', {
                  name: signature.signedBy.name,
                  institution: signature.signedBy.institutionCode,
                  date: formatDate(signature.signedAt, i18n.language, zone),
                  time: formatTime(signature.signedAt, i18n.language, zone),
                })}
              </span>
              <span className="minutes-version__reason">
                {amendmentReason
                  ? t('versions.reason', { reason: amendmentReason })
                  : t('versions.original')}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
