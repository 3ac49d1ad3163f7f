import type {
  ClientToServerEvents,
  ServerToClientEvents,
  SessionEndedReason,
} from '@konsil/shared';
import type { Socket } from 'socket.io-client';

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
  const socket: KonsilSocket = io({ path: '/socket.io/', withCredentials: true });
  socket.on('auth:sessionEnded', ({ reason }) => handlers.onSessionEnded(reason));
  return socket;
}
