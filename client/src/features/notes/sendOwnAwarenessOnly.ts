import type { WebsocketProvider } from 'y-websocket';

interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * y-websocket sends every awareness change to the server, including the other people's states it
 * has just received from the server. Our server accepts only a connection's own state, so those
 * echoes are dropped there, but they still count against this connection's rate limit (one echo
 * per keystroke of every other writer) and, right after someone else reconnects, an echo of
 * their departure can reach the server before they do. So only our own state is sent.
 */
export function sendOwnAwarenessOnly(provider: WebsocketProvider): void {
  const { awareness } = provider;
  const sendChanges = provider._awarenessUpdateHandler;
  const sendOwnChange = (changes: AwarenessChanges, origin: unknown) => {
    const own = awareness.clientID;
    const changed = [...changes.added, ...changes.updated, ...changes.removed];
    if (changed.includes(own)) sendChanges({ added: [], updated: [own], removed: [] }, origin);
  };
  awareness.off('update', sendChanges);
  awareness.on('update', sendOwnChange);
  // destroy() unsubscribes whatever this property holds.
  provider._awarenessUpdateHandler = sendOwnChange;
}
