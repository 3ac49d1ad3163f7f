import { randomUUID } from 'node:crypto';
import { type BoardStatus, RaisedHandSchema } from '@konsil/shared';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { emptySession, type StoredSession } from '../../live/sessionState';
import type { Database } from '../schema';

type Executor = Kysely<Database>;

const StoredTimerSchema = z.object({
  caseId: z.string().nullable(),
  state: z.enum(['idle', 'running', 'paused']),
  allottedMs: z.number(),
  elapsedMs: z.number(),
  runningSince: z.string().nullable(),
});

export async function loadSession(
  db: Executor,
  boardId: string,
  status: BoardStatus,
): Promise<StoredSession> {
  const row = await db
    .selectFrom('board_sessions')
    .selectAll()
    .where('board_id', '=', boardId)
    .executeTakeFirst();
  if (!row) return emptySession(boardId, status);
  return {
    version: Number(row.version),
    boardId,
    status,
    currentCaseId: row.current_case_id,
    coChairIds: z.array(z.string()).parse(JSON.parse(row.co_chair_ids)),
    timer: StoredTimerSchema.parse(JSON.parse(row.timer)),
    hands: z.array(RaisedHandSchema).parse(JSON.parse(row.hands)),
    speakerId: row.speaker_id,
  };
}

/**
 * Writes `next` if the stored version is still `next.version - 1` (or no row
 * exists yet for version 1). Returns false when another writer got there first.
 */
export async function saveSession(db: Executor, next: StoredSession, at: Date): Promise<boolean> {
  const values = {
    version: next.version,
    current_case_id: next.currentCaseId,
    co_chair_ids: JSON.stringify(next.coChairIds),
    timer: JSON.stringify(next.timer),
    hands: JSON.stringify(next.hands),
    speaker_id: next.speakerId,
    updated_at: at.toISOString(),
  };
  if (next.version === 1) {
    const existing = await db
      .selectFrom('board_sessions')
      .select('version')
      .where('board_id', '=', next.boardId)
      .executeTakeFirst();
    if (existing) return false;
    await db
      .insertInto('board_sessions')
      .values({ board_id: next.boardId, ...values })
      .execute();
    return true;
  }
  const result = await db
    .updateTable('board_sessions')
    .set(values)
    .where('board_id', '=', next.boardId)
    .where('version', '=', next.version - 1)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setBoardStatus(
  db: Executor,
  boardId: string,
  status: BoardStatus,
  at: Date,
): Promise<void> {
  await db
    .updateTable('boards')
    .set({
      status,
      updated_at: at.toISOString(),
      // When the board went live and when it ended, for the minutes.
      ...(status === 'live' ? { started_at: at.toISOString() } : {}),
      ...(status === 'ended' ? { ended_at: at.toISOString() } : {}),
    })
    .where('id', '=', boardId)
    .execute();
}

/** Opens an attendance interval unless one is already open for this user. */
export async function openAttendance(
  db: Executor,
  entry: { boardId: string; userId: string; institutionId: string; at: Date },
): Promise<void> {
  const open = await db
    .selectFrom('attendance')
    .select('id')
    .where('board_id', '=', entry.boardId)
    .where('user_id', '=', entry.userId)
    .where('left_at', 'is', null)
    .executeTakeFirst();
  if (open) return;
  await db
    .insertInto('attendance')
    .values({
      id: randomUUID(),
      board_id: entry.boardId,
      user_id: entry.userId,
      institution_id: entry.institutionId,
      joined_at: entry.at.toISOString(),
      left_at: null,
    })
    .execute();
}

/**
 * Opens an attendance interval if the board is live now (read afresh: a join that raced the
 * board's start or end must not record time outside it). Returns whether the board was live.
 */
export async function openAttendanceIfLive(
  db: Executor,
  entry: { boardId: string; userId: string; institutionId: string; at: Date },
): Promise<boolean> {
  const board = await db
    .selectFrom('boards')
    .select('status')
    .where('id', '=', entry.boardId)
    .executeTakeFirst();
  if (board?.status !== 'live') return false;
  await openAttendance(db, entry);
  return true;
}

export async function closeAttendance(
  db: Executor,
  boardId: string,
  userId: string,
  at: Date,
): Promise<void> {
  await db
    .updateTable('attendance')
    .set({ left_at: at.toISOString() })
    .where('board_id', '=', boardId)
    .where('user_id', '=', userId)
    .where('left_at', 'is', null)
    .execute();
}

/**
 * Closes every interval still open when the board ends, at the end: attendance is part of the
 * minutes, and a tab closed later must not change a draft someone is about to sign.
 */
export async function closeAllAttendance(db: Executor, boardId: string, at: Date): Promise<void> {
  await db
    .updateTable('attendance')
    .set({ left_at: at.toISOString() })
    .where('board_id', '=', boardId)
    .where('left_at', 'is', null)
    .execute();
}

export async function listAttendance(db: Executor, boardId: string) {
  return db
    .selectFrom('attendance')
    .selectAll()
    .where('board_id', '=', boardId)
    .orderBy('joined_at')
    .execute();
}
