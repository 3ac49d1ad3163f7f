import { formatDate, formatTime, zoneCity } from '../../lib/time';

/** A scheduled start as one zone's clock shows it. */
export interface StartInZone {
  date: string;
  time: string;
  city: string;
}

/**
 * What the early-start question names: the viewer's own clock, and the board's when it differs
 * (its date only when that is another day than the viewer's).
 */
export interface EarlyStartTimes {
  viewer: StartInZone;
  board: (Omit<StartInZone, 'date'> & { date: string | null }) | null;
}

function inZone(startsAt: string, locale: string, timeZone: string): StartInZone {
  return {
    date: formatDate(startsAt, locale, timeZone),
    time: formatTime(startsAt, locale, timeZone),
    city: zoneCity(timeZone),
  };
}

/**
 * The scheduled start in the viewer's zone, and in the board's own zone when that is another
 * clock (the same offset under another name, Berlin for a Vienna viewer, is not repeated).
 */
export function earlyStartTimes(
  startsAt: string,
  boardZone: string,
  viewerZone: string,
  locale: string,
): EarlyStartTimes {
  const viewer = inZone(startsAt, locale, viewerZone);
  const board = inZone(startsAt, locale, boardZone);
  const isSameDay = board.date === viewer.date;
  if (isSameDay && board.time === viewer.time) return { viewer, board: null };
  return { viewer, board: { ...board, date: isSameDay ? null : board.date } };
}
