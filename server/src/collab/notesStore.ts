import type { Db } from '../storage/db';
import {
  appendNoteUpdates,
  compactNoteDocument,
  loadNoteDocument,
  type MergeStoredNotes,
  type NewNoteUpdate,
  type StoredNoteDocument,
} from '../storage/repositories/noteDocuments';

/**
 * Where a case's notes are kept, as a document in memory needs it: load the snapshot and the
 * log, append accepted updates (their ids come back), and compact — one compactor at a time,
 * with snapshot and log read under the lock, `merge` building the new snapshot from them, and
 * exactly the rows read deleted (their ids come back). The log is the truth; any process may
 * append to it.
 */
export interface NotesStore {
  load(caseId: string): Promise<StoredNoteDocument>;
  append(caseId: string, updates: readonly NewNoteUpdate[], at: Date): Promise<number[]>;
  compact(caseId: string, merge: MergeStoredNotes, at: Date): Promise<number[]>;
}

/** The notes tables of our own database. */
export function databaseNotesStore(db: Db): NotesStore {
  return {
    load: (caseId) => loadNoteDocument(db, caseId),
    append: (caseId, updates, at) => appendNoteUpdates(db, caseId, updates, at),
    compact: (caseId, merge, at) => compactNoteDocument(db, caseId, merge, at),
  };
}
