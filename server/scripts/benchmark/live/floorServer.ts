import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';

export const FLOOR_ROOM = 'floor';
export const FLOOR_COMMAND = 'floor:advance';
export const FLOOR_BROADCAST = 'floor:state';

export interface FloorServer {
  url: string;
  /** Wire size of one broadcast frame (engine.io + socket.io framing included). */
  frameBytes: number;
  /** Closes the server and its sockets; safe to call twice. */
  close(): Promise<void>;
}

/**
 * The floor: bare Socket.IO (same version and transport as the app) with no
 * auth, no database and no logic. Every socket joins one room; the command
 * bumps a counter, broadcasts a snapshot of about `payloadBytes` to the room
 * and acknowledges — the shape of a live command without any of its work.
 */
export async function startFloorServer(payloadBytes: number): Promise<FloorServer> {
  const server = http.createServer();
  const io = new Server(server, { transports: ['websocket'], serveClient: false });
  const skeleton = { version: 0, boardId: '00000000-0000-4000-8000-000000000000', padding: '' };
  const padding = 'x'.repeat(Math.max(0, payloadBytes - JSON.stringify(skeleton).length));
  let version = 0;
  io.on('connection', (socket) => {
    void socket.join(FLOOR_ROOM);
    socket.on(FLOOR_COMMAND, (_payload: unknown, ack: unknown) => {
      version += 1;
      io.to(FLOOR_ROOM).emit(FLOOR_BROADCAST, { ...skeleton, version, padding });
      if (typeof ack === 'function') ack({ ok: true, data: { version } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const frame = `42${JSON.stringify([FLOOR_BROADCAST, { ...skeleton, version: 1, padding }])}`;
  let closed: Promise<void> | null = null;
  return {
    url: `http://127.0.0.1:${port}`,
    frameBytes: Buffer.byteLength(frame),
    close() {
      closed ??= new Promise<void>((resolve) => io.close(() => resolve()));
      return closed;
    },
  };
}
