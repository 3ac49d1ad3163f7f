import { formatCertificateCode } from '@konsil/shared';
import { csvDocument } from '../csv/spreadsheetCsv';
import type { Db } from '../storage/db';
import type { BoardRecord } from '../storage/repositories/boards';
import { listCertificatesOfBoard } from '../storage/repositories/certificates';
import { findUsersByIds } from '../storage/repositories/users';
import { attendedTimes } from './attendedTime';

export const ATTENDANCE_CSV_HEADER = [
  'name',
  'institution',
  'specialty',
  'time_zone',
  'first_joined_utc',
  'first_joined_local',
  'last_left_utc',
  'last_left_local',
  'minutes_attended',
  'certificate_code',
] as const;

/** "2026-12-03 16:02" on the person's institution's clock (sv-SE writes ISO-like dates). */
function localTime(instant: string | null, timeZone: string): string | null {
  if (!instant) return null;
  return new Intl.DateTimeFormat('sv-SE', {
    dateStyle: 'short',
    timeStyle: 'short',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(instant));
}

/**
 * Who attended a board: one row per invited participant and per anyone else who joined, with
 * their merged time (as in the minutes) and their certificate's code once one was issued.
 * Someone invited who never joined has a row with no times and 0 minutes.
 */
export async function attendanceCsvOf(db: Db, board: BoardRecord): Promise<string> {
  const [times, certificates] = await Promise.all([
    attendedTimes(db, board.id),
    listCertificatesOfBoard(db, board.id),
  ]);
  const ids = new Set([...board.participantIds, ...times.keys()]);
  const people = [...(await findUsersByIds(db, [...ids])).values()].sort(
    (a, b) => a.institution.code.localeCompare(b.institution.code) || a.name.localeCompare(b.name),
  );
  const codes = new Map(certificates.map((entry) => [entry.userId, entry.code]));
  const rows = people.map((person) => {
    const time = times.get(person.id);
    const zone = person.institution.timeZone;
    const code = codes.get(person.id);
    return [
      person.name,
      person.institution.name,
      person.specialty,
      zone,
      time?.firstJoinedAt ?? null,
      localTime(time?.firstJoinedAt ?? null, zone),
      time?.lastLeftAt ?? null,
      localTime(time?.lastLeftAt ?? null, zone),
      time?.minutes ?? 0,
      code ? formatCertificateCode(code) : null,
    ];
  });
  return csvDocument(ATTENDANCE_CSV_HEADER, rows);
}
