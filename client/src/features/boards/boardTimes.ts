import type { BoardSummary } from '@konsil/shared';
import { formatDate, formatTime, formatZoneTimes, timesInZones } from '../../lib/time';

export interface BoardTimes {
  /** The start in the viewer's own zone, e.g. "Thu, 3 Dec 2026" and "08:00". */
  viewerDate: string;
  viewerTime: string;
  /** The start in every participating institution's zone: "08:00 Berlin · 16:00 Seoul". */
  institutions: string;
}

/** Host zone first, then the other participating institutions in the order the API lists them. */
export function boardTimes(board: BoardSummary, locale: string, viewerZone: string): BoardTimes {
  const zones = [
    board.hostInstitution.timeZone,
    ...board.institutions.map((institution) => institution.timeZone),
  ];
  return {
    viewerDate: formatDate(board.startsAt, locale, viewerZone),
    viewerTime: formatTime(board.startsAt, locale, viewerZone),
    institutions: formatZoneTimes(
      timesInZones(board.startsAt, zones, locale, board.hostInstitution.timeZone),
    ),
  };
}
