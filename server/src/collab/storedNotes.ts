/**
 * A case's notes as storage holds them (snapshot, then the update log after
 * it) applied to a Y.Doc: for the live document and for the minutes alike.
 */
import * as Y from 'yjs';
import type { StoredNoteDocument } from '../storage/repositories/noteDocuments';
import { mergeUpdateLog } from './updateLogMerge';

export function applyStoredNotes(
  doc: Y.Doc,
  stored: StoredNoteDocument,
  origin: unknown = null,
): void {
  const log = stored.updates.map((row) => row.payload);
  // One transaction, so Yjs tidies up once. A long log goes in as one merged update:
  // integrating thousands of keystrokes one by one is what made cold opens slow, and
  // Y.mergeUpdates is no help (about 1 s for 10,000 rows).
  Y.transact(
    doc,
    () => {
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot, origin);
      const merged = log.length > 1 ? mergeUpdateLog(doc, log) : null;
      if (merged) Y.applyUpdate(doc, merged, origin);
      else for (const update of log) Y.applyUpdate(doc, update, origin);
    },
    origin,
  );
}
