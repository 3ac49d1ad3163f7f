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
  | { type: 'retry' };

export function initialNotesConnection(isOnline: boolean): NotesConnection {
  return {
    isOnline,
    isSocketOpen: false,
    isSynced: false,
    hasDropped: false,
    unsyncedChanges: 0,
    closeCode: null,
  };
}

const isInSync = (state: NotesConnection) => state.isSocketOpen && state.isSynced;

export function notesConnectionReducer(
  state: NotesConnection,
  event: NotesConnectionEvent,
): NotesConnection {
  switch (event.type) {
    case 'status':
      if (event.status === 'connected') return { ...state, isSocketOpen: true };
      if (event.status === 'disconnected') {
        return { ...state, isSocketOpen: false, isSynced: false, hasDropped: true };
      }
      return { ...state, isSocketOpen: false, isSynced: false };
    case 'socketClosed':
      return { ...state, isSocketOpen: false, isSynced: false, hasDropped: true };
    case 'synced':
      // A sync sends the server every update it lacks, so nothing is outstanding after it.
      if (event.isSynced && state.isSocketOpen) {
        return { ...state, isSynced: true, unsyncedChanges: 0 };
      }
      return { ...state, isSynced: event.isSynced && state.isSocketOpen };
    case 'network':
      return { ...state, isOnline: event.isOnline };
    case 'localChange':
      // While in sync the provider sends each change at once; otherwise it waits for the next sync.
      return isInSync(state) ? state : { ...state, unsyncedChanges: state.unsyncedChanges + 1 };
    case 'refused':
      return { ...state, isSocketOpen: false, isSynced: false, closeCode: event.code };
    case 'retry':
      return { ...state, closeCode: null, hasDropped: true };
  }
}

export function notesPhase(state: NotesConnection): NotesPhase {
  if (state.closeCode !== null) return 'closed';
  if (!state.isOnline) return 'offline';
  if (isInSync(state)) return 'connected';
  return state.hasDropped ? 'reconnecting' : 'connecting';
}
