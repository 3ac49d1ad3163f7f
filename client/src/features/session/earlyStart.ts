import { formatDate, formatTime, zoneCity } from '../../lib/time';

/** A scheduled start as one zone's clock shows it. */
export interface StartInZone {
  date: string;
  time: string;
  city: string;
}

/** What the early-start question names: the viewer's own clock, and the board's when it differs. */
export interface EarlyStartTimes {
  viewer: StartInZone;
  board: StartInZone | null;
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
  const isSameClock = board.date === viewer.date && board.time === viewer.time;
  return { viewer, board: isSameClock ? null : board };
}
