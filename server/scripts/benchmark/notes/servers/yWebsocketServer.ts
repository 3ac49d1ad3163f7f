/**
 * Reference (b): @y/websocket-server's own connection handler on a plain
 * http + ws server, no auth, in a process of its own. Without persistence it
 * keeps every document in memory for good; with YPERSISTENCE=<dir> in its
 * environment (read by the package when it loads) it stores every update in
 * LevelDB (y-leveldb) and drops a document when its last connection closes.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { docs, setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';
import { serveParent } from './benchIpc';

await serveParent(async () => {
  const server = http.createServer((_request, response) => response.end('okay'));
  const wss = new WebSocketServer({ noServer: true });
  wss.on('connection', setupWSConnection);
  // As in the package's own server.js: the room is the path after the first slash.
  server.on('upgrade', (request, socket, head) => {
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    documentCount: () => docs.size,
    async close() {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
});
