import type { WebsocketProvider } from 'y-websocket';
import { mergeUpdates } from 'yjs';

/**
 * y-websocket sends each local change as soon as the socket opens, before the sync handshake has
 * delivered what the server lacks (changes made offline, or dropped with a rate-limit close). Our
 * server refuses an update whose predecessors it has not got (4400 `missingDependencies`), which
 * would end the session of someone who keeps typing through a reconnect. So changes made between
 * the socket opening and the sync are held and sent as one update right after it. Changes made
 * while disconnected need nothing: the next sync carries them. A repeat is harmless (Yjs skips
 * what the server already has).
 */
export function holdUpdatesUntilSynced(provider: WebsocketProvider): void {
  const { doc } = provider;
  const sendUpdate = provider._updateHandler;
  let held: Uint8Array[] = [];

  const sendOrHold = (update: Uint8Array, origin: unknown) => {
    if (origin === provider) return;
    if (!provider.wsconnected) return;
    if (provider.synced) sendUpdate(update, origin);
    else held.push(update);
  };
  const handleSync = (isSynced: boolean) => {
    if (!isSynced || held.length === 0) return;
    const update = mergeUpdates(held);
    held = [];
    sendUpdate(update, null);
  };
  const handleStatus = ({ status }: { status: string }) => {
    // The next sync carries everything held so far.
    if (status !== 'connected') held = [];
  };

  doc.off('update', sendUpdate);
  doc.on('update', sendOrHold);
  // destroy() unsubscribes whatever this property holds.
  provider._updateHandler = sendOrHold;
  provider.on('sync', handleSync);
  provider.on('status', handleStatus);
}
