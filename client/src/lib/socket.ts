import type {
  ClientToServerEvents,
  ServerToClientEvents,
  SessionEndedReason,
} from '@konsil/shared';
import type { Socket } from 'socket.io-client';

const SESSION_REFUSALS = new Set(['unauthenticated', 'session_expired']);

export type KonsilSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface SocketHandlers {
  onSessionEnded: (reason: SessionEndedReason) => void;
}

/**
 * Opens the one realtime connection a signed-in tab keeps. socket.io-client is loaded on demand
 * so the sign-in page does not pay for it.
 */
export async function connectSocket(handlers: SocketHandlers): Promise<KonsilSocket> {
  const { io } = await import('socket.io-client');
  // WebSocket only: the server admits a handshake only with an allowed Origin header, and
  // browsers send Origin on websocket upgrades but not on same-origin polling GETs.
  const socket: KonsilSocket = io({
    path: '/socket.io/',
    withCredentials: true,
    transports: ['websocket'],
  });
  socket.on('auth:sessionEnded', ({ reason }) => handlers.onSessionEnded(reason));
  // A handshake refused for the session (not a network blip) is final: socket.io will not retry,
  // and the session it names is gone.
  socket.on('connect_error', (error) => {
    if (!socket.active && SESSION_REFUSALS.has(error.message)) handlers.onSessionEnded('expired');
  });
  return socket;
}
