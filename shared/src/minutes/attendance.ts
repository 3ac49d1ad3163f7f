import type { AttendanceEntry, MinutesContent } from '../schemas/minutes';

/**
 * How the minutes lay out attendance, the same on the page and in the PDF: one table per
 * institution on its own clock, 24-hour times, the zone and date once in the table's heading
 * and a date beside a time only when that time falls on another day (a span across midnight).
 */

export type MinutesInstitution = MinutesContent['board']['host'];

export interface AttendanceGroup {
  institution: MinutesInstitution;
  entries: AttendanceEntry[];
}

/** The host first, then the other participating institutions in the order the minutes list them. */
export function institutionsOf(board: MinutesContent['board']): MinutesInstitution[] {
  return [
    board.host,
    ...board.institutions.filter((institution) => institution.code !== board.host.code),
  ];
}

/** An institution's full name for its code; the code itself if the minutes do not list it. */
export function institutionName(board: MinutesContent['board'], code: string): string {
  return institutionsOf(board).find((institution) => institution.code === code)?.name ?? code;
}

/**
 * Attendance by institution, host first, every participating institution present (an empty group
 * says "no one from here joined"). People of an institution the board does not list — one that
 * left the board after they attended — form groups of their own at the end, in their own zone
 * (the board's, in minutes signed before attendance recorded it).
 */
export function attendanceGroups(content: MinutesContent): AttendanceGroup[] {
  const groups: AttendanceGroup[] = institutionsOf(content.board).map((institution) => ({
    institution,
    entries: [],
  }));
  for (const entry of content.attendance) {
    let group = groups.find((candidate) => candidate.institution.code === entry.institutionCode);
    if (!group) {
      const code = entry.institutionCode;
      const timeZone = entry.timeZone ?? content.board.timeZone;
      group = { institution: { code, name: code, timeZone }, entries: [] };
      groups.push(group);
    }
    group.entries.push(entry);
  }
  return groups;
}

/** "16:28" in every language: clinical schedules read in 24-hour time. */
export function clockTime(instant: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(instant));
}

/** The calendar day of an instant in a zone, as YYYY-MM-DD (en-CA writes dates that way). */
export function dayIn(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone,
  }).format(new Date(instant));
}

/** The day a table of times is about, for its heading ("Thu, 3 Dec 2026"). */
export function tableDate(instant: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone,
  }).format(new Date(instant));
}

/**
 * One time of a table whose heading names `tableDay` (YYYY-MM-DD in `timeZone`): the clock
 * time alone, or with its day ("4 Dec 00:20") when it falls on another one.
 */
export function timeInTable(
  instant: string,
  locale: string,
  timeZone: string,
  tableDay: string,
): string {
  const time = clockTime(instant, locale, timeZone);
  if (dayIn(instant, timeZone) === tableDay) return time;
  const day = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    timeZone,
  }).format(new Date(instant));
  return `${day} ${time}`;
}
