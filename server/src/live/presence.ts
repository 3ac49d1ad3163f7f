import type { PresenceEntry, PresenceList } from '@konsil/shared';

type PresenceChange =
  | { kind: 'joined' | 'changed'; version: number; entry: PresenceEntry }
  | { kind: 'left'; version: number; userId: string }
  | null;

interface Attendee {
  entry: PresenceEntry;
  sockets: Set<string>;
  graceTimer: NodeJS.Timeout | null;
}

/**
 * Who is in which live board, in this process. A participant with several
 * tabs is one entry; when their last socket drops they show as reconnecting
 * for a grace period before they count as gone. Each change bumps the
 * board's presence version so clients can spot a gap and resync.
 */
export class PresenceRegistry {
  private readonly boards = new Map<
    string,
    { version: number; attendees: Map<string, Attendee> }
  >();

  constructor(
    private readonly graceMs: number,
    /** Called when a reconnect grace period runs out and the participant is gone. */
    private readonly onExpired: (boardId: string, change: PresenceChange) => void,
  ) {}

  private board(boardId: string) {
    let board = this.boards.get(boardId);
    if (!board) {
      board = { version: 0, attendees: new Map() };
      this.boards.set(boardId, board);
    }
    return board;
  }

  list(boardId: string): PresenceList {
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

  join(boardId: string, entry: Omit<PresenceEntry, 'status'>, socketId: string): PresenceChange {
    const board = this.board(boardId);
    const attendee = board.attendees.get(entry.userId);
    if (!attendee) {
      const fresh: Attendee = {
        entry: { ...entry, status: 'online' },
        sockets: new Set([socketId]),
        graceTimer: null,
      };
      board.attendees.set(entry.userId, fresh);
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

  /** An explicit leave (or a revoked access): gone at once when it was their last socket. */
  leave(boardId: string, userId: string, socketId: string): PresenceChange {
    const board = this.boards.get(boardId);
    const attendee = board?.attendees.get(userId);
    if (!board || !attendee) return null;
    attendee.sockets.delete(socketId);
    if (attendee.sockets.size > 0) return null;
    return this.remove(boardId, userId);
  }

  /**
   * A dropped connection: reconnecting for the grace period, then gone. A tab that closed its
   * socket itself gets a shorter grace than a connection the network lost.
   */
  disconnect(
    boardId: string,
    userId: string,
    socketId: string,
    graceMs: number = this.graceMs,
  ): PresenceChange {
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

  /** Stops every pending grace timer (shutdown). */
  clear(): void {
    for (const board of this.boards.values()) {
      for (const attendee of board.attendees.values())
        if (attendee.graceTimer) clearTimeout(attendee.graceTimer);
    }
    this.boards.clear();
  }
}

export type { PresenceChange };
