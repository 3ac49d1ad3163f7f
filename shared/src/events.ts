/**
 * Socket.IO event maps: the whole realtime contract. Names are `domain:verb`;
 * broadcasts name what they carry.
 */
export type SessionEndedReason = 'logout' | 'deactivated' | 'expired';

export interface ServerToClientEvents {
  /** Sent just before the server disconnects a socket whose session ended. */
  'auth:sessionEnded': (payload: { reason: SessionEndedReason }) => void;
}

/** Client commands arrive with the live-session feature. */
export type ClientToServerEvents = Record<string, never>;

export type InterServerEvents = Record<string, never>;

export interface SocketData {
  userId: string;
  sessionId: string;
}
