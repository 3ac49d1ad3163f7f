import { institutionsOf, type MinutesContent } from '@konsil/shared';

export {
  type AttendanceGroup,
  attendanceGroups,
  institutionsOf,
  type MinutesInstitution,
} from '@konsil/shared';

/** An institution's full name for its code; the code itself if the minutes do not list it. */
export function institutionName(board: MinutesContent['board'], code: string): string {
  return institutionsOf(board).find((institution) => institution.code === code)?.name ?? code;
}
