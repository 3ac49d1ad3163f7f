import { type MinutesContent, MinutesContentSchema, ROLES, type Role } from '@konsil/shared';
import type { Kysely, Selectable } from 'kysely';
import type { Database, MinutesVersionTable } from '../schema';

type Executor = Kysely<Database>;

export interface SignedMinutesRecord {
  boardId: string;
  version: number;
  content: MinutesContent;
  contentHash: string;
  signedBy: { id: string; name: string; institutionCode: string };
  signedAt: string;
  amendmentReason: string | null;
}

export interface AttendanceRow {
  userId: string;
  name: string;
  role: Role;
  institutionCode: string;
  /** Their institution's zone, in which the minutes show their times. */
  timeZone: string;
  joinedAt: string;
  leftAt: string | null;
}

/** Who was in the live board and when, oldest first. */
export async function listAttendanceWithPeople(
  db: Executor,
  boardId: string,
): Promise<AttendanceRow[]> {
  const rows = await db
    .selectFrom('attendance as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .innerJoin('institutions as i', 'i.id', 'a.institution_id')
    .select(['a.user_id', 'a.joined_at', 'a.left_at', 'u.name', 'u.role', 'i.code', 'i.time_zone'])
    .where('a.board_id', '=', boardId)
    .orderBy('a.joined_at')
    .execute();
  return rows.map((row) => ({
    userId: row.user_id,
    name: row.name,
    role: ROLES.includes(row.role as Role) ? (row.role as Role) : 'observer',
    institutionCode: row.code,
    timeZone: row.time_zone,
    joinedAt: row.joined_at,
    leftAt: row.left_at,
  }));
}

export async function boardTimes(
  db: Executor,
  boardId: string,
): Promise<{ startedAt: string | null; endedAt: string | null }> {
  const row = await db
    .selectFrom('boards')
    .select(['started_at', 'ended_at'])
    .where('id', '=', boardId)
    .executeTakeFirst();
  return { startedAt: row?.started_at ?? null, endedAt: row?.ended_at ?? null };
}

export async function findDraftSummary(db: Executor, boardId: string): Promise<string> {
  const row = await db
    .selectFrom('minutes_drafts')
    .select('summary')
    .where('board_id', '=', boardId)
    .executeTakeFirst();
  return row?.summary ?? '';
}

export async function saveDraftSummary(
  db: Executor,
  boardId: string,
  summary: string,
  by: string,
  at: Date,
): Promise<void> {
  const updatedAt = at.toISOString();
  await db
    .insertInto('minutes_drafts')
    .values({ board_id: boardId, summary, updated_by: by, updated_at: updatedAt })
    .onConflict((conflict) =>
      conflict.column('board_id').doUpdateSet({ summary, updated_by: by, updated_at: updatedAt }),
    )
    .execute();
}

function toRecord(row: Selectable<MinutesVersionTable>): SignedMinutesRecord {
  return {
    boardId: row.board_id,
    version: Number(row.version),
    content: MinutesContentSchema.parse(JSON.parse(row.content)),
    contentHash: row.content_hash,
    signedBy: {
      id: row.signed_by,
      name: row.signer_name,
      institutionCode: row.signer_institution_code,
    },
    signedAt: row.signed_at,
    amendmentReason: row.amendment_reason,
  };
}

/** Every signed version of a board's minutes, oldest first. */
export async function listSignedMinutes(
  db: Executor,
  boardId: string,
): Promise<SignedMinutesRecord[]> {
  const rows = await db
    .selectFrom('minutes_versions')
    .selectAll()
    .where('board_id', '=', boardId)
    .orderBy('version')
    .execute();
  return rows.map(toRecord);
}

export async function latestSignedVersion(db: Executor, boardId: string): Promise<number> {
  const row = await db
    .selectFrom('minutes_versions')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('board_id', '=', boardId)
    .executeTakeFirst();
  return Number(row?.version ?? 0);
}

/**
 * Stores a signed version. The primary key (board, version) makes two
 * coordinators signing at once give one version and one conflict.
 */
export async function insertSignedMinutes(
  db: Executor,
  record: SignedMinutesRecord,
  canonicalContent: string,
): Promise<void> {
  await db
    .insertInto('minutes_versions')
    .values({
      board_id: record.boardId,
      version: record.version,
      content: canonicalContent,
      content_hash: record.contentHash,
      signed_by: record.signedBy.id,
      signer_name: record.signedBy.name,
      signer_institution_code: record.signedBy.institutionCode,
      signed_at: record.signedAt,
      amendment_reason: record.amendmentReason,
    })
    .execute();
}
