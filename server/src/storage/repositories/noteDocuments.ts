import { type Kysely, sql } from 'kysely';
import { blobAsHex } from '../dialect';
import type { Database } from '../schema';

type Executor = Kysely<Database>;

export interface StoredNoteUpdate {
  id: number;
  payload: Uint8Array;
}

export interface StoredNoteDocument {
  snapshot: Uint8Array | null;
  /** The log after the snapshot, oldest first. */
  updates: StoredNoteUpdate[];
}

export interface NewNoteUpdate {
  payload: Uint8Array;
  userId: string | null;
}

// better-sqlite3 binds Buffers only; pg takes them too.
const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
// Rows per delete statement: well under SQLite's and PostgreSQL's bound-parameter limits.
const DELETE_CHUNK = 500;

export async function loadNoteDocument(db: Executor, caseId: string): Promise<StoredNoteDocument> {
  const snapshot = await db
    .selectFrom('note_snapshots')
    .select('state')
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  // The log comes back as one row: a Buffer per update row costs more than the
  // query itself once typing has left thousands of rows (a cold open reads them all).
  const rows = sql<
    string | null
  >`string_agg(cast(id as text) || ':' || cast(length(payload) as text), ',' order by id)`;
  const payloads = sql<string | null>`string_agg(${blobAsHex(db, 'payload')}, '' order by id)`;
  const log = await db
    .selectFrom('note_updates')
    .select([rows.as('rows'), payloads.as('payloads')])
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return {
    snapshot: snapshot ? new Uint8Array(snapshot.state) : null,
    updates: log?.rows ? splitLog(log.rows, log.payloads ?? '') : [],
  };
}

/** "id:length,…" and the payloads' hex, both in id order → one view per update. */
function splitLog(rows: string, payloadsHex: string): StoredNoteUpdate[] {
  const bytes = Buffer.from(payloadsHex, 'hex');
  const updates: StoredNoteUpdate[] = [];
  let offset = 0;
  for (const row of rows.split(',')) {
    const colon = row.indexOf(':');
    const length = Number(row.slice(colon + 1));
    updates.push({
      id: Number(row.slice(0, colon)),
      payload: bytes.subarray(offset, offset + length),
    });
    offset += length;
  }
  if (offset !== bytes.length) throw new Error('Stored notes log does not add up');
  return updates;
}

/**
 * Appends accepted updates in one statement and returns their log ids;
 * callers forward the updates only after this resolves.
 */
export async function appendNoteUpdates(
  db: Executor,
  caseId: string,
  updates: readonly NewNoteUpdate[],
  at: Date,
): Promise<number[]> {
  if (updates.length === 0) return [];
  const createdAt = at.toISOString();
  const rows = await db
    .insertInto('note_updates')
    .values(
      updates.map((update) => ({
        case_id: caseId,
        payload: asBuffer(update.payload),
        user_id: update.userId,
        created_at: createdAt,
      })),
    )
    .returning('id')
    .execute();
  return rows.map((row) => Number(row.id));
}

/**
 * Replaces the snapshot with one that contains the given log rows, and deletes
 * exactly those rows — never "everything up to an id", because another process
 * may commit a lower id after we read the log.
 */
export async function compactNoteDocument(
  db: Executor,
  caseId: string,
  state: Uint8Array,
  mergedUpdateIds: readonly number[],
  at: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await storeNoteSnapshot(trx, caseId, state, at);
    for (let start = 0; start < mergedUpdateIds.length; start += DELETE_CHUNK) {
      await trx
        .deleteFrom('note_updates')
        .where('case_id', '=', caseId)
        .where('id', 'in', mergedUpdateIds.slice(start, start + DELETE_CHUNK))
        .execute();
    }
  });
}

/** Writes (or replaces) a case's snapshot; inside a transaction when the log changes with it. */
export async function storeNoteSnapshot(
  db: Executor,
  caseId: string,
  state: Uint8Array,
  at: Date,
): Promise<void> {
  await db
    .insertInto('note_snapshots')
    .values({ case_id: caseId, state: asBuffer(state), updated_at: at.toISOString() })
    .onConflict((conflict) =>
      conflict
        .column('case_id')
        .doUpdateSet({ state: asBuffer(state), updated_at: at.toISOString() }),
    )
    .execute();
}

/** How many updates wait in a case's log (tests and operations). */
export async function countNoteUpdates(db: Executor, caseId: string): Promise<number> {
  const row = await db
    .selectFrom('note_updates')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('case_id', '=', caseId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
