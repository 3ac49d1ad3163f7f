import {
  type BoardDetail,
  type CreateBoardInput,
  CreateBoardInputSchema,
  instantFromWallClock,
  localDateAndTime,
  type TumorEntity,
  TumorEntitySchema,
  todayIn,
} from '@konsil/shared';
import { type FieldRule, placeFieldErrors } from '../../lib/fieldPaths';

/** What the board form edits: text as typed, so any field can be half-filled. */
export interface BoardFormValues {
  title: string;
  /** '' for no particular entity. */
  tumorEntity: string;
  /** YYYY-MM-DD and HH:MM on the wall clock of `timeZone`. */
  date: string;
  time: string;
  timeZone: string;
  durationMinutes: string;
  hostInstitutionId: string;
  institutionIds: string[];
  videoUrl: string;
  participantIds: string[];
}

/** The day after `today` (YYYY-MM-DD), by calendar arithmetic, never by adding 24 hours. */
export function nextDay(today: string): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/** A new board: tomorrow at 08:00 in the coordinator's institution, hosted there. */
export function newBoardValues(
  institution: { id: string; timeZone: string },
  now: Date,
): BoardFormValues {
  return {
    title: '',
    tumorEntity: '',
    date: nextDay(todayIn(institution.timeZone, now)),
    time: '08:00',
    timeZone: institution.timeZone,
    durationMinutes: '60',
    hostInstitutionId: institution.id,
    institutionIds: [institution.id],
    videoUrl: '',
    participantIds: [],
  };
}

/** The form for an existing board: its start on the wall clock of the zone it was planned in. */
export function boardValues(board: BoardDetail): BoardFormValues {
  const start = localDateAndTime(new Date(board.startsAt), board.timeZone);
  const institutionIds = board.institutions.map((institution) => institution.id);
  return {
    title: board.title,
    tumorEntity: board.tumorEntity ?? '',
    date: start.date,
    time: start.time,
    timeZone: board.timeZone,
    durationMinutes: String(board.durationMinutes),
    hostInstitutionId: board.hostInstitution.id,
    institutionIds: institutionIds.includes(board.hostInstitution.id)
      ? institutionIds
      : [board.hostInstitution.id, ...institutionIds],
    videoUrl: board.videoUrl ?? '',
    participantIds: board.participants.map((participant) => participant.id),
  };
}

/** The start as an instant, or null while the date or time is incomplete or does not exist. */
export function startInstant(values: Pick<BoardFormValues, 'date' | 'time' | 'timeZone'>) {
  if (!values.date || !values.time) return null;
  return instantFromWallClock(`${values.date}T${values.time}`, values.timeZone);
}

/** True when date and time are filled in but that wall time is skipped by a DST switch. */
export function isNonexistentTime(values: Pick<BoardFormValues, 'date' | 'time' | 'timeZone'>) {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(values.date) &&
    /^\d{2}:\d{2}$/.test(values.time) &&
    startInstant(values) === null
  );
}

function parseEntity(value: string): TumorEntity | null {
  const parsed = TumorEntitySchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The request body as the contract wants it; the schema decides whether it is valid. */
export function boardRequestBody(values: BoardFormValues) {
  const duration = values.durationMinutes.trim();
  return {
    title: values.title,
    tumorEntity: parseEntity(values.tumorEntity),
    start: { local: `${values.date}T${values.time}`, timeZone: values.timeZone },
    durationMinutes: /^\d+$/.test(duration) ? Number(duration) : Number.NaN,
    hostInstitutionId: values.hostInstitutionId,
    institutionIds: values.institutionIds,
    videoUrl: values.videoUrl.trim() === '' ? null : values.videoUrl.trim(),
    participantIds: values.participantIds,
  };
}

export type BoardFieldHint =
  | 'title'
  | 'tumorEntity'
  | 'start'
  | 'timeZone'
  | 'durationMinutes'
  | 'hostInstitutionId'
  | 'institutionIds'
  | 'videoUrl'
  | 'participantIds';

/** Server and schema paths → the input that shows the error. */
export const BOARD_FIELD_RULES: Record<string, FieldRule<BoardFieldHint>> = {
  title: { hint: 'title' },
  tumorEntity: { hint: 'tumorEntity' },
  start: { hint: 'start', field: 'start.local' },
  'start.local': { hint: 'start' },
  'start.timeZone': { hint: 'timeZone' },
  durationMinutes: { hint: 'durationMinutes' },
  hostInstitutionId: { hint: 'hostInstitutionId' },
  institutionIds: { hint: 'institutionIds' },
  videoUrl: { hint: 'videoUrl' },
  participantIds: { hint: 'participantIds' },
};

export type BoardValidation =
  | { success: true; data: CreateBoardInput }
  | { success: false; fields: Map<string, BoardFieldHint | 'nonexistentTime'> };

/** Checks the form with the shared schema, plus the one rule it cannot know: DST gaps. */
export function validateBoard(values: BoardFormValues): BoardValidation {
  const parsed = CreateBoardInputSchema.safeParse(boardRequestBody(values));
  const fields: Map<string, BoardFieldHint | 'nonexistentTime'> = parsed.success
    ? new Map()
    : placeFieldErrors(
        parsed.error.issues.map((issue) => issue.path),
        BOARD_FIELD_RULES,
      ).fields;
  if (isNonexistentTime(values)) fields.set('start.local', 'nonexistentTime');
  if (parsed.success && fields.size === 0) return { success: true, data: parsed.data };
  return { success: false, fields };
}
