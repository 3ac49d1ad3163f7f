import {
  applyUpdate,
  Doc,
  encodeStateAsUpdate,
  encodeStateVector,
  snapshot,
  snapshotContainsUpdate,
} from 'yjs';

/**
 * Whether the local document holds anything — typed text or a deletion — that the server's copy
 * (its whole document, as one update) lacks. Text that came from others is on the server too,
 * so what remains is this client's own work that the server never applied.
 */
export function hasChangesServerLacks(local: Doc, serverCopy: Uint8Array): boolean {
  const server = new Doc();
  try {
    applyUpdate(server, serverCopy);
    // Everything past the server's state vector, plus every deletion we know of.
    const beyondServer = encodeStateAsUpdate(local, encodeStateVector(server));
    return !snapshotContainsUpdate(snapshot(server), beyondServer);
  } finally {
    server.destroy();
  }
}
