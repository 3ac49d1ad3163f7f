import type {
  ClientToServerEvents,
  InterServerEvents,
  ServerToClientEvents,
  SocketData,
} from '@konsil/shared';
import type { Server, Socket } from 'socket.io';

/** Socket.IO types and room names: the one module every realtime file imports them from. */
export type KonsilIo = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;
export type KonsilSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;

/** Every socket of one user (a role change, deactivation). */
export const userRoom = (userId: string) => `user:${userId}`;
/** Every socket of one signed-in browser session (logout). */
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
/** Every socket following one live board. */
export const boardRoom = (boardId: string) => `board:${boardId}`;
