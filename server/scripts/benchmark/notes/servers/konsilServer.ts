/**
 * Konsil in a process of its own for the notes benchmark: the real app
 * (createApp, via benchApp's startApp: loopback, silent logs, flood guard
 * raised) on the SQLite database the driver seeded in the directory given as
 * the first argument. Answers the parent with app.collab.loadedDocumentCount().
 *
 *   node --import tsx scripts/benchmark/notes/servers/konsilServer.ts <dataDir>
 */
import { createDatabase } from '../../../../src/storage/db';
import { startApp } from '../../benchApp';
import { serveParent } from './benchIpc';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('Usage: konsilServer.ts <dataDir>');

await serveParent(async () => {
  const db = createDatabase({ dataDir, databaseUrl: null });
  const { app, baseUrl } = await startApp(db);
  return {
    port: Number(new URL(baseUrl).port),
    documentCount: () => app.collab.loadedDocumentCount(),
    async close() {
      await app.close();
      await db.destroy();
    },
  };
});
