import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { NOTES_WAIT_MS, type NotesClient } from './collabClient';

const MESSAGE_SYNC = 0;

function isSyncStep2(data: unknown): boolean {
  if (!(data instanceof ArrayBuffer) && !ArrayBuffer.isView(data)) return false;
  const bytes =
    data instanceof ArrayBuffer
      ? new Uint8Array(data)
      : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const decoder = decoding.createDecoder(bytes);
  return (
    decoding.readVarUint(decoder) === MESSAGE_SYNC &&
    decoding.readVarUint(decoder) === syncProtocol.messageYjsSyncStep2
  );
}

/**
 * An ordering barrier on one notes connection: sends a sync step 1 and
 * resolves once the server's sync step 2 has been applied. The server answers
 * a sync request only after every update it accepted before is stored, and
 * the answer carries everything its document holds that this client lacks —
 * so once this resolves, an update the server had accepted before the request
 * is in this client's document and in storage. Asserting that something is
 * absent after it proves it never was accepted, with no sleep.
 */
export async function syncRoundTrip(client: NotesClient, within = NOTES_WAIT_MS): Promise<void> {
  const socket = client.provider.ws;
  if (!socket) throw new Error(`${client.label} has no open socket`);
  const replied = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.removeEventListener('message', onMessage);
      reject(new Error(`${client.label} got no sync reply within ${within} ms`));
    }, within);
    // Registered after the provider's own handler, so the reply is applied when this runs.
    const onMessage = (event: MessageEvent) => {
      if (!isSyncStep2(event.data)) return;
      clearTimeout(timer);
      socket.removeEventListener('message', onMessage);
      resolve();
    };
    socket.addEventListener('message', onMessage);
  });
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(encoder, client.doc);
  client.sendRaw(encoding.toUint8Array(encoder));
  await replied;
}
