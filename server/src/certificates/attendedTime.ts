import { attendanceSpans } from '../minutes/attendance';
import type { Db } from '../storage/db';
import { boardTimes, listAttendanceWithPeople } from '../storage/repositories/minutes';

/** One person's time on a board, from their stays merged exactly as the minutes merge them. */
export interface AttendedTime {
  userId: string;
  minutes: number;
  /** The start of their first span and the end of their last; null when they attended no span. */
  firstJoinedAt: string | null;
  lastLeftAt: string | null;
}

const MINUTE_MS = 60_000;

/**
 * Whole minutes in `spans`, rounded down: a certificate states no more than was attended.
 * An open span (board still live) counts nothing.
 */
export function minutesIn(spans: readonly { from: string; to: string | null }[]): number {
  let total = 0;
  for (const span of spans) {
    if (span.to !== null) total += Date.parse(span.to) - Date.parse(span.from);
  }
  return Math.floor(total / MINUTE_MS);
}

/**
 * Everyone with attendance recorded on the board, by user id: their spans as the minutes
 * show them (clipped to the board, reconnects merged, glances dropped), in minutes.
 */
export async function attendedTimes(db: Db, boardId: string): Promise<Map<string, AttendedTime>> {
  const [times, rows] = await Promise.all([
    boardTimes(db, boardId),
    listAttendanceWithPeople(db, boardId),
  ]);
  const stays = new Map<string, { from: string; to: string | null }[]>();
  for (const row of rows) {
    const list = stays.get(row.userId) ?? [];
    list.push({ from: row.joinedAt, to: row.leftAt });
    stays.set(row.userId, list);
  }
  const result = new Map<string, AttendedTime>();
  for (const [userId, list] of stays) {
    const spans = attendanceSpans(list, times);
    result.set(userId, {
      userId,
      minutes: minutesIn(spans),
      firstJoinedAt: spans[0]?.from ?? null,
      lastLeftAt: spans.at(-1)?.to ?? null,
    });
  }
  return result;
}
