import { calendarDay, formatDate, formatTime } from '../../lib/time';

/**
 * An instant on the viewer's clock: the time alone when it is today, otherwise the day as well
 * (a board looked at again later: the time alone would not say which day).
 */
export function whenText(instant: string, language: string, zone: string): string {
  const clock = formatTime(instant, language, zone);
  return calendarDay(instant, zone) === calendarDay(new Date(), zone)
    ? clock
    : `${formatDate(instant, language, zone)} ${clock}`;
}
