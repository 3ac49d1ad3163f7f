/**
 * W2 on PostgreSQL: the notes benchmark's cold opens (coldOpen.ts) of cases
 * with a 10,000-update log, against one cluster instance (REDIS_URL set) on a
 * schema of its own. The instance is the real entry point, so it cannot say
 * how many documents it holds; instead the driver knows which cases it opened
 * and waits, before each open, until every one of them has been compacted
 * (a document's unload stores it and merges its log: fewer rows than the
 * history) and the instance has gone idle — its unload work is done.
 */
import { countNoteUpdates } from '../../../src/storage/repositories/noteDocuments';
import { type ColdOpenOutcome, runColdOpens, type WhenNoneHeld } from '../notes/coldOpen';
import { watchForeignLoad } from '../notes/machineLoad';
import { type ClientOptions, konsilTarget, type Target } from '../notes/noteClients';
import { seedNotes, signInAll, storeHistory } from '../notes/notesSeed';
import { sleep, waitUntil } from '../notes/waiting';
import type { Instance, KonsilCluster } from './konsilCluster';

/** Opened first in each pass, uncounted, as in the notes benchmark. */
const WARM_UPS = 2;
/** Idle: the instance used less than this share of a core over IDLE_SAMPLES samples in a row. */
const IDLE_SHARE = 0.05;
const IDLE_SAMPLE_MS = 100;
const IDLE_SAMPLES = 3;

async function whenIdle(instance: Instance, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  let quiet = 0;
  while (performance.now() < deadline) {
    const before = instance.cpuMs();
    await sleep(IDLE_SAMPLE_MS);
    quiet = instance.cpuMs() - before < IDLE_SHARE * IDLE_SAMPLE_MS ? quiet + 1 : 0;
    if (quiet >= IDLE_SAMPLES) return true;
  }
  return false;
}

export async function runColdOpensOnPostgres(
  cluster: KonsilCluster,
  history: readonly Uint8Array[],
  coldOpens: number,
  clients: ClientOptions,
  cpu: string,
): Promise<ColdOpenOutcome & { otherCores: number }> {
  const seed = await seedNotes(cluster.db, { userCount: 1, caseCount: WARM_UPS + coldOpens });
  await storeHistory(cluster.db, seed.caseIds, history);
  const instance = await cluster.start('W', cpu);
  const cookies = await signInAll(instance.baseUrl, seed.emails);
  const konsil = konsilTarget(instance.baseUrl, cookies, clients);
  const opened = new Set<string>();
  const target: Target = {
    name: konsil.name,
    open(docName, identity) {
      opened.add(docName);
      return konsil.open(docName, identity);
    },
  };
  const isCompacted = async (caseId: string) =>
    (await countNoteUpdates(cluster.db, caseId)) < history.length;
  const whenNoneHeld: WhenNoneHeld = async (timeoutMs) => {
    const deadline = performance.now() + timeoutMs;
    const compacted = await waitUntil(
      async () => {
        for (const caseId of opened) if (!(await isCompacted(caseId))) return false;
        return true;
      },
      timeoutMs,
      20,
    );
    return compacted && (await whenIdle(instance, Math.max(0, deadline - performance.now())));
  };
  const countLogRows = async (caseIds: readonly string[]) => {
    let rows = 0;
    for (const caseId of caseIds) rows += await countNoteUpdates(cluster.db, caseId);
    return rows;
  };
  // PostgreSQL's work for the opens counts as other processes': it is shared with the machine.
  const foreign = watchForeignLoad(() => instance.cpuMs());
  const outcome = await runColdOpens(
    target,
    whenNoneHeld,
    { warmUp: seed.caseIds.slice(0, WARM_UPS), measured: seed.caseIds.slice(WARM_UPS) },
    history.length,
    countLogRows,
  );
  const otherCores = foreign.stop();
  await cluster.stopInstances();
  return { ...outcome, otherCores };
}
