import type { AccessRevokedReason } from '@konsil/shared';
import type { DomainChange, DomainChangeOf } from '../changes/domainChange';
import { KeyedQueue } from '../changes/keyedQueue';
import type { AppContext } from '../context';
import type { PresenceStore } from '../live/presenceStore';
import { loadLiveView, projectSessionFor } from '../live/projectSession';
import { presentSession } from '../live/sessionState';
import { actorOf } from '../policies/actor';
import { can } from '../policies/can';
import { boardScopeOf, caseScopeOf } from '../policies/scopes';
import { loadSession } from '../storage/repositories/boardSessions';
import { type BoardRecord, findBoard } from '../storage/repositories/boards';
import { findCase } from '../storage/repositories/cases';
import { findUsersByIds, type UserRecord } from '../storage/repositories/users';
import { localSocketsIn } from './localSockets';
import { leaveBoardPresence } from './presenceUpkeep';
import { boardRoom, type KonsilIo, type KonsilSocket, sessionRoom, userRoom } from './rooms';
import type { SentSnapshots } from './sentSnapshots';

type Viewer = { socket: KonsilSocket; user: UserRecord };

/**
 * Carries the change stream to this process's sockets. Each change is re-checked against the
 * current truth with the same can() a fresh connection would be asked, and each recipient hears
 * only what its user may read. Work for one board runs in order, so the last snapshot a socket
 * receives is the truest.
 */
export function subscribeLiveFanout(
  ctx: AppContext,
  io: KonsilIo,
  presence: PresenceStore,
  sent: SentSnapshots,
): () => void {
  const perBoard = new KeyedQueue();
  const fanout = new LiveFanout(ctx, io, presence, sent);
  return ctx.changes.subscribe((change: DomainChange) => {
    switch (change.kind) {
      case 'board.access':
        return perBoard.run(change.boardId, () => fanout.recheckBoard(change));
      case 'user.access':
        return fanout.recheckUser(change, perBoard);
      case 'session.ended':
        return fanout.endSessions(change);
      case 'session.rotated':
        return fanout.rotateSession(change);
      case 'live.state':
        return perBoard.run(change.boardId, () => fanout.sendState(change.boardId));
      case 'live.presence':
        return fanout.sendPresence(change);
      case 'live.agenda':
        return perBoard.run(change.boardId, () => fanout.sendAgenda(change.boardId));
      case 'live.decision':
        return perBoard.run(change.boardId, () => fanout.tellCaseReaders(change));
    }
  });
}

class LiveFanout {
  constructor(
    private readonly ctx: AppContext,
    private readonly io: KonsilIo,
    private readonly presence: PresenceStore,
    private readonly sent: SentSnapshots,
  ) {}

  /** Who may no longer follow the board leaves it; everyone else gets a fresh projection. */
  async recheckBoard(change: DomainChangeOf<'board.access'>): Promise<void> {
    const board = await findBoard(this.ctx.db, change.boardId);
    const viewers = await this.viewersIn(boardRoom(change.boardId));
    // Only an uninvitation takes a whole board away; consent narrows what the board shows.
    const staying = await this.keepAllowed(change.boardId, board, viewers, 'uninvited');
    if (!board) return;
    await this.sendStateTo(board, staying);
    // Starting or ending the board changes what may be done, not what the agenda shows.
    if (change.cause === 'board_started' || change.cause === 'board_ended') return;
    for (const { socket } of staying) {
      socket.emit('agenda:changed', { boardId: board.id, agendaVersion: board.agendaVersion });
    }
  }

  /** A user's own permissions changed: every board they follow is asked again, then they are told. */
  async recheckUser(change: DomainChangeOf<'user.access'>, perBoard: KeyedQueue): Promise<void> {
    const viewers = await this.viewersIn(userRoom(change.userId));
    const boardIds = new Set(
      viewers.flatMap(({ socket }) =>
        [...socket.rooms].filter((room) => room.startsWith('board:')).map((room) => room.slice(6)),
      ),
    );
    await Promise.all(
      [...boardIds].map((boardId) =>
        perBoard.run(boardId, async () => {
          const board = await findBoard(this.ctx.db, boardId);
          const mine = viewers.filter(({ socket }) => socket.rooms.has(boardRoom(boardId)));
          const staying = await this.keepAllowed(boardId, board, mine, 'uninvited');
          if (board) await this.sendStateTo(board, staying);
        }),
      ),
    );
    for (const { socket } of viewers) socket.emit('auth:accessChanged', { reason: change.reason });
  }

  endSessions(change: DomainChangeOf<'session.ended'>): void {
    const { target } = change;
    const room = 'sessionId' in target ? sessionRoom(target.sessionId) : userRoom(target.userId);
    for (const socket of localSocketsIn(this.io, room)) {
      if (socket.data.sessionId === change.exceptSessionId) continue;
      socket.emit('auth:sessionEnded', { reason: change.reason });
      socket.disconnect(true);
    }
  }

  rotateSession(change: DomainChangeOf<'session.rotated'>): void {
    for (const socket of localSocketsIn(this.io, sessionRoom(change.fromSessionId))) {
      socket.data.sessionId = change.toSessionId;
      void socket.leave(sessionRoom(change.fromSessionId));
      void socket.join(sessionRoom(change.toSessionId));
    }
  }

  async sendState(boardId: string): Promise<void> {
    const board = await findBoard(this.ctx.db, boardId);
    if (!board) return;
    await this.sendStateTo(board, await this.viewersIn(boardRoom(boardId)));
  }

  sendPresence(change: DomainChangeOf<'live.presence'>): void {
    const { boardId, delta, exceptSocketId } = change;
    const room = this.io.local.to(boardRoom(boardId));
    const target = exceptSocketId ? room.except(exceptSocketId) : room;
    if (delta.kind === 'left') {
      target.emit('presence:left', { boardId, version: delta.version, userId: delta.userId });
      return;
    }
    const event = delta.kind === 'joined' ? 'presence:joined' : 'presence:changed';
    target.emit(event, { boardId, version: delta.version, entry: delta.entry });
  }

  async sendAgenda(boardId: string): Promise<void> {
    const board = await findBoard(this.ctx.db, boardId);
    if (!board) return;
    this.io.local
      .to(boardRoom(boardId))
      .emit('agenda:changed', { boardId, agendaVersion: board.agendaVersion });
  }

  /** Only those who may read the case hear that its decision changed: not even its id leaves home. */
  async tellCaseReaders(change: DomainChangeOf<'live.decision'>): Promise<void> {
    const board = await findBoard(this.ctx.db, change.boardId);
    const item = board ? await findCase(this.ctx.db, board.id, change.caseId) : null;
    if (!board || !item) return;
    const scope = caseScopeOf(board, item);
    for (const { socket, user } of await this.viewersIn(boardRoom(board.id))) {
      if (can(actorOf(user), 'decision:read', scope)) {
        socket.emit('decision:changed', { boardId: board.id, caseId: item.id });
      }
    }
  }

  /** The sockets of a room with their users as they are now (inactive users are left out). */
  private async viewersIn(room: string): Promise<Viewer[]> {
    const sockets = localSocketsIn(this.io, room);
    const users = await findUsersByIds(this.ctx.db, [
      ...new Set(sockets.map((socket) => socket.data.userId)),
    ]);
    return sockets.flatMap((socket) => {
      const user = users.get(socket.data.userId);
      return user?.isActive ? [{ socket, user }] : [];
    });
  }

  private async keepAllowed(
    boardId: string,
    board: BoardRecord | null,
    viewers: Viewer[],
    reason: AccessRevokedReason,
  ): Promise<Viewer[]> {
    const staying: Viewer[] = [];
    for (const viewer of viewers) {
      const mayStay = board && can(actorOf(viewer.user), 'session:join', boardScopeOf(board));
      if (mayStay) {
        staying.push(viewer);
        continue;
      }
      const { socket } = viewer;
      socket.emit('board:accessRevoked', { boardId, reason });
      await socket.leave(boardRoom(boardId));
      const leaving = { boardId, userId: viewer.user.id, socketId: socket.id };
      await leaveBoardPresence(this.ctx, this.presence, leaving, 0);
    }
    return staying;
  }

  private async sendStateTo(board: BoardRecord, viewers: Viewer[]): Promise<void> {
    if (viewers.length === 0) return;
    const session = await loadSession(this.ctx.db, board.id, board.status);
    const view = await loadLiveView(
      this.ctx.db,
      board,
      presentSession(session, this.ctx.clock.now()),
    );
    for (const { socket, user } of viewers) {
      const state = projectSessionFor(view, user);
      if (this.sent.record(socket, state)) socket.emit('session:state', state);
    }
  }
}
