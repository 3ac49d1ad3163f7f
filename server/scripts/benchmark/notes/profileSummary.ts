/**
 * Top self-time functions of a V8 .cpuprofile (from `node --cpu-prof`), and
 * the same time grouped by where the code lives (a package, a file of
 * Konsil's src, Node's internals, the garbage collector).
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const PACKAGE = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\/(.*)$/;
const KONSIL = /\/(server\/src|shared\/src)\/(.*)$/;

function place(url: string): { where: string; file: string } {
  if (url === '') return { where: '(V8)', file: '' };
  const inPackage = PACKAGE.exec(url);
  if (inPackage?.[1]) return { where: inPackage[1], file: `${inPackage[1]}/${inPackage[2]}` };
  const inKonsil = KONSIL.exec(url);
  if (inKonsil?.[2])
    return { where: `${inKonsil[1]}/${inKonsil[2]}`, file: `${inKonsil[1]}/${inKonsil[2]}` };
  if (url.startsWith('node:')) return { where: 'node internals', file: url };
  return { where: url, file: url };
}

function top(totals: Map<string, number>, count: number): [string, number][] {
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, count);
}

/** Prints the top `count` functions by self time and the top groups, in ms and % of busy time. */
export function printProfileSummary(file: string, count = 20): void {
  const profile: CpuProfile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parents.set(child, node.id);
  // Starting the profiler over the inspector shows up in its own profile: leave that out.
  const isProfilerItself = (id: number): boolean => {
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      if (nodes.get(at)?.callFrame.url === 'node:inspector') return true;
    }
    return false;
  };
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  const functions = new Map<string, number>();
  const groups = new Map<string, number>();
  let busy = 0;
  let idle = 0;
  for (const [id, ms] of self) {
    const frame = nodes.get(id)?.callFrame;
    if (!frame || isProfilerItself(id)) continue;
    if (frame.functionName === '(idle)') {
      idle += ms;
      continue;
    }
    busy += ms;
    const { where, file: source } = place(frame.url);
    const name = `${frame.functionName || '(anonymous)'}  ${source}${source ? `:${frame.lineNumber + 1}` : ''}`;
    functions.set(name, (functions.get(name) ?? 0) + ms);
    const group = frame.url === '' ? frame.functionName : where;
    groups.set(group, (groups.get(group) ?? 0) + ms);
  }
  const share = (ms: number) => `${((100 * ms) / busy).toFixed(1).padStart(5)}%`;
  console.log(
    `  main thread, sampled: busy ${busy.toFixed(0)} ms, idle ${idle.toFixed(0)} ms over the ` +
      'measurement (system calls such as writev include the kernel’s loopback TCP work)',
  );
  console.log(`  top ${count} functions by self time:`);
  for (const [name, ms] of top(functions, count)) {
    console.log(`    ${ms.toFixed(0).padStart(7)} ms ${share(ms)}  ${name}`);
  }
  console.log('  self time by package / file:');
  for (const [name, ms] of top(groups, 15)) {
    console.log(`    ${ms.toFixed(0).padStart(7)} ms ${share(ms)}  ${name}`);
  }
}
