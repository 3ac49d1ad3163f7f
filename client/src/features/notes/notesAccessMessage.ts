import { decodeNotesAccessBody, NOTES_ACCESS_MESSAGE, type NotesAccessState } from '@konsil/shared';
import type { WebsocketProvider } from 'y-websocket';
import { readVarUint } from './varUint';

type MessageHandler = WebsocketProvider['messageHandlers'][number];
type Decoder = Parameters<MessageHandler>[1];

/**
 * The server's word on whether this connection may edit, as the client keeps it: the contract's
 * states, or read-only for a reason this client cannot name (a newer server, a garbled message).
 */
export type NotesAccess = NotesAccessState | { mode: 'read'; reason: 'unknown' };

/**
 * The access state from the two varUints after the message type. Anything it cannot read counts
 * as read-only: when in doubt, nobody types into a document whose edits the server might drop.
 */
export function readNotesAccess(decoder: Decoder): NotesAccess {
  const mode = readVarUint(decoder.arr, decoder);
  const reason = readVarUint(decoder.arr, decoder);
  const access = mode === null || reason === null ? null : decodeNotesAccessBody(mode, reason);
  return access ?? { mode: 'read', reason: 'unknown' };
}

const ignore: MessageHandler = () => undefined;

/**
 * Hands every access message of the provider's connections to `onAccess`. y-websocket looks a
 * message type up in `provider.messageHandlers` and answers nothing when the handler writes
 * nothing; an unknown type would only be logged, so the returned stop leaves a silent handler.
 */
export function receiveNotesAccess(
  provider: WebsocketProvider,
  onAccess: (access: NotesAccess) => void,
): () => void {
  provider.messageHandlers[NOTES_ACCESS_MESSAGE] = (_encoder, decoder) => {
    onAccess(readNotesAccess(decoder));
  };
  return () => {
    provider.messageHandlers[NOTES_ACCESS_MESSAGE] = ignore;
  };
}
