import type { AppContext } from '../context';
import type { PresenceChange, PresenceRegistry } from '../live/presence';
import { runSystemChange } from '../live/runCommand';
import { participantLeft } from '../live/sessionState';
import { closeAttendance } from '../storage/repositories/boardSessions';

export interface Leaving {
  boardId: string;
  userId: string;
  socketId: string;
}

/**
 * A socket left a board: at once (graceMs 0: an explicit leave, access withdrawn, cut by the
 * server) or after a grace in which its owner shows as reconnecting. Publishes the change.
 */
export async function leaveBoardPresence(
  ctx: AppContext,
  presence: PresenceRegistry,
  leaving: Leaving,
  graceMs: number,
): Promise<void> {
  const { boardId, userId, socketId } = leaving;
  const delta =
    graceMs === 0
      ? presence.leave(boardId, userId, socketId)
      : presence.disconnect(boardId, userId, socketId, graceMs);
  await afterPresenceChange(ctx, boardId, delta);
}

/**
 * Publishes a presence change; when someone is gone for good their attendance interval closes,
 * their raised hand comes down and the floor is no longer theirs.
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
