import { formatDate, formatTime, viewerTimeZone } from '../../lib/time';

/** A board's start as the viewer reads it: their own zone, 24-hour time. */
export function startOnViewerClock(startsAt: string, locale: string) {
  const zone = viewerTimeZone();
  return { date: formatDate(startsAt, locale, zone), time: formatTime(startsAt, locale, zone) };
}
