import type { SessionEndedReason } from '@konsil/shared';

export type SessionEndTarget = { sessionId: string } | { userId: string };
export type SessionEndedListener = (target: SessionEndTarget, reason: SessionEndedReason) => void;

/**
 * Tells live connections (Socket.IO now, the notes websocket later) that a
 * session or all of a user's sessions ended, so they can disconnect.
 */
export class SessionEndedHub {
  private readonly listeners = new Set<SessionEndedListener>();

  subscribe(listener: SessionEndedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(target: SessionEndTarget, reason: SessionEndedReason): void {
    for (const listener of this.listeners) listener(target, reason);
  }
}
