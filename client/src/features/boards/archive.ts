import { type BoardSummary, TUMOR_ENTITIES, type TumorEntity } from '@konsil/shared';
import { calendarDay } from '../../lib/time';

/** The archive filters; days are calendar days (YYYY-MM-DD) in the viewer's zone. */
export interface ArchiveFilters {
  entity: TumorEntity | '';
  institutionId: string;
  fromDay: string;
  toDay: string;
}

export const NO_FILTERS: ArchiveFilters = { entity: '', institutionId: '', fromDay: '', toDay: '' };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isTumorEntity(value: string): value is TumorEntity {
  return TUMOR_ENTITIES.some((entity) => entity === value);
}

/** Filters kept in the page address, so a filtered archive survives a reload or a back step. */
export function filtersFromSearch(search: URLSearchParams): ArchiveFilters {
  const entity = search.get('entity') ?? '';
  const day = (key: string) => {
    const value = search.get(key) ?? '';
    return DAY.test(value) ? value : '';
  };
  return {
    entity: isTumorEntity(entity) ? entity : '',
    institutionId: search.get('institution') ?? '',
    fromDay: day('from'),
    toDay: day('to'),
  };
}

export function filtersToSearch(filters: ArchiveFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.entity) search.set('entity', filters.entity);
  if (filters.institutionId) search.set('institution', filters.institutionId);
  if (filters.fromDay) search.set('from', filters.fromDay);
  if (filters.toDay) search.set('to', filters.toDay);
  return search;
}

export function isFiltering(filters: ArchiveFilters): boolean {
  return Object.values(filters).some((value) => value !== '');
}

export function isRangeValid(filters: ArchiveFilters): boolean {
  return !filters.fromDay || !filters.toDay || filters.fromDay <= filters.toDay;
}

/** Boards matching every filter set; a day range counts the start's day in the viewer's zone. */
export function filterBoards(
  boards: readonly BoardSummary[],
  filters: ArchiveFilters,
  timeZone: string,
): BoardSummary[] {
  return boards.filter((board) => {
    if (filters.entity && board.tumorEntity !== filters.entity) return false;
    if (
      filters.institutionId &&
      board.hostInstitution.id !== filters.institutionId &&
      !board.institutions.some((institution) => institution.id === filters.institutionId)
    ) {
      return false;
    }
    const day = calendarDay(board.startsAt, timeZone);
    if (filters.fromDay && day < filters.fromDay) return false;
    if (filters.toDay && day > filters.toDay) return false;
    return true;
  });
}

/**
 * Past: ended, or never started and its planned end has passed (it will have no minutes).
 * Upcoming: everything else — still to come, live now, or due to start. Upcoming boards are
 * listed soonest first, past boards most recent first.
 */
export function splitBoards(
  boards: readonly BoardSummary[],
  now: Date,
): { upcoming: BoardSummary[]; past: BoardSummary[] } {
  const plannedEnd = (board: BoardSummary) =>
    Date.parse(board.startsAt) + board.durationMinutes * 60_000;
  const isPast = (board: BoardSummary) =>
    board.status === 'ended' || (board.status === 'scheduled' && plannedEnd(board) < now.getTime());
  const byStart = (a: BoardSummary, b: BoardSummary) =>
    Date.parse(a.startsAt) - Date.parse(b.startsAt);
  return {
    upcoming: boards.filter((board) => !isPast(board)).sort(byStart),
    past: boards.filter(isPast).sort((a, b) => byStart(b, a)),
  };
}

export type MinutesStatus =
  | { kind: 'signed'; version: number }
  | { kind: 'toSign' }
  | { kind: 'none' };

/** Signed (latest version), a draft waiting to be signed (ended board), or no minutes at all. */
export function minutesStatus(board: BoardSummary): MinutesStatus {
  if (board.minutesVersion !== null) return { kind: 'signed', version: board.minutesVersion };
  return board.status === 'ended' ? { kind: 'toSign' } : { kind: 'none' };
}

/** Every institution the listed boards involve, once, by code: the institution filter's choices. */
export function institutionChoices(
  boards: readonly BoardSummary[],
): { id: string; code: string; name: string }[] {
  const byId = new Map<string, { id: string; code: string; name: string }>();
  for (const board of boards) {
    for (const { id, code, name } of [board.hostInstitution, ...board.institutions]) {
      byId.set(id, { id, code, name });
    }
  }
  return [...byId.values()].sort((a, b) => a.code.localeCompare(b.code));
}
