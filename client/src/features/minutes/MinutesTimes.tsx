import { institutionsOf, type MinutesContent } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { formatDate, formatTime, viewerTimeZone, zoneCity } from '../../lib/time';

interface ZoneRow {
  key: string;
  label: string;
  timeZone: string;
}

/** When the board was scheduled and when it was held, in the viewer's zone and every center's. */
export function MinutesTimes({ board }: { board: MinutesContent['board'] }) {
  const { t, i18n } = useTranslation('minutes');
  const locale = i18n.language;
  const rows: ZoneRow[] = [
    { key: 'viewer', label: t('times.yourTime'), timeZone: viewerTimeZone() },
    ...institutionsOf(board).map((institution) => ({
      key: institution.code,
      label: `${institution.code} · ${zoneCity(institution.timeZone)}`,
      timeZone: institution.timeZone,
    })),
  ];
  const { startedAt, endedAt } = board;

  return (
    <div className="table-wrap minutes-times">
      <table className="table" data-testid="minutes-times">
        <caption className="visually-hidden">{t('times.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('times.zone')}</th>
            <th scope="col">{t('times.scheduled')}</th>
            <th scope="col">{t('times.held')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.key}
              className={row.key === 'viewer' ? 'minutes-times__viewer' : undefined}
            >
              <th scope="row">
                {row.label}
                <span className="cell-meta">{row.timeZone}</span>
              </th>
              <td>
                <span className="cell-title">
                  {formatTime(board.startsAt, locale, row.timeZone)}
                </span>
                <span className="cell-meta">
                  {formatDate(board.startsAt, locale, row.timeZone)}
                </span>
              </td>
              <td>
                {startedAt ? (
                  <>
                    <span className="cell-title">
                      {formatTime(startedAt, locale, row.timeZone)}–
                      {endedAt ? formatTime(endedAt, locale, row.timeZone) : ''}
                    </span>
                    <span className="cell-meta">{formatDate(startedAt, locale, row.timeZone)}</span>
                  </>
                ) : (
                  <span className="muted">{t('times.notHeld')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
