/**
 * One case's notes in memory while anyone has them open. The database is the
 * source of truth: the document is loaded from snapshot + update log before
 * anyone is answered, every accepted update is appended before it is
 * forwarded (to this instance's connections and, in a cluster, published to the
 * other instances that hold the document), and the log is merged into the
 * snapshot every N updates and on unload.
 */
import { createHash } from 'node:crypto';
import { LIMITS } from '@konsil/shared';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { StoredNoteDocument } from '../storage/repositories/noteDocuments';
import { NoteAwareness } from './noteAwareness';
import type { NotesCluster, NotesClusterChannel } from './notesCluster';
import { NotesFanOut, type NotesPeer } from './notesFanOut';
import type { NotesStore } from './notesStore';
import { syncStep2Message, updateMessage } from './protocol';
import { applyStoredNotes } from './storedNotes';
import { checkUpdate, type UpdateRefusal } from './updateValidation';

export type { NotesPeer } from './notesFanOut';

export interface NoteDocumentDeps {
  store: NotesStore;
  clock: Clock;
  logger: Logger;
  /** The other instances of a cluster that may hold the document; null in a single process. */
  cluster: NotesCluster | null;
  /** The document cannot go on (storage failed, state inconsistent): drop it so the next open reloads. */
  onBroken(document: NoteDocument): void;
}

export type ApplyOutcome = { ok: true } | { ok: false; reason: UpdateRefusal | 'tooLarge' };

/** Updates that came from our own storage: already durable, so forwarded but not appended. */
const FROM_STORAGE = Symbol('storage');
/** Updates another instance stored and published: forwarded here, neither appended nor published. */
const FROM_CLUSTER = Symbol('cluster');

/**
 * Another instance's update can arrive before one it builds on (two publishers' messages may
 * cross). Yjs keeps it pending until the other arrives; should that not happen within this
 * time (its publisher died between storing and publishing), the log is read again.
 */
const CATCH_UP_MS = 2_000;

const MAX_KNOWN_UPDATE_IDS = 8 * LIMITS.collab.compactEveryUpdates;

interface PendingUpdate {
  update: Uint8Array;
  peer: NotesPeer;
}

const hasPending = (doc: Y.Doc): boolean =>
  doc.store.pendingStructs !== null || doc.store.pendingDs !== null;

const digestOf = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export class NoteDocument {
  readonly doc = new Y.Doc();
  /** Who has the document open here, and how messages reach them. */
  readonly fanOut = new NotesFanOut();
  private readonly carets: NoteAwareness;
  private cluster: NotesClusterChannel | null = null;
  private pending: PendingUpdate[] = [];
  private flushScheduled = false;
  private flushing = false;
  private idleWaiters: (() => void)[] = [];
  private appendedSinceCompaction = 0;
  /** Log rows already in memory (loaded, written here or published by another instance). */
  private knownUpdateIds = new Set<number>();
  /** The stored snapshot this document was loaded from or last wrote: no need to apply it again. */
  private knownSnapshotDigest: string | null = null;
  /** Snapshot plus log bytes: a cheap upper bound on the stored size. */
  private storedBytes = 0;
  private catchUpTimer: NodeJS.Timeout | null = null;
  private broken = false;
  private destroyed = false;

  constructor(
    readonly caseId: string,
    private readonly deps: NoteDocumentDeps,
  ) {
    this.carets = new NoteAwareness(this.doc, this.fanOut, deps.logger);
  }

  get awareness(): Awareness {
    return this.carets.awareness;
  }

  /**
   * Fills the document from storage; call once, before the first peer is answered. In a
   * cluster the document's channel is subscribed first and what arrives meanwhile is applied
   * after the load (Yjs updates are idempotent), so nothing stored elsewhere falls in between.
   */
  async load(): Promise<void> {
    const early: (() => void)[] = [];
    let isLoaded = false;
    const afterLoad = (act: () => void) => {
      if (isLoaded) act();
      else early.push(act);
    };
    if (this.deps.cluster) {
      this.cluster = this.deps.cluster.join(this.caseId, {
        update: (update, updateIds) => afterLoad(() => this.applyFromCluster(update, updateIds)),
        awareness: (update) => afterLoad(() => this.carets.applyFromCluster(update)),
        awarenessQuery: () => afterLoad(() => this.carets.answerQuery()),
      });
      await this.cluster.ready;
    }
    const stored = await this.deps.store.load(this.caseId);
    applyStoredNotes(this.doc, stored, FROM_STORAGE);
    if (hasPending(this.doc)) {
      this.deps.logger.error({ caseId: this.caseId }, 'stored notes have unresolved references');
    }
    this.storedBytes = stored.updates.reduce(
      (sum, row) => sum + row.payload.length,
      stored.snapshot?.length ?? 0,
    );
    this.knownSnapshotDigest = stored.snapshot ? digestOf(stored.snapshot) : null;
    this.appendedSinceCompaction = stored.updates.length;
    for (const row of stored.updates) this.knownUpdateIds.add(row.id);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => this.onUpdate(update, origin));
    isLoaded = true;
    for (const act of early) act();
    if (this.cluster) {
      this.carets.publishTo(this.cluster);
      // The carets of people already in the document elsewhere, without waiting for a move.
      this.cluster.queryAwareness();
    }
  }

  /** Applies a peer's update after checking it can be integrated completely. */
  applyFromPeer(peer: NotesPeer, update: Uint8Array): ApplyOutcome {
    if (this.broken) return { ok: true };
    if (!this.hasRoomFor(update.length)) return { ok: false, reason: 'tooLarge' };
    const verdict = checkUpdate(this.doc, update);
    if (!verdict.ok) return verdict;
    // Pending parts of another instance's update are waiting for their other half, not a fault.
    const wasPending = hasPending(this.doc);
    try {
      Y.applyUpdate(this.doc, update, peer);
    } catch (error) {
      this.breakDown('applying a checked update failed', error);
      return { ok: true };
    }
    if (!wasPending && hasPending(this.doc)) {
      this.breakDown('a checked update left unresolved references', null);
    }
    return { ok: true };
  }

  /**
   * The size bound counts what this instance loaded and stored since its last compaction. In a
   * cluster it counts other instances' updates too, which they compact: before refusing, the
   * document itself is measured.
   */
  private hasRoomFor(bytes: number): boolean {
    const max = LIMITS.collab.maxDocumentBytes;
    if (this.storedBytes + bytes <= max) return true;
    if (!this.cluster) return false;
    this.storedBytes = Y.encodeStateAsUpdate(this.doc).length;
    return this.storedBytes + bytes <= max;
  }

  /**
   * Answers a peer's sync step 1 once everything in memory is stored, so a
   * sync reply never carries an update that is not yet durable.
   */
  async answerSyncStep1(peer: NotesPeer, stateVector: Uint8Array): Promise<void> {
    await this.whenIdle();
    if (this.broken || !this.fanOut.peers.has(peer)) return;
    peer.send(syncStep2Message(this.doc, stateVector));
  }

  applyAwareness(update: Uint8Array, peer: NotesPeer): void {
    this.carets.apply(update, peer);
  }

  awarenessOf(clientIds: readonly number[]): Uint8Array | null {
    return this.carets.of(clientIds);
  }

  /** True when the id is (now) this peer's; a peer may hold a few, never another peer's. */
  claimAwarenessClient(peer: NotesPeer, clientId: number): boolean {
    return this.carets.claim(peer, clientId);
  }

  awarenessClientsOf(peer: NotesPeer): number[] {
    return this.carets.clientsOf(peer);
  }

  /** Forgets the peer's carets and tells everyone they left. */
  releaseAwareness(peer: NotesPeer): void {
    this.carets.release(peer);
  }

  /** Resolves when every accepted update is stored (and forwarded). */
  whenIdle(): Promise<void> {
    if (!this.flushScheduled && !this.flushing && this.pending.length === 0)
      return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stores what is left and merges the log into the snapshot; for unloading. */
  async settle(): Promise<void> {
    await this.whenIdle();
    if (this.broken || this.appendedSinceCompaction === 0) return;
    await this.compact();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this.catchUpTimer) clearTimeout(this.catchUpTimer);
    this.carets.destroy();
    this.cluster?.leave();
    this.doc.destroy();
  }

  get isBroken(): boolean {
    return this.broken;
  }

  private onUpdate(update: Uint8Array, origin: unknown): void {
    if (origin === FROM_STORAGE || origin === FROM_CLUSTER) {
      this.fanOut.send(updateMessage(update), null);
      return;
    }
    this.pending.push({ update, peer: origin as NotesPeer });
    this.storedBytes += update.length;
    if (!this.flushScheduled && !this.flushing) {
      this.flushScheduled = true;
      // setImmediate runs right after this turn's socket reads: at a light load that adds no
      // delay, under load every update read in the turn is stored in one statement and sent as
      // one merged message — far fewer frames for the server and every client to handle.
      setImmediate(() => void this.flush());
    }
  }

  private async flush(): Promise<void> {
    this.flushScheduled = false;
    this.flushing = true;
    try {
      while (this.pending.length > 0 && !this.broken) {
        const batch = this.pending;
        this.pending = [];
        const ids = await this.deps.store.append(
          this.caseId,
          batch.map((item) => ({ payload: item.update, userId: item.peer.userId })),
          this.deps.clock.now(),
        );
        for (const id of ids) this.knownUpdateIds.add(id);
        this.appendedSinceCompaction += batch.length;
        this.forward(batch, ids);
        if (
          this.pending.length === 0 &&
          this.appendedSinceCompaction >= LIMITS.collab.compactEveryUpdates
        ) {
          await this.compact();
        }
      }
    } catch (error) {
      this.breakDown('storing notes failed', error);
    } finally {
      this.flushing = false;
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  /** A stored batch, as one update, to the other instances and to this one's other peers. */
  private forward(batch: PendingUpdate[], ids: readonly number[]): void {
    const first = batch[0] as PendingUpdate;
    const update =
      batch.length === 1 ? first.update : Y.mergeUpdates(batch.map((item) => item.update));
    this.cluster?.publishUpdate(update, ids);
    // A writer does not need its own edits back; with several writers everyone gets the merge.
    const onlyAuthor = batch.every((item) => item.peer === first.peer) ? first.peer : null;
    this.fanOut.send(updateMessage(update), onlyAuthor);
  }

  /** An update another instance stored: applied and forwarded here, as stored ones are. */
  private applyFromCluster(update: Uint8Array, updateIds: readonly number[]): void {
    if (this.broken || this.destroyed) return;
    // Forgetting ids only means applying those rows again at a compaction (idempotent); an
    // instance that never compacts would otherwise collect every id for as long as it holds.
    if (this.knownUpdateIds.size > MAX_KNOWN_UPDATE_IDS) this.knownUpdateIds.clear();
    for (const id of updateIds) this.knownUpdateIds.add(id);
    this.storedBytes += update.length;
    try {
      Y.applyUpdate(this.doc, update, FROM_CLUSTER);
    } catch (error) {
      this.breakDown('applying an update from another instance failed', error);
      return;
    }
    if (hasPending(this.doc)) this.scheduleCatchUp(CATCH_UP_MS);
  }

  private scheduleCatchUp(delayMs: number): void {
    if (this.catchUpTimer || this.broken || this.destroyed) return;
    this.catchUpTimer = setTimeout(() => {
      this.catchUpTimer = null;
      void this.catchUp();
    }, delayMs);
  }

  /** Reads the stored notes again for the part a pending update waits for. */
  private async catchUp(): Promise<void> {
    if (!hasPending(this.doc) || this.broken || this.destroyed) return;
    try {
      const stored = await this.deps.store.load(this.caseId);
      if (this.broken || this.destroyed) return;
      this.applyStored(stored);
    } catch (error) {
      this.deps.logger.warn(
        { caseId: this.caseId, err: { name: (error as Error).name } },
        'reading notes to catch up failed',
      );
    }
    if (hasPending(this.doc)) this.scheduleCatchUp(5 * CATCH_UP_MS);
  }

  /** What storage holds that this document may lack (applied and forwarded, not appended). */
  private applyStored(stored: StoredNoteDocument): void {
    const digest = stored.snapshot ? digestOf(stored.snapshot) : null;
    const snapshot = digest !== this.knownSnapshotDigest ? stored.snapshot : null;
    const rows = stored.updates.filter((row) => !this.knownUpdateIds.has(row.id));
    if (!snapshot && rows.length === 0) return;
    // One transaction, in which Yjs retries what waits for a later row.
    Y.transact(
      this.doc,
      () => {
        if (snapshot) Y.applyUpdate(this.doc, snapshot, FROM_STORAGE);
        for (const row of rows) Y.applyUpdate(this.doc, row.payload, FROM_STORAGE);
      },
      FROM_STORAGE,
    );
    if (snapshot) this.knownSnapshotDigest = digest;
  }

  /**
   * Merges the stored log into a new snapshot, under the store's compaction lock. What was
   * read is applied first (and forwarded): another holder's snapshot or rows may carry updates
   * whose message has not reached this instance yet, and the new snapshot must hold them all.
   */
  private async compact(): Promise<void> {
    const written: { state: Uint8Array } = { state: new Uint8Array(0) };
    const mergedIds = await this.deps.store.compact(
      this.caseId,
      (stored) => {
        if (this.broken) throw new Error('notes document dropped while compacting');
        this.applyStored(stored);
        written.state = Y.encodeStateAsUpdate(this.doc);
        // Every row known so far is gone once this commits: read and deleted now, or deleted
        // by an earlier compaction (ids are known only once their rows are committed).
        this.knownUpdateIds = new Set();
        return written.state;
      },
      this.deps.clock.now(),
    );
    this.knownSnapshotDigest = digestOf(written.state);
    this.storedBytes = written.state.length;
    this.appendedSinceCompaction = 0;
    this.deps.logger.debug({ caseId: this.caseId, rows: mergedIds.length }, 'notes compacted');
  }

  private breakDown(what: string, error: unknown): void {
    if (this.broken) return;
    this.broken = true;
    this.deps.logger.error(
      { caseId: this.caseId, err: error instanceof Error ? { name: error.name } : undefined },
      what,
    );
    this.deps.onBroken(this);
  }
}
