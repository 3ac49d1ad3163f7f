import {
  type AttendanceEntry,
  type AttendanceGroup,
  attendanceGroups,
  dayIn,
  type MinutesContent,
  tableDate,
  timeInTable,
} from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { zoneCity } from '../../lib/time';

/**
 * "16:02–16:34, 16:40 to the end" on one zone's clock, the day only beside a time that falls
 * on another day than the table's (a span across midnight).
 */
function useSpansText() {
  const { t, i18n } = useTranslation('minutes');
  return (intervals: AttendanceEntry['intervals'], timeZone: string, day: string) =>
    intervals
      .map((interval) => {
        const from = timeInTable(interval.from, i18n.language, timeZone, day);
        return interval.to
          ? t('attendance.interval', {
              from,
              to: timeInTable(interval.to, i18n.language, timeZone, day),
            })
          : t('attendance.toEnd', { from });
      })
      .join(', ');
}

/** One institution's people in a table, on their institution's clock, the zone named once. */
function InstitutionTable({ group, reference }: { group: AttendanceGroup; reference: string }) {
  const { t, i18n } = useTranslation('minutes');
  const { t: tc } = useTranslation();
  const spansText = useSpansText();
  const { institution, entries } = group;
  const zone = institution.timeZone;
  const day = dayIn(reference, zone);
  const headingId = `minutes-attendance-${institution.code}`;
  return (
    <section
      className="attendance-group"
      aria-labelledby={headingId}
      data-testid="minutes-attendance-group"
      data-institution={institution.code}
    >
      <h3 id={headingId} className="attendance-group__title">
        <span className="code-badge">{institution.code}</span> {institution.name}
      </h3>
      <p className="cell-meta" data-testid="minutes-attendance-zone">
        {t('attendance.zone', {
          city: zoneCity(zone),
          zone,
          date: tableDate(reference, i18n.language, zone),
        })}
      </p>
      {entries.length === 0 ? (
        <p className="muted">{t('attendance.noneHere')}</p>
      ) : (
        <div className="table-wrap attendance-table">
          <table className="table">
            <caption className="visually-hidden">
              {t('attendance.caption', { name: institution.name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('attendance.name')}</th>
                <th scope="col">{t('attendance.role')}</th>
                <th scope="col">{t('attendance.times')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={`${entry.name}:${entry.intervals[0]?.from ?? ''}`}>
                  <th scope="row">{entry.name}</th>
                  <td>{tc(`roles.${entry.role}`)}</td>
                  <td className="attendance-table__times" data-testid="minutes-attendance-times">
                    {spansText(entry.intervals, zone, day)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Who was in the live board and when, one table per institution on its own clock. */
export function AttendanceSection({ content }: { content: MinutesContent }) {
  const { t } = useTranslation('minutes');
  // The day each table is about: the day the board was held, on that institution's clock.
  const reference = content.board.startedAt ?? content.board.startsAt;
  return (
    <section className="card minutes-section" aria-labelledby="minutes-attendance-title">
      <h2 id="minutes-attendance-title">{t('attendance.title')}</h2>
      {content.attendance.length === 0 ? (
        <p>{t('attendance.none')}</p>
      ) : (
        <div className="attendance-groups" data-testid="minutes-attendance">
          {attendanceGroups(content).map((group) => (
            <InstitutionTable key={group.institution.code} group={group} reference={reference} />
          ))}
        </div>
      )}
    </section>
  );
}
