import { institutionName, institutionsOf, type MinutesVersion } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import {
  formatDate,
  formatTime,
  formatZoneTimes,
  timesInZones,
  viewerTimeZone,
} from '../../lib/time';

/** Draft, or who signed when (viewer's zone and every center's) with the content hash. */
export function MinutesStateBanner({ minutes }: { minutes: MinutesVersion }) {
  const { t, i18n } = useTranslation('minutes');
  const locale = i18n.language;
  const { signature } = minutes;

  if (!signature) {
    return (
      <div
        className="minutes-state minutes-state--draft"
        data-testid="minutes-state"
        data-state="draft"
      >
        <p className="minutes-state__title">
          <span className="minutes-state__badge">{t('state.draft')}</span>
        </p>
        <p>{t('state.draftBody')}</p>
      </div>
    );
  }

  const board = minutes.content.board;
  const zone = viewerTimeZone();
  const { signedAt, signedBy, contentHash } = signature;
  const zones = institutionsOf(board).map((institution) => institution.timeZone);
  return (
    <div
      className="minutes-state minutes-state--signed"
      data-testid="minutes-state"
      data-state="signed"
      data-version={minutes.version}
    >
      <p className="minutes-state__title">
        <span className="minutes-state__badge">
          {t('state.signed', { version: minutes.version })}
        </span>{' '}
        {t('state.signedBy', {
          name: signedBy.name,
          institution: institutionName(board, signedBy.institutionCode),
        })}
      </p>
      <p>
        <time dateTime={signedAt}>
          {t('state.signedAt', {
            date: formatDate(signedAt, locale, zone),
            time: formatTime(signedAt, locale, zone),
            zone,
          })}
        </time>
        <span className="minutes-state__zones">
          {formatZoneTimes(timesInZones(signedAt, zones, locale, zone))}
        </span>
      </p>
      {minutes.amendmentReason && (
        <p>
          {t('state.amendment', { version: minutes.version - 1, reason: minutes.amendmentReason })}
        </p>
      )}
      <p className="minutes-state__hash">
        <span className="minutes-state__hash-label">{t('state.hash')}</span>
        <code data-testid="minutes-hash">{contentHash}</code>
      </p>
    </div>
  );
}
