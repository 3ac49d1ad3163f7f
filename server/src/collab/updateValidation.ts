/**
 * Decides, before anything is applied, whether a Yjs update can be integrated
 * completely into the server's document. Yjs itself parks structs whose
 * dependencies are missing as "pending"; with crafted updates that state later
 * breaks the document for everyone (see ARCHITECTURE.md, collaborative notes),
 * so an update that would leave anything pending is refused instead.
 */
import { NOTES_FRAGMENT } from '@konsil/shared';
import * as Y from 'yjs';

export type UpdateRefusal = 'malformed' | 'missingDependencies' | 'unsupportedContent';
export type UpdateVerdict = { ok: true } | { ok: false; reason: UpdateRefusal };

/** Clocks above this only come from crafted updates; keeps arithmetic exact. */
const MAX_CLOCK = 2 ** 32;
const ALLOWED_ROOTS: ReadonlySet<string> = new Set([NOTES_FRAGMENT]);

type Struct = Y.Item | Y.GC | Y.Skip;

interface ClientRun {
  structs: Struct[];
  /** Index of the next struct to integrate. */
  next: number;
}

interface Waiter {
  client: number;
  clock: number;
}

/**
 * `alsoKnown` is a state vector to count as present besides the document's:
 * what a client announced it has and is about to send (see NotesConnection).
 */
export function checkUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  alsoKnown?: ReadonlyMap<number, number>,
): UpdateVerdict {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const runs = new Map<number, ClientRun>();
  for (const struct of decoded.structs) {
    const shapeProblem = checkShape(struct);
    if (shapeProblem) return { ok: false, reason: shapeProblem };
    const run = runs.get(struct.id.client);
    if (run) run.structs.push(struct);
    else runs.set(struct.id.client, { structs: [struct], next: 0 });
  }
  for (const run of runs.values()) {
    run.structs.sort((a, b) => a.id.clock - b.id.clock);
    for (let i = 1; i < run.structs.length; i++) {
      const previous = run.structs[i - 1] as Struct;
      if ((run.structs[i] as Struct).id.clock !== previous.id.clock + previous.length) {
        return { ok: false, reason: 'missingDependencies' };
      }
    }
  }
  const initialState = (client: number) =>
    Math.max(Y.getState(doc.store, client), alsoKnown?.get(client) ?? 0);
  const reached = integrateVirtually(initialState, runs);
  if (!reached) return { ok: false, reason: 'missingDependencies' };
  for (const [client, deletions] of decoded.ds.clients) {
    const known = reached.get(client) ?? initialState(client);
    for (const deletion of deletions) {
      if (deletion.len <= 0 || deletion.clock + deletion.len > known) {
        return { ok: false, reason: 'missingDependencies' };
      }
    }
  }
  return { ok: true };
}

function checkShape(struct: Struct): UpdateRefusal | null {
  if (struct instanceof Y.Skip) return 'missingDependencies';
  if (struct.id.clock + struct.length > MAX_CLOCK || struct.length <= 0) return 'malformed';
  if (!(struct instanceof Y.Item)) return null;
  if (struct.content instanceof Y.ContentDoc) return 'unsupportedContent';
  if (typeof struct.parent === 'string' && !ALLOWED_ROOTS.has(struct.parent)) {
    return 'unsupportedContent';
  }
  return null;
}

/** The ids an item needs to exist before it can be integrated. */
function dependenciesOf(struct: Struct): Y.ID[] {
  if (!(struct instanceof Y.Item)) return [];
  const ids: Y.ID[] = [];
  if (struct.origin) ids.push(struct.origin);
  if (struct.rightOrigin) ids.push(struct.rightOrigin);
  if (struct.parent instanceof Y.ID) ids.push(struct.parent);
  return ids;
}

/**
 * Replays integration order without touching the document: each client's run
 * advances while the ids its next struct refers to are already known (in the
 * document or earlier in this update). Blocked runs wait on the one id they
 * need and are woken when its client advances past it, so crafted chains cost
 * O(n log n), not O(n²). Returns the state vector after the update, or null
 * when some struct could never be integrated (missing or cyclic dependencies).
 */
function integrateVirtually(
  initialState: (client: number) => number,
  runs: Map<number, ClientRun>,
): Map<number, number> | null {
  const reached = new Map<number, number>();
  const stateOf = (client: number) => reached.get(client) ?? initialState(client);
  const waiting = new Map<number, Waiter[]>();
  const ready: number[] = [...runs.keys()];

  while (ready.length > 0) {
    const client = ready.pop() as number;
    const run = runs.get(client) as ClientRun;
    while (run.next < run.structs.length) {
      const struct = run.structs[run.next] as Struct;
      const known = stateOf(client);
      if (struct.id.clock > known) return null;
      if (struct.id.clock + struct.length <= known) {
        // Already in the document: Yjs skips it, so its references do not matter.
        run.next++;
        continue;
      }
      const missing = dependenciesOf(struct).find((id) => id.clock >= stateOf(id.client));
      if (missing) {
        // A struct may not depend on its own client's future.
        if (missing.client === client) return null;
        pushWaiter(waiting, missing.client, { client, clock: missing.clock });
        break;
      }
      reached.set(client, struct.id.clock + struct.length);
      run.next++;
    }
    wakeWaiters(waiting, client, stateOf(client), ready);
  }
  for (const run of runs.values()) {
    if (run.next < run.structs.length) return null;
  }
  return reached;
}

// Waiters per client form a binary min-heap on the clock they need.
function pushWaiter(waiting: Map<number, Waiter[]>, onClient: number, waiter: Waiter): void {
  let heap = waiting.get(onClient);
  if (!heap) {
    heap = [];
    waiting.set(onClient, heap);
  }
  heap.push(waiter);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if ((heap[parent] as Waiter).clock <= waiter.clock) break;
    heap[i] = heap[parent] as Waiter;
    i = parent;
  }
  heap[i] = waiter;
}

function wakeWaiters(
  waiting: Map<number, Waiter[]>,
  client: number,
  state: number,
  ready: number[],
): void {
  const heap = waiting.get(client);
  while (heap && heap.length > 0 && (heap[0] as Waiter).clock < state) {
    ready.push((heap[0] as Waiter).client);
    const last = heap.pop() as Waiter;
    if (heap.length === 0) break;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child =
        right < heap.length && (heap[right] as Waiter).clock < (heap[left] as Waiter).clock
          ? right
          : left;
      if ((heap[child] as Waiter).clock >= last.clock) break;
      heap[i] = heap[child] as Waiter;
      i = child;
    }
    heap[i] = last;
  }
}

/**
 * Whether applying the update would change the document. A read-only client's
 * sync reply repeats what it got from us (including every deletion it knows);
 * only an update that adds or deletes something is an attempt to edit.
 */
export function bringsNewContent(doc: Y.Doc, update: Uint8Array): boolean {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return true;
  }
  for (const struct of decoded.structs) {
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return true;
  }
  if (decoded.ds.clients.size === 0) return false;
  const deleted = Y.createDeleteSetFromStructStore(doc.store);
  for (const [client, ranges] of decoded.ds.clients) {
    const known = deleted.clients.get(client) ?? [];
    for (const range of ranges) {
      const covering = known.find(
        (item) => item.clock <= range.clock && range.clock < item.clock + item.len,
      );
      if (!covering || range.clock + range.len > covering.clock + covering.len) return true;
    }
  }
  return false;
}
