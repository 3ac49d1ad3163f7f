/**
 * - `connecting`: the first connection of this page is being opened.
 * - `online`: the socket is connected (the header says "Connected").
 * - `reconnecting`: it was connected and is not now; socket.io keeps trying.
 */
export type ConnectionState = 'connecting' | 'online' | 'reconnecting';

/** The live page's link to the board: the socket, the room, and why joining failed. */
export interface LiveLink {
  connection: ConnectionState;
  /** In the board's room on the current connection: commands go out only then. */
  isJoined: boolean;
  /** Why the last join failed (`not_found`, `rate_limited`, `network_error` …), or null. */
  joinError: string | null;
}

export type LinkEvent =
  | { type: 'connected' }
  | { type: 'disconnected' }
  | { type: 'joined' }
  | { type: 'joinFailed'; errorId: string }
  /** The person asked to try joining again. */
  | { type: 'joinRetried' }
  /** The server took this viewer out of the room (access revoked). */
  | { type: 'removed' };

export const INITIAL_LINK: LiveLink = {
  connection: 'connecting',
  isJoined: false,
  joinError: null,
};

/**
 * The next link state. A new connection clears every earlier failure — the page joins again at
 * once and reports what that join says — so "cannot reach the server" never outlives the outage.
 */
export function nextLink(link: LiveLink, event: LinkEvent): LiveLink {
  switch (event.type) {
    case 'connected':
      return { connection: 'online', isJoined: false, joinError: null };
    case 'disconnected':
      // While disconnected the reconnecting banner says everything; a join error would repeat it.
      return {
        connection: link.connection === 'connecting' ? 'connecting' : 'reconnecting',
        isJoined: false,
        joinError: null,
      };
    case 'joined':
      return { ...link, isJoined: link.connection === 'online', joinError: null };
    case 'joinFailed':
      // A join that failed because the connection dropped is retried by the reconnect.
      if (link.connection !== 'online') return link;
      return { ...link, isJoined: false, joinError: event.errorId };
    case 'joinRetried':
      return { ...link, joinError: null };
    case 'removed':
      return { ...link, isJoined: false };
  }
}

/** The one notice the page shows about its link, if any. */
export type LinkNotice = { kind: 'reconnecting' } | { kind: 'joinFailed'; errorId: string } | null;

export function linkNotice(link: LiveLink): LinkNotice {
  if (link.connection === 'reconnecting') return { kind: 'reconnecting' };
  if (link.joinError) return { kind: 'joinFailed', errorId: link.joinError };
  return null;
}

/** Commands go out only in the room on a live connection; until then they wait. */
export function canSendCommands(link: LiveLink): boolean {
  return link.connection === 'online' && link.isJoined;
}
