import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { Db } from '../storage/db';
import { openPostgres } from '../storage/dialect';
import {
  countNoteUpdates,
  NOTES_COMPACTION_LOCK,
  type StoredNoteDocument,
} from '../storage/repositories/noteDocuments';
import { seedDemoIfEmpty } from '../storage/seed/seedDemo';
import { addParagraph, storedContent } from '../test/collabClient';
import {
  createTestDatabase,
  isDialectAvailable,
  TEST_POSTGRES_URL,
  type TestDatabase,
} from '../test/databases';
import { buildBoard, buildCase } from '../test/factories';
import { ONCOLOGIST_BERLIN } from '../test/notesBoard';
import { userIdOf } from '../test/queries';
import { schemaOf } from './notesClusterFixture';
import { databaseNotesStore, type NotesStore } from './notesStore';

/** What a compactor that holds nothing else in memory writes: the snapshot with the rows read. */
function mergeOf(stored: StoredNoteDocument): Uint8Array {
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const row of stored.updates) Y.applyUpdate(doc, row.payload);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

/** Compactions of this case waiting for the lock, as PostgreSQL reports them. */
async function waitingCompactions(db: Db, caseId: string): Promise<number> {
  const result = await sql<{ waiting: string | number }>`
    select count(*) as waiting from pg_locks
    where locktype = 'advisory' and not granted
      and classid = ${NOTES_COMPACTION_LOCK}
      and objid::bigint = (hashtext(${caseId})::bigint + 4294967296) % 4294967296`.execute(db);
  return Number(result.rows[0]?.waiting ?? 0);
}

describe.skipIf(!isDialectAvailable('postgres'))('notes compaction on PostgreSQL', () => {
  let database: TestDatabase;
  let otherPool: Db;
  let caseId: string;
  let userId: string;

  beforeEach(async () => {
    database = await createTestDatabase('postgres');
    await seedDemoIfEmpty(database.db, new Date(), { boards: false });
    const board = await buildBoard(database.db, { host: 'CCCC', invited: [ONCOLOGIST_BERLIN] });
    caseId = (await buildCase(database.db, { board, home: 'CCCC' })).id;
    userId = await userIdOf(database.db, ONCOLOGIST_BERLIN);
    // Another instance's pool on the same schema.
    const schema = await schemaOf(database);
    otherPool = openPostgres({ connectionString: TEST_POSTGRES_URL, schema, maxConnections: 3 });
  });

  afterEach(async () => {
    await otherPool.destroy();
    await database.destroy();
  });

  it('lets one compactor at a time merge a case, and keeps what is appended meanwhile', async () => {
    const here = databaseNotesStore(database.db);
    const there = databaseNotesStore(otherPool);
    const editor = new Y.Doc();
    const at = new Date();
    const append = async (store: NotesStore, text: string) => {
      const before = Y.encodeStateVector(editor);
      addParagraph(editor, text);
      const payload = Y.encodeStateAsUpdate(editor, before);
      const [id] = await store.append(caseId, [{ payload, userId }], at);
      return id as number;
    };
    const firstIds = [await append(here, 'cT2a'), await append(there, 'cN2b')];

    let releaseFirst = () => {};
    const firstMayFinish = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    // What each compactor read, and what the first wrote.
    const seen: { first?: StoredNoteDocument; second?: StoredNoteDocument; written?: Uint8Array } =
      {};
    const first = here.compact(
      caseId,
      async (stored) => {
        seen.first = stored;
        await firstMayFinish;
        seen.written = mergeOf(stored);
        return seen.written;
      },
      at,
    );
    let appendedMeanwhile = 0;
    let second: Promise<number[]> = Promise.resolve([]);
    try {
      await vi.waitFor(() => expect(seen.first).toBeDefined());
      // Appending does not wait for a compaction.
      appendedMeanwhile = await append(there, 'cM0');
      second = there.compact(
        caseId,
        (stored) => {
          seen.second = stored;
          return mergeOf(stored);
        },
        at,
      );
      // The second compactor is queued on the lock, not reading.
      await vi.waitFor(async () => expect(await waitingCompactions(database.db, caseId)).toBe(1));
      expect(seen.second).toBeUndefined();
    } finally {
      // Also on failure, so that the held transaction ends before the schema is dropped.
      releaseFirst();
    }
    // Exactly the rows it read: the one appended meanwhile stays.
    expect(await first).toEqual(firstIds);
    expect(await second).toEqual([appendedMeanwhile]);
    // It read under the lock, after the first committed: its snapshot and the row it left.
    expect(seen.second?.snapshot).toEqual(seen.written);
    expect(seen.second?.updates.map((row) => row.id)).toEqual([appendedMeanwhile]);

    expect(await countNoteUpdates(database.db, caseId)).toBe(0);
    expect(await storedContent(database.db, caseId)).toBe(
      '<paragraph>cT2a</paragraph><paragraph>cN2b</paragraph><paragraph>cM0</paragraph>',
    );
  });
});
