import { BoardStatusSchema, CaseStatusSchema } from '@konsil/shared';
import { type Kysely, sql } from 'kysely';
import type { BoardScope, CaseScope } from '../../policies/can';
import type { Database } from '../schema';
import { likeContains } from './auditEvents';

type Executor = Kysely<Database>;

/** Ids per query: well under SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 500;
/** Objects a name search may match; a broader search is narrowed by its other filters. */
const NAME_MATCHES = 500;

async function inChunks<T>(ids: string[], load: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const unique = [...new Set(ids)];
  const results: T[] = [];
  for (let start = 0; start < unique.length; start += CHUNK) {
    results.push(...(await load(unique.slice(start, start + CHUNK))));
  }
  return results;
}

export interface LabelledBoard {
  id: string;
  title: string;
  scope: BoardScope;
}

export interface LabelledCase {
  id: string;
  pseudonym: string;
  scope: CaseScope;
}

export interface LabelledUser {
  id: string;
  name: string;
  institutionId: string;
}

/** Boards with just what the policy layer needs to decide `board:read`, and their titles. */
export async function findBoardsToLabel(db: Executor, ids: string[]): Promise<LabelledBoard[]> {
  return inChunks(ids, async (chunk) => {
    const boards = await db
      .selectFrom('boards')
      .select(['id', 'title', 'host_institution_id', 'status'])
      .where('id', 'in', chunk)
      .execute();
    const institutions = await db
      .selectFrom('board_institutions')
      .select(['board_id', 'institution_id'])
      .where('board_id', 'in', chunk)
      .execute();
    const participants = await db
      .selectFrom('board_participants')
      .select(['board_id', 'user_id'])
      .where('board_id', 'in', chunk)
      .execute();
    const signed = await db
      .selectFrom('minutes_versions')
      .select('board_id')
      .distinct()
      .where('board_id', 'in', chunk)
      .execute();
    const signedIds = new Set(signed.map((row) => row.board_id));
    return boards.map((board) => ({
      id: board.id,
      title: board.title,
      scope: {
        hostInstitutionId: board.host_institution_id,
        institutionIds: institutions
          .filter((row) => row.board_id === board.id)
          .map((row) => row.institution_id),
        participantIds: participants
          .filter((row) => row.board_id === board.id)
          .map((row) => row.user_id),
        status: BoardStatusSchema.parse(board.status),
        minutesSigned: signedIds.has(board.id),
      },
    }));
  });
}

/**
 * Cases with the policy scope of `case:read` and their pseudonyms; never the home reference.
 * A carried-over case is judged on the board it is on now, as reading it would be.
 */
export async function findCasesToLabel(db: Executor, ids: string[]): Promise<LabelledCase[]> {
  const rows = await inChunks(ids, (chunk) =>
    db
      .selectFrom('cases')
      .select([
        'id',
        'board_id',
        'pseudonym',
        'home_institution_id',
        'consent',
        'status',
        'presenter_id',
      ])
      .where('id', 'in', chunk)
      .execute(),
  );
  const boards = new Map(
    (
      await findBoardsToLabel(
        db,
        rows.map((row) => row.board_id),
      )
    ).map((board) => [board.id, board]),
  );
  return rows.flatMap((row) => {
    const board = boards.get(row.board_id);
    if (!board) return [];
    return [
      {
        id: row.id,
        pseudonym: row.pseudonym,
        scope: {
          board: board.scope,
          homeInstitutionId: row.home_institution_id,
          consent: Number(row.consent) === 1,
          status: CaseStatusSchema.parse(row.status),
          presenterId: row.presenter_id,
        },
      },
    ];
  });
}

export async function findUsersToLabel(db: Executor, ids: string[]): Promise<LabelledUser[]> {
  const rows = await inChunks(ids, (chunk) =>
    db
      .selectFrom('users')
      .select(['id', 'name', 'institution_id'])
      .where('id', 'in', chunk)
      .execute(),
  );
  return rows.map((row) => ({ id: row.id, name: row.name, institutionId: row.institution_id }));
}

/** Ids of boards whose title, cases whose pseudonym, users whose name or email contain `text`. */
export async function findObjectIdsNamed(
  db: Executor,
  type: 'board' | 'case' | 'user',
  text: string,
): Promise<string[]> {
  const pattern = likeContains(text.toLowerCase());
  // SQLite has no default LIKE escape character, so every match names one.
  const contains = (column: string) =>
    sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
  const rows =
    type === 'board'
      ? await db
          .selectFrom('boards')
          .select('id')
          .where(contains('title'))
          .limit(NAME_MATCHES)
          .execute()
      : type === 'case'
        ? await db
            .selectFrom('cases')
            .select('id')
            .where(contains('pseudonym'))
            .limit(NAME_MATCHES)
            .execute()
        : await db
            .selectFrom('users')
            .select('id')
            .where((eb) => eb.or([contains('name'), contains('email')]))
            .limit(NAME_MATCHES)
            .execute();
  return rows.map((row) => row.id);
}
