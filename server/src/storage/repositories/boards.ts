import { randomUUID } from 'node:crypto';
import {
  type BoardStatus,
  BoardStatusSchema,
  localDateAndTime,
  type Participant,
  RoleSchema,
  SpecialtySchema,
  type TumorEntity,
  TumorEntitySchema,
} from '@konsil/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../schema';

export interface BoardInstitutionRecord {
  id: string;
  code: string;
  name: string;
  timeZone: string;
}

export interface BoardRecord {
  id: string;
  title: string;
  tumorEntity: TumorEntity | null;
  status: BoardStatus;
  startsAt: string;
  timeZone: string;
  durationMinutes: number;
  hostInstitutionId: string;
  videoUrl: string | null;
  version: number;
  agendaVersion: number;
  institutions: BoardInstitutionRecord[];
  participants: Participant[];
  participantIds: string[];
  /** Signed minutes exist: the board's notes and decisions no longer change. */
  minutesSigned: boolean;
  /** The latest signed minutes version, or null. */
  minutesVersion: number | null;
}

type Executor = Kysely<Database>;

/**
 * Boards the user might see: invited, or their institution takes part. The
 * policy layer makes the final decision on each.
 */
export async function listCandidateBoards(
  db: Executor,
  user: { id: string; institutionId: string },
): Promise<BoardRecord[]> {
  const rows = await db
    .selectFrom('boards')
    .select('id')
    .where((eb) =>
      eb.or([
        eb(
          'id',
          'in',
          eb.selectFrom('board_participants').select('board_id').where('user_id', '=', user.id),
        ),
        eb(
          'id',
          'in',
          eb
            .selectFrom('board_institutions')
            .select('board_id')
            .where('institution_id', '=', user.institutionId),
        ),
      ]),
    )
    .execute();
  return loadBoards(
    db,
    rows.map((row) => row.id),
  );
}

export async function findBoard(db: Executor, boardId: string): Promise<BoardRecord | null> {
  const [board] = await loadBoards(db, [boardId]);
  return board ?? null;
}

/** Boards with their institutions and participants, ordered by start. */
async function loadBoards(db: Executor, ids: string[]): Promise<BoardRecord[]> {
  if (ids.length === 0) return [];
  const boards = await db
    .selectFrom('boards')
    .selectAll()
    .where('id', 'in', ids)
    .orderBy('starts_at')
    .execute();
  const institutions = await db
    .selectFrom('board_institutions')
    .innerJoin('institutions', 'institutions.id', 'board_institutions.institution_id')
    .select([
      'board_institutions.board_id',
      'institutions.id',
      'institutions.code',
      'institutions.name',
      'institutions.time_zone',
    ])
    .where('board_institutions.board_id', 'in', ids)
    .orderBy('institutions.code')
    .execute();
  const participants = await db
    .selectFrom('board_participants')
    .innerJoin('users', 'users.id', 'board_participants.user_id')
    .innerJoin('institutions', 'institutions.id', 'users.institution_id')
    .select([
      'board_participants.board_id',
      'users.id',
      'users.name',
      'users.role',
      'users.specialty',
      'institutions.id as institution_id',
      'institutions.code as institution_code',
    ])
    .where('board_participants.board_id', 'in', ids)
    .orderBy('institutions.code')
    .orderBy('users.name')
    .execute();
  const signed = await db
    .selectFrom('minutes_versions')
    .select((eb) => ['board_id', eb.fn.max('version').as('version')])
    .where('board_id', 'in', ids)
    .groupBy('board_id')
    .execute();
  const signedVersions = new Map(signed.map((row) => [row.board_id, Number(row.version)]));
  return boards.map((board) => {
    const invited = participants
      .filter((row) => row.board_id === board.id)
      .map((row) => ({
        id: row.id,
        name: row.name,
        role: RoleSchema.parse(row.role),
        specialty: row.specialty === null ? null : SpecialtySchema.parse(row.specialty),
        institution: { id: row.institution_id, code: row.institution_code },
      }));
    return {
      id: board.id,
      title: board.title,
      tumorEntity: board.tumor_entity === null ? null : TumorEntitySchema.parse(board.tumor_entity),
      status: BoardStatusSchema.parse(board.status),
      startsAt: board.starts_at,
      timeZone: board.time_zone,
      durationMinutes: Number(board.duration_minutes),
      hostInstitutionId: board.host_institution_id,
      videoUrl: board.video_url,
      version: Number(board.version),
      agendaVersion: Number(board.agenda_version),
      institutions: institutions
        .filter((row) => row.board_id === board.id)
        .map((row) => ({ id: row.id, code: row.code, name: row.name, timeZone: row.time_zone })),
      participants: invited,
      participantIds: invited.map((participant) => participant.id),
      minutesSigned: signedVersions.has(board.id),
      minutesVersion: signedVersions.get(board.id) ?? null,
    };
  });
}

export interface BoardFields {
  title: string;
  tumorEntity: TumorEntity | null;
  startsAt: string;
  timeZone: string;
  durationMinutes: number;
  hostInstitutionId: string;
  videoUrl: string | null;
  institutionIds: string[];
  participantIds: string[];
}

/** The start's date on the board's own calendar, stored with it for grouping by month in SQL. */
export function localStartDateOf(fields: { startsAt: string; timeZone: string }): string {
  return localDateAndTime(new Date(fields.startsAt), fields.timeZone).date;
}

export async function insertBoard(
  db: Executor,
  fields: BoardFields,
  meta: { createdBy: string; at: Date; status?: BoardStatus },
): Promise<string> {
  const id = randomUUID();
  const at = meta.at.toISOString();
  await db
    .insertInto('boards')
    .values({
      id,
      title: fields.title,
      tumor_entity: fields.tumorEntity,
      starts_at: fields.startsAt,
      time_zone: fields.timeZone,
      local_start_date: localStartDateOf(fields),
      duration_minutes: fields.durationMinutes,
      host_institution_id: fields.hostInstitutionId,
      status: meta.status ?? 'scheduled',
      video_url: fields.videoUrl,
      created_by: meta.createdBy,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await replaceMembers(db, id, fields);
  return id;
}

/** Applies the change only if the board is still at `expectedVersion`; false when it moved on. */
export async function updateBoard(
  db: Executor,
  boardId: string,
  expectedVersion: number,
  fields: BoardFields,
  at: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('boards')
    .set((eb) => ({
      title: fields.title,
      tumor_entity: fields.tumorEntity,
      starts_at: fields.startsAt,
      time_zone: fields.timeZone,
      local_start_date: localStartDateOf(fields),
      duration_minutes: fields.durationMinutes,
      host_institution_id: fields.hostInstitutionId,
      video_url: fields.videoUrl,
      updated_at: at.toISOString(),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', boardId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  await db.deleteFrom('board_institutions').where('board_id', '=', boardId).execute();
  await db.deleteFrom('board_participants').where('board_id', '=', boardId).execute();
  await replaceMembers(db, boardId, fields);
  return true;
}

async function replaceMembers(db: Executor, boardId: string, fields: BoardFields): Promise<void> {
  if (fields.institutionIds.length > 0) {
    await db
      .insertInto('board_institutions')
      .values(
        fields.institutionIds.map((institutionId) => ({
          board_id: boardId,
          institution_id: institutionId,
        })),
      )
      .execute();
  }
  if (fields.participantIds.length > 0) {
    await db
      .insertInto('board_participants')
      .values(fields.participantIds.map((userId) => ({ board_id: boardId, user_id: userId })))
      .execute();
  }
}

/** Moves the agenda version on if it is still `expected`; false when another edit won. */
export async function bumpAgendaVersion(
  db: Executor,
  boardId: string,
  expected: number,
): Promise<boolean> {
  const result = await db
    .updateTable('boards')
    .set((eb) => ({ agenda_version: eb('agenda_version', '+', 1) }))
    .where('id', '=', boardId)
    .where('agenda_version', '=', expected)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
