import type { AttendanceEntry, MinutesContent } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { formatTime, viewerTimeZone, zoneCity } from '../../lib/time';
import { attendanceGroups, type MinutesInstitution } from './attendanceGroups';

/** "08:02–08:40, 09:10 to the end" in one zone; an open interval ran to the end of the board. */
function useIntervalsText() {
  const { t, i18n } = useTranslation('minutes');
  return (intervals: AttendanceEntry['intervals'], timeZone: string) =>
    intervals
      .map((interval) => {
        const from = formatTime(interval.from, i18n.language, timeZone);
        return interval.to
          ? t('attendance.interval', { from, to: formatTime(interval.to, i18n.language, timeZone) })
          : t('attendance.toEnd', { from });
      })
      .join(', ');
}

interface AttendeeProps {
  entry: AttendanceEntry;
  institution: MinutesInstitution;
  viewerZone: string;
}

/** One person: their times in the viewer's zone and, if it differs, on their own center's clock. */
function Attendee({ entry, institution, viewerZone }: AttendeeProps) {
  const { t } = useTranslation('minutes');
  const { t: tc } = useTranslation();
  const intervalsText = useIntervalsText();
  const isOtherZone = institution.timeZone !== viewerZone && entry.intervals.length > 0;
  return (
    <li className="attendance-entry">
      <span className="attendance-entry__name">{entry.name}</span>{' '}
      <span className="cell-meta">{tc(`roles.${entry.role}`)}</span>
      <span className="attendance-entry__times">
        {intervalsText(entry.intervals, viewerZone)}
        {isOtherZone && (
          <span className="muted">
            {' '}
            {t('attendance.localTimes', {
              times: intervalsText(entry.intervals, institution.timeZone),
              city: zoneCity(institution.timeZone),
            })}
          </span>
        )}
      </span>
    </li>
  );
}

/** Who was there, by institution, with when they were in the live board. */
export function AttendanceSection({ content }: { content: MinutesContent }) {
  const { t } = useTranslation('minutes');
  const zone = viewerTimeZone();
  return (
    <section className="card minutes-section" aria-labelledby="minutes-attendance-title">
      <h2 id="minutes-attendance-title">{t('attendance.title')}</h2>
      {content.attendance.length === 0 ? (
        <p>{t('attendance.none')}</p>
      ) : (
        <>
          <p className="muted">{t('attendance.timesNote', { zone })}</p>
          <div className="attendance-groups" data-testid="minutes-attendance">
            {attendanceGroups(content).map(({ institution, entries }) => (
              <section key={institution.code} className="attendance-group">
                <h3 className="attendance-group__title">
                  <span className="code-badge">{institution.code}</span> {institution.name}
                </h3>
                {entries.length === 0 ? (
                  <p className="muted">{t('attendance.noneHere')}</p>
                ) : (
                  <ul className="plain-list">
                    {entries.map((entry) => (
                      <Attendee
                        key={`${entry.name}:${entry.intervals[0]?.from ?? ''}`}
                        entry={entry}
                        institution={institution}
                        viewerZone={zone}
                      />
                    ))}
                  </ul>
                )}
              </section>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
