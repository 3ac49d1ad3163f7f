import type { Db } from '../storage/db';
import {
  appendNoteUpdates,
  compactNoteDocument,
  loadNoteDocument,
  type NewNoteUpdate,
  type StoredNoteDocument,
} from '../storage/repositories/noteDocuments';

/**
 * Where a case's notes are kept, as a document in memory needs it: load the snapshot and the
 * log, append accepted updates (their ids come back), and compact exactly the rows read into a
 * new snapshot. The log is the truth; any process may append to it.
 */
export interface NotesStore {
  load(caseId: string): Promise<StoredNoteDocument>;
  append(caseId: string, updates: readonly NewNoteUpdate[], at: Date): Promise<number[]>;
  compact(caseId: string, state: Uint8Array, mergedIds: readonly number[], at: Date): Promise<void>;
}

/** The notes tables of our own database. */
export function databaseNotesStore(db: Db): NotesStore {
  return {
    load: (caseId) => loadNoteDocument(db, caseId),
    append: (caseId, updates, at) => appendNoteUpdates(db, caseId, updates, at),
    compact: (caseId, state, mergedIds, at) =>
      compactNoteDocument(db, caseId, state, mergedIds, at),
  };
}
