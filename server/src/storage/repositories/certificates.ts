import type { Kysely } from 'kysely';
import type { Database } from '../schema';

type Executor = Kysely<Database>;

export interface CertificateRecord {
  /** Normalised: 12 Crockford base32 symbols. */
  code: string;
  boardId: string;
  userId: string;
  minutesAttended: number;
  issuedAt: string;
}

const COLUMNS = ['code', 'board_id', 'user_id', 'minutes_attended', 'issued_at'] as const;

function recordOf(row: {
  code: string;
  board_id: string;
  user_id: string;
  minutes_attended: number | string;
  issued_at: string;
}): CertificateRecord {
  return {
    code: row.code,
    boardId: row.board_id,
    userId: row.user_id,
    minutesAttended: Number(row.minutes_attended),
    issuedAt: row.issued_at,
  };
}

export async function findCertificate(
  db: Executor,
  boardId: string,
  userId: string,
): Promise<CertificateRecord | null> {
  const row = await db
    .selectFrom('certificates')
    .select(COLUMNS)
    .where('board_id', '=', boardId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? recordOf(row) : null;
}

export async function findCertificateByCode(
  db: Executor,
  code: string,
): Promise<CertificateRecord | null> {
  const row = await db
    .selectFrom('certificates')
    .select(COLUMNS)
    .where('code', '=', code)
    .executeTakeFirst();
  return row ? recordOf(row) : null;
}

export async function listCertificatesOfBoard(
  db: Executor,
  boardId: string,
): Promise<CertificateRecord[]> {
  const rows = await db
    .selectFrom('certificates')
    .select(COLUMNS)
    .where('board_id', '=', boardId)
    .execute();
  return rows.map(recordOf);
}

export async function listCertificatesOfUser(
  db: Executor,
  userId: string,
): Promise<CertificateRecord[]> {
  const rows = await db
    .selectFrom('certificates')
    .select(COLUMNS)
    .where('user_id', '=', userId)
    .execute();
  return rows.map(recordOf);
}

/**
 * Stores `certificate` unless this person already has one for this board, and returns the
 * one that is stored: two downloads at once still end with one certificate and one code.
 */
export async function issueCertificate(
  db: Executor,
  certificate: CertificateRecord,
): Promise<CertificateRecord> {
  await db
    .insertInto('certificates')
    .values({
      code: certificate.code,
      board_id: certificate.boardId,
      user_id: certificate.userId,
      minutes_attended: certificate.minutesAttended,
      issued_at: certificate.issuedAt,
    })
    .onConflict((conflict) => conflict.columns(['board_id', 'user_id']).doNothing())
    .execute();
  const stored = await findCertificate(db, certificate.boardId, certificate.userId);
  if (!stored) throw new Error('certificate not stored');
  return stored;
}

/** Boards (ids) on which this user has attendance recorded; the caller checks they ended. */
export async function listAttendedBoardIds(db: Executor, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('attendance')
    .select('board_id')
    .distinct()
    .where('user_id', '=', userId)
    .execute();
  return rows.map((row) => row.board_id);
}
