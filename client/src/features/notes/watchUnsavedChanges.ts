import type { WebsocketProvider } from 'y-websocket';
import { hasChangesServerLacks } from './unsavedChanges';
import { readVarUint } from './varUint';

const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
/** Sync step 1 with an empty state vector: the server answers with its whole document. */
const ASK_FOR_SERVER_COPY = Uint8Array.from([MESSAGE_SYNC, 0, 1, 0]);

type MessageHandler = WebsocketProvider['messageHandlers'][number];
type Decoder = Parameters<MessageHandler>[1];

export interface UnsavedChangesWatch {
  /** The server's latest word on access, as it arrives. */
  setAccess: (mode: 'edit' | 'read') => void;
  destroy: () => void;
}

/** The update in a sync step 2 message (after its message type), without moving the decoder. */
function step2Payload(decoder: Decoder): Uint8Array | null {
  const at = { pos: decoder.pos };
  if (readVarUint(decoder.arr, at) !== SYNC_STEP_2) return null;
  const length = readVarUint(decoder.arr, at);
  return length === null ? null : decoder.arr.slice(at.pos, at.pos + length);
}

/**
 * y-websocket has no acknowledgements: what was typed just before the server turned this
 * connection read-only, or what a reconnect's sync carries afterwards, is dropped by the server
 * without a word. So when the server says "read" and something was typed since the last check,
 * the client asks for the server's whole document (a sync step 1 with an empty state vector,
 * answered like any other) and compares: whatever the server lacks was not saved, and
 * `onCheck(true)` says so. The answer is the first sync step 2 after the question, because the
 * question is only asked once the connection's own sync is done.
 *
 * When editing comes back, the connection is opened again so that its sync delivers what the
 * server lacks: the text on screen is then the text saved, and further typing that builds on it
 * is not refused for missing what it builds on.
 */
export function watchUnsavedChanges(
  provider: WebsocketProvider,
  onCheck: (hasUnsaved: boolean) => void,
): UnsavedChangesWatch {
  const { doc } = provider;
  let mode: 'edit' | 'read' | null = null;
  let hasTypedSinceCheck = false;
  let isAwaitingCopy = false;

  const askForServerCopy = () => {
    const { ws } = provider;
    if (mode !== 'read' || !hasTypedSinceCheck || isAwaitingCopy) return;
    if (!ws || !provider.wsconnected || !provider.synced) return;
    isAwaitingCopy = true;
    ws.send(ASK_FOR_SERVER_COPY);
  };

  const handleServerCopy = (copy: Uint8Array) => {
    if (mode !== 'read') return;
    const isLacking = hasChangesServerLacks(doc, copy);
    // Everything typed so far is on the server: nothing to check until the next keystroke.
    if (!isLacking) hasTypedSinceCheck = false;
    onCheck(isLacking);
  };

  const handleSyncMessage = provider.messageHandlers[MESSAGE_SYNC];
  const watchSyncMessage: MessageHandler = (encoder, decoder, ...rest) => {
    const copy = isAwaitingCopy ? step2Payload(decoder) : null;
    handleSyncMessage?.(encoder, decoder, ...rest);
    if (copy) {
      isAwaitingCopy = false;
      handleServerCopy(copy);
    }
  };
  provider.messageHandlers[MESSAGE_SYNC] = watchSyncMessage;

  const handleUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === provider) return;
    hasTypedSinceCheck = true;
    // A keystroke that slipped in before the editor turned read-only is checked as well.
    askForServerCopy();
  };
  const handleSync = (isSynced: boolean) => {
    if (isSynced) askForServerCopy();
  };
  // The answer to a question asked on a closed connection never comes; the next sync asks again.
  const handleClose = () => {
    isAwaitingCopy = false;
  };
  doc.on('update', handleUpdate);
  provider.on('sync', handleSync);
  provider.on('connection-close', handleClose);

  const setAccess = (next: 'edit' | 'read') => {
    const previous = mode;
    mode = next;
    if (next === 'read') {
      askForServerCopy();
      return;
    }
    // Editing is back after a read-only spell in which something typed may not have been
    // saved. At the start of a connection its sync is still to come and carries it; in the
    // middle of one, a fresh connection's sync does.
    if (previous === 'read' && hasTypedSinceCheck && provider.synced) {
      provider.disconnect();
      provider.connect();
    }
  };

  return {
    setAccess,
    destroy: () => {
      doc.off('update', handleUpdate);
      provider.off('sync', handleSync);
      provider.off('connection-close', handleClose);
      if (provider.messageHandlers[MESSAGE_SYNC] === watchSyncMessage && handleSyncMessage) {
        provider.messageHandlers[MESSAGE_SYNC] = handleSyncMessage;
      }
    },
  };
}
