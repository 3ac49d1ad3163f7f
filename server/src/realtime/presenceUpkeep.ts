import type { AppContext } from '../context';
import type { PresenceChange, PresenceStore } from '../live/presenceStore';
import { runSystemChange } from '../live/runCommand';
import { participantLeft } from '../live/sessionState';
import { closeAttendance, openAttendanceIfLive } from '../storage/repositories/boardSessions';

export interface Leaving {
  boardId: string;
  userId: string;
  socketId: string;
}

/**
 * A socket left a board: at once (graceMs 0: an explicit leave, access withdrawn, cut by the
 * server) or after a grace in which its owner shows as reconnecting. Publishes the change.
 * Never throws: the socket has left the room either way, and a presence store that cannot be
 * reached (Redis down) is cleaned up once it is back (see instanceLease.ts); the failure is logged.
 */
export async function leaveBoardPresence(
  ctx: AppContext,
  presence: PresenceStore,
  leaving: Leaving,
  graceMs: number,
): Promise<void> {
  const { boardId, userId, socketId } = leaving;
  try {
    const delta =
      graceMs === 0
        ? await presence.leave(boardId, userId, socketId)
        : await presence.disconnect(boardId, userId, socketId, graceMs);
    await afterPresenceChange(ctx, boardId, delta);
  } catch (error) {
    ctx.logger.warn({ err: { name: (error as Error).name } }, 'presence cleanup failed');
  }
}

/**
 * Publishes a presence change; when someone is gone for good their attendance interval closes,
 * their raised hand comes down and the floor is no longer theirs. The store hands each 'left'
 * to one caller only (in a cluster: one instance), so these side effects run once.
 */
export async function afterPresenceChange(
  ctx: AppContext,
  boardId: string,
  delta: PresenceChange,
): Promise<void> {
  if (!delta) return;
  ctx.changes.publish({ kind: 'live.presence', boardId, delta });
  if (delta.kind !== 'left') return;
  await closeAttendance(ctx.db, boardId, delta.userId, ctx.clock.now());
  await runSystemChange(ctx, boardId, (session) => participantLeft(session, delta.userId));
}

/**
 * The board has just gone live: everyone already in its room attends from now (joining opened
 * no attendance while it was scheduled). Someone joining at the same moment is counted either
 * here or by their own join, which reads the status after entering presence.
 */
export async function attendStartedBoard(
  ctx: AppContext,
  presence: PresenceStore,
  boardId: string,
): Promise<void> {
  const at = ctx.clock.now();
  const { entries } = await presence.list(boardId);
  for (const entry of entries) {
    await openAttendanceIfLive(ctx.db, {
      boardId,
      userId: entry.userId,
      institutionId: entry.institution.id,
      at,
    });
  }
}
