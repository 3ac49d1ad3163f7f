import type {
  ClientToServerEvents,
  ServerToClientEvents,
  SessionEndedReason,
} from '@konsil/shared';
import { io, type Socket } from 'socket.io-client';
import type { TestClient } from './testClient';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A real Socket.IO client using the session of `client`; resolves once the server accepted it. */
export async function connectSocket(client: TestClient): Promise<TestSocket> {
  const socket: TestSocket = io(client.baseUrl, {
    transports: ['websocket'],
    extraHeaders: { cookie: client.cookieHeader, origin: client.baseUrl },
    reconnection: false,
    forceNew: true,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
  return socket;
}

/** Resolves with what the socket is told when its session ends, and how it was disconnected. */
export function watchSessionEnd(socket: TestSocket) {
  const ended = new Promise<SessionEndedReason>((resolve) =>
    socket.once('auth:sessionEnded', ({ reason }) => resolve(reason)),
  );
  const disconnected = new Promise<string>((resolve) =>
    socket.once('disconnect', (reason) => resolve(reason)),
  );
  return { ended, disconnected };
}
