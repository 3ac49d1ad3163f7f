import type { AttendanceEntry } from '@konsil/shared';
import type { AttendanceRow } from '../storage/repositories/minutes';

/** A gap shorter than this between two stays is a reconnect, not leaving and coming back. */
export const ATTENDANCE_MERGE_GAP_MS = 2 * 60_000;
/**
 * A span shorter than this (after merging) is a glance, not attendance: the minutes show times
 * to the minute, where it would read as "16:30–16:30".
 */
export const ATTENDANCE_MIN_SPAN_MS = 60_000;

interface BoardSpan {
  startedAt: string | null;
  endedAt: string | null;
}

interface Span {
  from: string;
  to: string | null;
}

const at = (instant: string) => Date.parse(instant);

/**
 * One person's stays as the minutes record them: each stay clipped to the board's start and end
 * (an open stay ends with the board once it has ended), what lies outside or lasts no time
 * dropped, stays less than two minutes apart merged into one span, and spans under a minute
 * left out. `to` stays null only while the board is live. Instants are kept as given, so
 * unchanged stays keep their bytes.
 */
export function attendanceSpans(stays: readonly Span[], board: BoardSpan): Span[] {
  const clipped: Span[] = [];
  for (const stay of stays) {
    let { from, to } = stay;
    if (to === null && board.endedAt !== null) to = board.endedAt;
    if (board.startedAt !== null && at(from) < at(board.startedAt)) from = board.startedAt;
    if (board.endedAt !== null && to !== null && at(to) > at(board.endedAt)) to = board.endedAt;
    if (board.endedAt !== null && at(from) >= at(board.endedAt)) continue;
    if (to !== null && at(to) <= at(from)) continue;
    clipped.push({ from, to });
  }
  clipped.sort((a, b) => at(a.from) - at(b.from));

  const merged: Span[] = [];
  for (const span of clipped) {
    const last = merged[merged.length - 1];
    if (last && (last.to === null || at(span.from) - at(last.to) < ATTENDANCE_MERGE_GAP_MS)) {
      // Overlapping or a quick reconnect: one span, running to whichever ends later.
      if (last.to !== null && (span.to === null || at(span.to) > at(last.to))) last.to = span.to;
      continue;
    }
    merged.push({ ...span });
  }
  return merged.filter(
    (span) => span.to === null || at(span.to) - at(span.from) >= ATTENDANCE_MIN_SPAN_MS,
  );
}

/**
 * Who attended, by institution and then name: one entry per person with their spans (see
 * `attendanceSpans`) and their institution's zone. Someone left with no span did not attend.
 */
export function attendanceOf(rows: readonly AttendanceRow[], board: BoardSpan): AttendanceEntry[] {
  const byUser = new Map<string, { row: AttendanceRow; stays: Span[] }>();
  for (const row of rows) {
    const person = byUser.get(row.userId) ?? { row, stays: [] };
    person.stays.push({ from: row.joinedAt, to: row.leftAt });
    byUser.set(row.userId, person);
  }
  const entries: AttendanceEntry[] = [];
  for (const { row, stays } of byUser.values()) {
    const intervals = attendanceSpans(stays, board);
    if (intervals.length === 0) continue;
    entries.push({
      name: row.name,
      role: row.role,
      institutionCode: row.institutionCode,
      timeZone: row.timeZone,
      intervals,
    });
  }
  return entries.sort(
    (a, b) => a.institutionCode.localeCompare(b.institutionCode) || a.name.localeCompare(b.name),
  );
}
