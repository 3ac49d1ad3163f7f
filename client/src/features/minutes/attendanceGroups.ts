import type { AttendanceEntry, MinutesContent } from '@konsil/shared';

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
 * left the board after they attended — form groups of their own at the end, in the host's zone.
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
      group = { institution: { code, name: code, timeZone: content.board.timeZone }, entries: [] };
      groups.push(group);
    }
    group.entries.push(entry);
  }
  return groups;
}
