/**
 * Reference (c): @hocuspocus/server with its defaults (no extensions, no
 * persistence, broadcasts coalesced per event-loop turn) in a process of its own.
 */
import { Server } from '@hocuspocus/server';
import { serveParent } from './benchIpc';

await serveParent(async () => {
  const server = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: false });
  await server.listen();
  return {
    port: server.address.port,
    documentCount: () => server.hocuspocus.getDocumentsCount(),
    close: () => server.destroy(),
  };
});
