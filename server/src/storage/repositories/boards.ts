import { type BoardStatus, BoardStatusSchema } from '@konsil/shared';
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
  status: BoardStatus;
  startsAt: string;
  timeZone: string;
  durationMinutes: number;
  hostInstitutionId: string;
  institutions: BoardInstitutionRecord[];
  participantIds: string[];
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
  const boards = await db
    .selectFrom('boards')
    .selectAll()
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
    .orderBy('starts_at')
    .execute();
  if (boards.length === 0) return [];
  const ids = boards.map((board) => board.id);
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
    .select(['board_id', 'user_id'])
    .where('board_id', 'in', ids)
    .execute();
  return boards.map((board) => ({
    id: board.id,
    title: board.title,
    status: BoardStatusSchema.parse(board.status),
    startsAt: board.starts_at,
    timeZone: board.time_zone,
    durationMinutes: Number(board.duration_minutes),
    hostInstitutionId: board.host_institution_id,
    institutions: institutions
      .filter((row) => row.board_id === board.id)
      .map((row) => ({ id: row.id, code: row.code, name: row.name, timeZone: row.time_zone })),
    participantIds: participants
      .filter((row) => row.board_id === board.id)
      .map((row) => row.user_id),
  }));
}
