import type { NotesAccess } from './notesAccessMessage';

/** What the notes connection indicator shows (also its `data-state`). */
export type NotesPhase = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'closed';

/** Everything the indicator is derived from; changed only by `notesConnectionReducer`. */
export interface NotesConnection {
  /** The browser reports a network (navigator.onLine and its online/offline events). */
  isOnline: boolean;
  /** The notes websocket is open. */
  isSocketOpen: boolean;
  /** The document exchanged its state with the server over the open websocket. */
  isSynced: boolean;
  /** A connection was lost or an attempt failed: we are reconnecting, not connecting. */
  hasDropped: boolean;
  /** Local changes made while not in sync with the server; cleared by the next sync. */
  unsyncedChanges: number;
  /** The server's close code when it refused the notes for good (4400–4499), else null. */
  closeCode: number | null;
  /**
   * The server's latest word on whether we may edit, kept across reconnects (typing goes on
   * offline); null until it first speaks.
   */
  access: NotesAccess | null;
  /** The server has spoken about access on the connection that is open now. */
  isAccessCurrent: boolean;
  /** The document has synced at least once: the text on screen is the server's. */
  hasSyncedOnce: boolean;
  /** The server turned read-only and lacks changes made here: they show but were not saved. */
  hasUnsavedChanges: boolean;
}

export type NotesConnectionEvent =
  /** y-websocket's `status` event. */
  | { type: 'status'; status: 'connecting' | 'connected' | 'disconnected' }
  /** Any websocket close, including a failed attempt (y-websocket's `connection-close`). */
  | { type: 'socketClosed' }
  /** y-websocket's `sync` event. */
  | { type: 'synced'; isSynced: boolean }
  | { type: 'network'; isOnline: boolean }
  /** A change to the document that did not come from the server. */
  | { type: 'localChange' }
  /** y-websocket's `closed` event: a permanent refusal, no more retries. */
  | { type: 'refused'; code: number }
  /** The viewer asked to connect again after a refusal. */
  | { type: 'retry' }
  /** The server's access message (its first on every connection, and on every change). */
  | { type: 'access'; access: NotesAccess }
  /** The server's copy, compared with ours after it turned read-only (watchUnsavedChanges). */
  | { type: 'unsavedChecked'; hasUnsaved: boolean };

export function initialNotesConnection(isOnline: boolean): NotesConnection {
  return {
    isOnline,
    isSocketOpen: false,
    isSynced: false,
    hasDropped: false,
    unsyncedChanges: 0,
    closeCode: null,
    access: null,
    isAccessCurrent: false,
    hasSyncedOnce: false,
    hasUnsavedChanges: false,
  };
}

const isInSync = (state: NotesConnection) => state.isSocketOpen && state.isSynced;

/** No socket: nothing is in sync, and the next connection has to say again what we may do. */
const closed = (state: NotesConnection): NotesConnection => ({
  ...state,
  isSocketOpen: false,
  isSynced: false,
  isAccessCurrent: false,
});

export function notesConnectionReducer(
  state: NotesConnection,
  event: NotesConnectionEvent,
): NotesConnection {
  switch (event.type) {
    case 'status':
      if (event.status === 'connected') return { ...state, isSocketOpen: true };
      if (event.status === 'disconnected') {
        return { ...closed(state), hasDropped: true };
      }
      return closed(state);
    case 'socketClosed':
      return { ...closed(state), hasDropped: true };
    case 'synced':
      // A sync sends the server every update it lacks, so nothing is outstanding after it.
      if (event.isSynced && state.isSocketOpen) {
        return { ...state, isSynced: true, hasSyncedOnce: true, unsyncedChanges: 0 };
      }
      return { ...state, isSynced: event.isSynced && state.isSocketOpen };
    case 'access':
      return {
        ...state,
        access: event.access,
        isAccessCurrent: true,
        // Editing again: the sync that follows saves what was kept on screen.
        hasUnsavedChanges: event.access.mode === 'edit' ? false : state.hasUnsavedChanges,
      };
    case 'unsavedChecked':
      return {
        ...state,
        hasUnsavedChanges: state.access?.mode === 'read' ? event.hasUnsaved : false,
      };
    case 'network':
      return { ...state, isOnline: event.isOnline };
    case 'localChange':
      // While in sync the provider sends each change at once; otherwise it waits for the next sync.
      return isInSync(state) ? state : { ...state, unsyncedChanges: state.unsyncedChanges + 1 };
    case 'refused':
      return { ...closed(state), closeCode: event.code };
    case 'retry':
      return { ...state, closeCode: null, hasDropped: true };
  }
}

/**
 * Connected once the document is in sync and the server has said, on this connection, what we
 * may do: until then the editor waits, so "connected" never shows over an editor that is not
 * ready.
 */
export function notesPhase(state: NotesConnection): NotesPhase {
  if (state.closeCode !== null) return 'closed';
  if (!state.isOnline) return 'offline';
  if (isInSync(state) && state.isAccessCurrent) return 'connected';
  return state.hasDropped ? 'reconnecting' : 'connecting';
}

/**
 * Whether the editor takes typing: only once the server said "edit" and the document synced
 * (before that it shows the server's text read-only), never after a refusal. Offline and while
 * reconnecting the last word stands, so writing goes on and the next sync carries it.
 */
export function canEditNotes(state: NotesConnection): boolean {
  return state.access?.mode === 'edit' && state.hasSyncedOnce && state.closeCode === null;
}
