import type { PresenceEntry, PresenceList } from '@konsil/shared';
import type {
  LaterChangeListener,
  PresenceChange,
  PresenceIdentity,
  PresenceStore,
} from './presenceStore';

interface Attendee {
  entry: PresenceEntry;
  sockets: Set<string>;
  graceTimer: NodeJS.Timeout | null;
}

/**
 * Presence of a single process (no cluster): everything in memory. The store a cluster shares
 * through Redis (`redisPresence.ts`) keeps the same rules.
 */
export class PresenceRegistry implements PresenceStore {
  private readonly boards = new Map<
    string,
    { version: number; attendees: Map<string, Attendee> }
  >();

  constructor(
    private readonly graceMs: number,
    /** Called when a reconnect grace period runs out and the participant is gone. */
    private readonly onExpired: LaterChangeListener,
  ) {}

  private board(boardId: string) {
    let board = this.boards.get(boardId);
    if (!board) {
      board = { version: 0, attendees: new Map() };
      this.boards.set(boardId, board);
    }
    return board;
  }

  async list(boardId: string): Promise<PresenceList> {
    const board = this.board(boardId);
    return {
      boardId,
      version: board.version,
      entries: [...board.attendees.values()].map((attendee) => attendee.entry),
    };
  }

  isPresent(boardId: string, userId: string): boolean {
    return this.boards.get(boardId)?.attendees.has(userId) ?? false;
  }

  async join(
    boardId: string,
    identity: PresenceIdentity,
    socketId: string,
  ): Promise<PresenceChange> {
    const board = this.board(boardId);
    const attendee = board.attendees.get(identity.userId);
    if (!attendee) {
      const fresh: Attendee = {
        entry: { ...identity, status: 'online' },
        sockets: new Set([socketId]),
        graceTimer: null,
      };
      board.attendees.set(identity.userId, fresh);
      board.version += 1;
      return { kind: 'joined', version: board.version, entry: fresh.entry };
    }
    attendee.sockets.add(socketId);
    if (attendee.graceTimer) clearTimeout(attendee.graceTimer);
    attendee.graceTimer = null;
    if (attendee.entry.status === 'online') return null;
    attendee.entry = { ...attendee.entry, status: 'online' };
    board.version += 1;
    return { kind: 'changed', version: board.version, entry: attendee.entry };
  }

  async leave(boardId: string, userId: string, socketId: string): Promise<PresenceChange> {
    const board = this.boards.get(boardId);
    const attendee = board?.attendees.get(userId);
    if (!board || !attendee) return null;
    attendee.sockets.delete(socketId);
    if (attendee.sockets.size > 0) return null;
    return this.remove(boardId, userId);
  }

  async disconnect(
    boardId: string,
    userId: string,
    socketId: string,
    graceMs: number = this.graceMs,
  ): Promise<PresenceChange> {
    const board = this.boards.get(boardId);
    const attendee = board?.attendees.get(userId);
    if (!board || !attendee) return null;
    attendee.sockets.delete(socketId);
    if (attendee.sockets.size > 0 || attendee.entry.status === 'reconnecting') return null;
    attendee.entry = { ...attendee.entry, status: 'reconnecting' };
    attendee.graceTimer = setTimeout(
      () => this.onExpired(boardId, this.remove(boardId, userId)),
      graceMs,
    );
    attendee.graceTimer.unref();
    board.version += 1;
    return { kind: 'changed', version: board.version, entry: attendee.entry };
  }

  private remove(boardId: string, userId: string): PresenceChange {
    const board = this.boards.get(boardId);
    const attendee = board?.attendees.get(userId);
    if (!board || !attendee) return null;
    if (attendee.graceTimer) clearTimeout(attendee.graceTimer);
    board.attendees.delete(userId);
    board.version += 1;
    return { kind: 'left', version: board.version, userId };
  }

  /** Stops every pending grace timer and forgets everyone (shutdown). */
  stop(): void {
    for (const board of this.boards.values()) {
      for (const attendee of board.attendees.values())
        if (attendee.graceTimer) clearTimeout(attendee.graceTimer);
    }
    this.boards.clear();
  }
}

export type { PresenceChange };
