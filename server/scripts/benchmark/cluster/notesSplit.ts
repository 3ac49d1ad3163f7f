/**
 * W1b across instances: 200 notes clients in one case's document, 20 of them
 * typing, either all on one instance or half on each of two (writers split
 * too: client n goes to instance n mod 2). Both set-ups are clusters (REDIS_URL
 * set) on a fresh schema and Redis prefix each, so the split is the only
 * difference. The typing itself is the notes benchmark's (typingLoad.ts).
 */
import { type ClientOptions, konsilClusterTarget } from '../notes/noteClients';
import { seedNotes, signInAll } from '../notes/notesSeed';
import { runTyping, type TypingLoad, type TypingOutcome } from '../notes/typingLoad';
import { type Instance, type KonsilCluster, redisCpuMs } from './konsilCluster';

/** Writers are distinct users; the other connections share their sessions. */
const USERS = 20;

export type Layout = 'single' | 'split';

export interface SplitOutcome {
  layout: Layout;
  typing: TypingOutcome;
  /** Redis's CPU over the window (INFO), ms; null when it could not be read. */
  redisCpuMs: number | null;
}

/** What runTyping reads from the server side: every instance together, and each alone. */
function instancesAsOne(instances: readonly Instance[]) {
  const sum = (read: (instance: Instance) => number) =>
    instances.reduce((total, instance) => total + read(instance), 0);
  return {
    cpuMs: () => sum((instance) => instance.cpuMs()),
    systemCpuMs: () => sum((instance) => instance.systemCpuMs()),
    memory: () => ({
      rssMb: sum((instance) => instance.memory().rssMb),
      peakRssMb: sum((instance) => instance.memory().peakRssMb),
    }),
    instancesCpuMs: () => instances.map((instance) => instance.cpuMs()),
  };
}

/**
 * One W1b on `cluster` (fresh, migrated, no instance yet): starts one or two
 * instances on `cpu`, seeds a board and one case, signs the users in and types.
 */
export async function runNotesSplit(
  cluster: KonsilCluster,
  layout: Layout,
  load: TypingLoad,
  clients: ClientOptions,
  cpu: string,
): Promise<SplitOutcome> {
  const seed = await seedNotes(cluster.db, { userCount: USERS, caseCount: 1 });
  const names = layout === 'single' ? ['S'] : ['A', 'B'];
  const instances: Instance[] = [];
  for (const name of names) instances.push(await cluster.start(name, cpu));
  const first = instances[0];
  const caseId = seed.caseIds[0];
  if (!first || !caseId) throw new Error('No instance or no case');
  const cookies = await signInAll(first.baseUrl, seed.emails);
  const target = konsilClusterTarget(
    instances.map((instance) => instance.baseUrl),
    (identity) => identity % instances.length,
    cookies,
    clients,
  );
  const server = instancesAsOne(instances);
  let redisStart: number | null = null;
  let redisUsed: number | null = null;
  const typing = await runTyping(target, server, caseId, load, {
    async onStart() {
      redisStart = await redisCpuMs();
    },
    async onEnd() {
      const end = await redisCpuMs();
      redisUsed = end === null || redisStart === null ? null : end - redisStart;
    },
  });
  await cluster.stopInstances();
  return { layout, typing, redisCpuMs: redisUsed };
}
