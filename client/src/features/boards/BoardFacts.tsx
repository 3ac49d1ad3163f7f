import type { BoardDetail } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { formatDate, formatTime, viewerTimeZone, zoneCity } from '../../lib/time';

interface ZoneRow {
  key: string;
  label: string;
  timeZone: string;
}

/** When (in the viewer's zone and every institution's), how long, who hosts, where to join. */
export function BoardFacts({ board }: { board: BoardDetail }) {
  const { t, i18n } = useTranslation('clinical');
  const locale = i18n.language;
  const viewerZone = viewerTimeZone();
  const start = new Date(board.startsAt);
  const end = new Date(start.getTime() + board.durationMinutes * 60_000);
  const institutions = [
    board.hostInstitution,
    ...board.institutions.filter((institution) => institution.id !== board.hostInstitution.id),
  ];
  const rows: ZoneRow[] = [
    { key: 'viewer', label: t('board.facts.yourTime'), timeZone: viewerZone },
    ...institutions.map((institution) => ({
      key: institution.id,
      label: `${institution.code} · ${zoneCity(institution.timeZone)}`,
      timeZone: institution.timeZone,
    })),
  ];

  return (
    <section className="card facts" aria-labelledby="facts-title">
      <h2 id="facts-title" className="visually-hidden">
        {t('board.facts.title')}
      </h2>
      <div className="facts__when">
        <table className="zone-table" data-testid="board-times">
          <caption className="zone-table__caption">{t('board.facts.when')}</caption>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className={row.key === 'viewer' ? 'zone-table__viewer' : undefined}>
                <th scope="row">
                  {row.label}
                  <span className="cell-meta">{row.timeZone}</span>
                </th>
                <td>{formatDate(start, locale, row.timeZone)}</td>
                <td className="zone-table__time">
                  {formatTime(start, locale, row.timeZone)}–{formatTime(end, locale, row.timeZone)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="facts__list">
        <div>
          <dt>{t('board.facts.duration')}</dt>
          <dd>{t('board.facts.durationValue', { minutes: board.durationMinutes })}</dd>
        </div>
        <div>
          <dt>{t('board.facts.host')}</dt>
          <dd>
            {board.hostInstitution.name}{' '}
            <span className="code-badge">{board.hostInstitution.code}</span>
          </dd>
        </div>
        <div>
          <dt>{t('board.facts.plannedIn')}</dt>
          <dd>
            {zoneCity(board.timeZone)} <span className="cell-meta">{board.timeZone}</span>
          </dd>
        </div>
        <div>
          <dt>{t('board.facts.video')}</dt>
          <dd>
            {board.videoUrl ? (
              <a href={board.videoUrl} target="_blank" rel="noopener noreferrer">
                {t('board.facts.videoOpen')}
                <span className="visually-hidden"> {t('board.facts.newTab')}</span>
              </a>
            ) : (
              <span className="muted">{t('board.facts.noVideo')}</span>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
