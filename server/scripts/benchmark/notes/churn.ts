/**
 * W3: many documents opened, edited once and closed, a few at a time. What
 * matters is what stays behind: documents the server still holds once every
 * client has gone, and its resident memory.
 */
import { performance } from 'node:perf_hooks';
import { appendParagraph, type Target, whenSynced } from './noteClients';
import type { ServerProcess } from './serverProcess';
import { eachLimited, waitUntil } from './waiting';

export interface ChurnOutcome {
  documents: number;
  wallMs: number;
  /** Documents in memory once the settle window ended (or as soon as none were left). */
  left: number;
  /** From the last close until none were left; null if some stayed for the whole window. */
  emptyAfterMs: number | null;
  rssMb: number;
  peakRssMb: number;
  drops: number;
}

const CONCURRENCY = 4;
const SYNC_TIMEOUT_MS = 30_000;
const FLUSH_TIMEOUT_MS = 5_000;

export async function runChurn(
  target: Target,
  server: ServerProcess,
  docNames: readonly string[],
  settleMs: number,
): Promise<ChurnOutcome> {
  let drops = 0;
  const start = performance.now();
  await eachLimited(docNames, CONCURRENCY, async (docName, index) => {
    const client = target.open(docName, index);
    try {
      await whenSynced(client, SYNC_TIMEOUT_MS);
      appendParagraph(client.doc).insert(0, `edit ${index}`);
      // The edit must have left the socket before the close frame follows it.
      await waitUntil(() => client.bufferedAmount() === 0, FLUSH_TIMEOUT_MS, 1);
    } finally {
      drops += client.drops();
      client.destroy();
    }
  });
  const closedAt = performance.now();
  const isEmpty = await waitUntil(async () => (await server.documentCount()) === 0, settleMs, 50);
  const memory = server.memory();
  return {
    documents: docNames.length,
    wallMs: closedAt - start,
    left: await server.documentCount(),
    emptyAfterMs: isEmpty ? performance.now() - closedAt : null,
    rssMb: memory.rssMb,
    peakRssMb: memory.peakRssMb,
    drops,
  };
}
