import { type Kysely, sql } from 'kysely';
import { blobAsHex, dialectOf } from '../dialect';
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

/**
 * The snapshot and the log after it, read in one statement: a statement sees one moment of the
 * database, so a compaction committing meanwhile (new snapshot, its rows deleted) is seen either
 * entirely or not at all — never the old snapshot without the rows it replaced.
 */
export async function loadNoteDocument(db: Executor, caseId: string): Promise<StoredNoteDocument> {
  // The log comes back as one row: a Buffer per update row costs more than the
  // query itself once typing has left thousands of rows (a cold open reads them all).
  const rows = sql<
    string | null
  >`string_agg(cast(id as text) || ':' || cast(length(payload) as text), ',' order by id)`;
  const payloads = sql<string | null>`string_agg(${blobAsHex(db, 'payload')}, '' order by id)`;
  // An aggregate over no rows is still one row, so the join always answers once.
  const log = db
    .selectFrom('note_updates')
    .select([rows.as('rows'), payloads.as('payloads')])
    .where('case_id', '=', caseId)
    .as('log');
  const stored = await db
    .selectFrom(log)
    .leftJoin('note_snapshots', (join) => join.on('note_snapshots.case_id', '=', caseId))
    .select(['note_snapshots.state as snapshot', 'log.rows', 'log.payloads'])
    .executeTakeFirstOrThrow();
  return {
    snapshot: stored.snapshot ? new Uint8Array(stored.snapshot) : null,
    updates: stored.rows ? splitLog(stored.rows, stored.payloads ?? '') : [],
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

/** Builds the new snapshot from what was read (and whatever else the caller's document holds). */
export type MergeStoredNotes = (stored: StoredNoteDocument) => Uint8Array | Promise<Uint8Array>;

/** The first key of the two-key advisory lock of notes compaction (the case is the second). */
export const NOTES_COMPACTION_LOCK = 47_110_021;

/**
 * Merges a case's log into its snapshot, one compactor at a time: on PostgreSQL a transaction
 * lock on the case (other holders of the document in other instances wait for it), on SQLite
 * the transaction itself (one process, one connection). Snapshot and log are read under that
 * lock, `merge` builds the new snapshot from them, and exactly the rows read are deleted —
 * never "everything up to an id", because an append may commit a lower id after the read.
 * Rows appended meanwhile stay in the log for the next load or compaction. Returns the ids
 * deleted.
 */
export async function compactNoteDocument(
  db: Executor,
  caseId: string,
  merge: MergeStoredNotes,
  at: Date,
): Promise<number[]> {
  return db.transaction().execute(async (trx) => {
    if (dialectOf(db) === 'postgres') {
      // hashtext folds the case id into the lock's second key; a collision only makes two
      // cases' compactions take turns.
      await sql`select pg_advisory_xact_lock(${NOTES_COMPACTION_LOCK}, hashtext(${caseId}))`.execute(
        trx,
      );
    }
    const stored = await loadNoteDocument(trx, caseId);
    const state = await merge(stored);
    await storeNoteSnapshot(trx, caseId, state, at);
    const mergedIds = stored.updates.map((row) => row.id);
    for (let start = 0; start < mergedIds.length; start += DELETE_CHUNK) {
      await trx
        .deleteFrom('note_updates')
        .where('case_id', '=', caseId)
        .where('id', 'in', mergedIds.slice(start, start + DELETE_CHUNK))
        .execute();
    }
    return mergedIds;
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
