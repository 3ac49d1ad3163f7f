import { useEffect, useState } from 'react';
import { WebsocketProvider } from 'y-websocket';
import { Doc } from 'yjs';
import { collabServerUrl } from './collabUrl';
import { holdUpdatesUntilSynced } from './holdUpdatesUntilSynced';
import { sendOwnAwarenessOnly } from './sendOwnAwarenessOnly';

/** A case's notes: the Yjs document and the provider that keeps it in sync with the server. */
export interface NotesDocument {
  doc: Doc;
  provider: WebsocketProvider;
}

/**
 * Opens a fresh document for the case and closes it when the case changes or the page goes.
 * The provider starts unconnected: `useNotesConnection` connects it once it listens to its
 * events, so no status change is missed.
 */
export function useNotesDocument(caseId: string): NotesDocument | null {
  const [notes, setNotes] = useState<NotesDocument | null>(null);

  useEffect(() => {
    const doc = new Doc();
    const provider = new WebsocketProvider(collabServerUrl(window.location), caseId, doc, {
      connect: false,
      // Every tab talks to the server, which decides access and read-only; a BroadcastChannel
      // between tabs would pass edits around those checks and hide a dead connection.
      disableBc: true,
    });
    sendOwnAwarenessOnly(provider);
    holdUpdatesUntilSynced(provider);
    setNotes({ doc, provider });
    return () => {
      // destroy() also tells the others that our caret is gone.
      provider.destroy();
      doc.destroy();
      setNotes(null);
    };
  }, [caseId]);

  return notes;
}
