import type { PresenceEntry, PresenceList } from '@konsil/shared';
import type { PresenceDelta } from '../changes/domainChange';

/** A presence change everyone on the board must hear, or null when nothing they see changed. */
export type PresenceChange = PresenceDelta | null;

/** Who a participant is; the store adds whether they are online or reconnecting. */
export type PresenceIdentity = Omit<PresenceEntry, 'status'>;

/**
 * Hears the changes nobody asked for at that moment: a grace period running out, a dead
 * instance's participants reaped. The listener publishes them; a 'left' it hears has been
 * handed to this listener only (in a cluster: to one instance only), so it also runs the
 * side effects of leaving.
 */
export type LaterChangeListener = (boardId: string, change: PresenceChange) => void;

/**
 * Who is in which live board. A participant with several tabs is one entry; when their last
 * socket drops they show as reconnecting for a grace period before they count as gone. Each
 * change bumps the board's presence version so clients can spot a gap and resync.
 *
 * A change returned to a caller is that caller's to publish, and a 'left' is returned once:
 * whoever gets it closes the attendance and frees the floor.
 */
export interface PresenceStore {
  list(boardId: string): Promise<PresenceList>;
  join(boardId: string, identity: PresenceIdentity, socketId: string): Promise<PresenceChange>;
  /** An explicit leave (or a revoked access): gone at once when it was their last socket. */
  leave(boardId: string, userId: string, socketId: string): Promise<PresenceChange>;
  /**
   * A dropped connection: reconnecting for `graceMs` (the store's default if not given), then
   * gone — reported to the LaterChangeListener.
   */
  disconnect(
    boardId: string,
    userId: string,
    socketId: string,
    graceMs?: number,
  ): Promise<PresenceChange>;
  /** Stops every timer this process runs for presence (shutdown). */
  stop(): void;
}
