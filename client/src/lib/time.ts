/** The viewer's own IANA zone, as the browser reports it. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** "Europe/Berlin" → "Berlin", "America/New_York" → "New York". */
export function zoneCity(timeZone: string): string {
  const last = timeZone.split('/').pop() ?? timeZone;
  return last.replace(/_/g, ' ');
}

/** Clinical schedules read in 24-hour time in every supported language. */
const TIME_OPTIONS: Intl.DateTimeFormatOptions = {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

export function formatTime(instant: string | Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { ...TIME_OPTIONS, timeZone }).format(new Date(instant));
}

export function formatDate(instant: string | Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone,
  }).format(new Date(instant));
}

/**
 * "2026-12-03 08:00:00" in the given zone: audit rows are compared and sorted by eye, so they use
 * one unambiguous, language-independent form (ISO 8601 order) rather than 12/03 vs 03.12.
 */
export function formatAuditTime(instant: string | Date, timeZone: string): string {
  const at = wallClockParts(new Date(instant), timeZone);
  return `${at.year}-${at.month}-${at.day} ${at.hour}:${at.minute}:${at.second}`;
}

type WallClockField = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

/** The zero-padded wall-clock fields of an instant in a zone (24-hour clock). */
function wallClockParts(instant: Date, timeZone: string): Record<WallClockField, string> {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: WallClockField) => parts.find((part) => part.type === type)?.value ?? '0';
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** The calendar day of an instant in a zone, as YYYY-MM-DD (en-CA formats dates that way). */
export function calendarDay(instant: string | Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone,
  }).format(new Date(instant));
}

export interface ZoneTime {
  timeZone: string;
  city: string;
  time: string;
  /** Short weekday, set only when this zone's calendar day differs from the reference zone's. */
  otherDay: string | null;
}

/**
 * The same instant in several zones, e.g. 08:00 Berlin and 16:00 Seoul. Zones are deduplicated;
 * a zone whose calendar day differs from `referenceZone` carries its weekday so 20:00 Berlin
 * never reads as 04:00 the same day in Seoul.
 */
export function timesInZones(
  instant: string,
  timeZones: readonly string[],
  locale: string,
  referenceZone: string,
): ZoneTime[] {
  const referenceDay = calendarDay(instant, referenceZone);
  const weekday = (zone: string) =>
    new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: zone }).format(new Date(instant));
  return [...new Set(timeZones)].map((timeZone) => ({
    timeZone,
    city: zoneCity(timeZone),
    time: formatTime(instant, locale, timeZone),
    otherDay: calendarDay(instant, timeZone) === referenceDay ? null : weekday(timeZone),
  }));
}

/** "08:00 Berlin · 16:00 Seoul" */
export function formatZoneTimes(times: readonly ZoneTime[]): string {
  return times
    .map((entry) => [entry.otherDay, entry.time, entry.city].filter(Boolean).join(' '))
    .join(' · ');
}

/** Offset of `timeZone` from UTC at `instantMs`, in milliseconds. */
function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const at = wallClockParts(new Date(instantMs), timeZone);
  const asUtc = Date.UTC(
    Number(at.year),
    Number(at.month) - 1,
    Number(at.day),
    Number(at.hour),
    Number(at.minute),
    Number(at.second),
  );
  return asUtc - (instantMs - (instantMs % 1000));
}

/**
 * The instant at which a calendar day (YYYY-MM-DD) starts in `timeZone`, or — with `endOfDay` —
 * the last millisecond of that day. Returns null for anything that is not a date.
 */
export function dayBoundaryInstant(day: string, timeZone: string, endOfDay = false): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [, year, month, date] = match.map(Number) as [number, number, number, number];
  const wallClock = Date.UTC(year, month - 1, date + (endOfDay ? 1 : 0));
  if (Number.isNaN(wallClock)) return null;
  // Two passes settle the offset when the day starts next to a DST switch.
  let instant = wallClock - zoneOffsetMs(wallClock, timeZone);
  instant = wallClock - zoneOffsetMs(instant, timeZone);
  return new Date(endOfDay ? instant - 1 : instant).toISOString();
}

/**
 * A calendar date without a time (YYYY-MM-DD, e.g. a date of diagnosis) in the viewer's
 * language. It names a day, not an instant, so no zone shifts it.
 */
export function formatCalendarDate(date: string, locale: string): string {
  const at = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(at)) return date;
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(at);
}
