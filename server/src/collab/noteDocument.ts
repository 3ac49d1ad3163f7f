/**
 * One case's notes in memory while anyone has them open. The database is the
 * source of truth: the document is loaded from snapshot + update log before
 * anyone is answered, every accepted update is appended before it is
 * forwarded, and the log is merged into the snapshot every N updates and on
 * unload.
 */
import { LIMITS } from '@konsil/shared';
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { NotesFanOut, type NotesPeer } from './notesFanOut';
import type { NotesStore } from './notesStore';
import { awarenessMessage, syncStep2Message, updateMessage } from './protocol';
import { applyStoredNotes } from './storedNotes';
import { checkUpdate, type UpdateRefusal } from './updateValidation';

export type { NotesPeer } from './notesFanOut';

export interface NoteDocumentDeps {
  store: NotesStore;
  clock: Clock;
  logger: Logger;
  /** The document cannot go on (storage failed, state inconsistent): drop it so the next open reloads. */
  onBroken(document: NoteDocument): void;
}

export type ApplyOutcome = { ok: true } | { ok: false; reason: UpdateRefusal | 'tooLarge' };

// A provider speaks for its document's one client id.
const MAX_AWARENESS_CLIENTS_PER_PEER = 1;

interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * Renewals wait for their client id's slot: one slot every half second, ten
 * slots, so at most 5 s late — well inside y-protocols' 30 s timeout for states
 * renewed every 15 s — and a board whose clients all joined together gets its
 * renewals spread over 5 s instead of all at once.
 */
const RENEWAL_TICK_MS = 500;
const RENEWAL_SLOTS = 10;

/** Updates that came from our own storage: already durable, so forwarded but not appended. */
const FROM_STORAGE = Symbol('storage');

interface PendingUpdate {
  update: Uint8Array;
  peer: NotesPeer;
}

export class NoteDocument {
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);
  /** Who has the document open, and how messages reach them. */
  readonly fanOut = new NotesFanOut();
  /** Which connection controls which awareness client id: nobody moves someone else's caret. */
  private readonly awarenessOwners = new Map<number, NotesPeer>();
  private pending: PendingUpdate[] = [];
  private flushScheduled = false;
  private flushing = false;
  private idleWaiters: (() => void)[] = [];
  private appendedSinceCompaction = 0;
  /** Log rows already in memory (loaded or written here); compaction applies only the others. */
  private readonly knownUpdateIds = new Set<number>();
  /** Snapshot plus log bytes: a cheap upper bound on the stored size. */
  private storedBytes = 0;
  private broken = false;
  /** Awareness ids whose state (not just its clock) changed in the current update. */
  private readonly awarenessChanged = new Set<number>();
  /** Awareness changes to forward at the end of this event-loop turn. */
  private readonly awarenessDue = new Set<number>();
  private awarenessFlush: NodeJS.Immediate | null = null;
  private readonly pendingRenewals = new Set<number>();
  private renewalTimer: NodeJS.Timeout | null = null;
  private renewalTick = 0;

  constructor(
    readonly caseId: string,
    private readonly deps: NoteDocumentDeps,
  ) {
    // The server has no caret of its own.
    this.awareness.setLocalState(null);
  }

  /** Fills the document from storage; call once, before the first peer is answered. */
  async load(): Promise<void> {
    const stored = await this.deps.store.load(this.caseId);
    applyStoredNotes(this.doc, stored, FROM_STORAGE);
    if (this.doc.store.pendingStructs || this.doc.store.pendingDs) {
      this.deps.logger.error({ caseId: this.caseId }, 'stored notes have unresolved references');
    }
    this.storedBytes = stored.updates.reduce(
      (sum, row) => sum + row.payload.length,
      stored.snapshot?.length ?? 0,
    );
    this.appendedSinceCompaction = stored.updates.length;
    for (const row of stored.updates) this.knownUpdateIds.add(row.id);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => this.onUpdate(update, origin));
    this.awareness.on('change', this.onAwarenessChange);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  /** Applies a peer's update after checking it can be integrated completely. */
  applyFromPeer(peer: NotesPeer, update: Uint8Array): ApplyOutcome {
    if (this.broken) return { ok: true };
    if (this.storedBytes + update.length > LIMITS.collab.maxDocumentBytes) {
      return { ok: false, reason: 'tooLarge' };
    }
    const verdict = checkUpdate(this.doc, update);
    if (!verdict.ok) return verdict;
    try {
      Y.applyUpdate(this.doc, update, peer);
    } catch (error) {
      this.breakDown('applying a checked update failed', error);
      return { ok: true };
    }
    if (this.doc.store.pendingStructs || this.doc.store.pendingDs) {
      this.breakDown('a checked update left unresolved references', null);
    }
    return { ok: true };
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
    // y-protocols validates clocks and emits 'update', which fans the change out.
    applyAwarenessUpdate(this.awareness, update, peer);
  }

  awarenessOf(clientIds: readonly number[]): Uint8Array | null {
    const known = clientIds.filter((id) => this.awareness.getStates().has(id));
    return known.length > 0 ? encodeAwarenessUpdate(this.awareness, known) : null;
  }

  /** True when the id is (now) this peer's; a peer may hold a few, never another peer's. */
  claimAwarenessClient(peer: NotesPeer, clientId: number): boolean {
    const owner = this.awarenessOwners.get(clientId);
    if (owner) return owner === peer;
    let held = 0;
    for (const holder of this.awarenessOwners.values()) if (holder === peer) held++;
    if (held >= MAX_AWARENESS_CLIENTS_PER_PEER) return false;
    this.awarenessOwners.set(clientId, peer);
    return true;
  }

  awarenessClientsOf(peer: NotesPeer): number[] {
    return [...this.awarenessOwners].filter(([, owner]) => owner === peer).map(([id]) => id);
  }

  /** Forgets the peer's carets and tells everyone they left. */
  releaseAwareness(peer: NotesPeer): void {
    const clientIds = this.awarenessClientsOf(peer);
    for (const id of clientIds) this.awarenessOwners.delete(id);
    const present = clientIds.filter((id) => this.awareness.getStates().has(id));
    if (present.length > 0) removeAwarenessStates(this.awareness, present, 'peer closed');
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
    if (this.renewalTimer) clearTimeout(this.renewalTimer);
    if (this.awarenessFlush) clearImmediate(this.awarenessFlush);
    this.awareness.off('change', this.onAwarenessChange);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.doc.destroy();
  }

  get isBroken(): boolean {
    return this.broken;
  }

  private onUpdate(update: Uint8Array, origin: unknown): void {
    if (origin === FROM_STORAGE) {
      this.broadcast(updateMessage(update), null);
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
        this.forward(batch);
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

  private forward(batch: PendingUpdate[]): void {
    const first = batch[0] as PendingUpdate;
    const update =
      batch.length === 1 ? first.update : Y.mergeUpdates(batch.map((item) => item.update));
    // A writer does not need its own edits back; with several writers everyone gets the merge.
    const onlyAuthor = batch.every((item) => item.peer === first.peer) ? first.peer : null;
    this.broadcast(updateMessage(update), onlyAuthor);
  }

  /**
   * Merges the stored log into a new snapshot. Log rows written by another
   * process are applied first (and forwarded), so the snapshot holds them too;
   * exactly the rows read are deleted.
   */
  private async compact(): Promise<void> {
    const stored = await this.deps.store.load(this.caseId);
    // Rows that cannot be integrated yet (another process's, out of order) stay in the log.
    const merged: number[] = [];
    Y.transact(
      this.doc,
      () => {
        for (const row of stored.updates) {
          if (this.knownUpdateIds.has(row.id)) merged.push(row.id);
          else if (checkUpdate(this.doc, row.payload).ok) {
            Y.applyUpdate(this.doc, row.payload, FROM_STORAGE);
            merged.push(row.id);
          }
        }
      },
      FROM_STORAGE,
    );
    const state = Y.encodeStateAsUpdate(this.doc);
    await this.deps.store.compact(this.caseId, state, merged, this.deps.clock.now());
    this.storedBytes = state.length;
    this.appendedSinceCompaction = 0;
    for (const id of merged) this.knownUpdateIds.delete(id);
  }

  private readonly onAwarenessChange = (changes: AwarenessChanges): void => {
    for (const id of [...changes.added, ...changes.updated, ...changes.removed]) {
      this.awarenessChanged.add(id);
    }
  };

  /**
   * Carets and departures go out at the end of this event-loop turn, together
   * with whatever else changed in it. A renewal (the same state with a newer
   * clock, every 15 s per client) only keeps a state from timing out after
   * 30 s, so it waits for its slot: one message per renewal would be n²
   * messages in a large board, and all renewals at once one burst for every
   * client.
   */
  private readonly onAwarenessUpdate = (changes: AwarenessChanges, _origin: unknown): void => {
    const now = [
      ...changes.added,
      ...changes.removed,
      ...changes.updated.filter((id) => this.awarenessChanged.has(id)),
    ];
    const renewed = changes.updated.filter((id) => !this.awarenessChanged.has(id));
    this.awarenessChanged.clear();
    for (const id of now) {
      this.pendingRenewals.delete(id);
      this.awarenessDue.add(id);
    }
    if (now.length > 0) this.awarenessFlush ??= setImmediate(() => this.sendDueAwareness());
    if (renewed.length === 0) return;
    for (const id of renewed) this.pendingRenewals.add(id);
    this.renewalTimer ??= setTimeout(() => this.sendDueRenewals(), RENEWAL_TICK_MS);
  };

  private sendDueAwareness(): void {
    this.awarenessFlush = null;
    const due = [...this.awarenessDue];
    this.awarenessDue.clear();
    this.broadcastAwareness(due);
  }

  private sendDueRenewals(): void {
    this.renewalTimer = null;
    const slot = this.renewalTick++ % RENEWAL_SLOTS;
    const due = [...this.pendingRenewals].filter((id) => id % RENEWAL_SLOTS === slot);
    for (const id of due) this.pendingRenewals.delete(id);
    this.broadcastAwareness(due.filter((id) => this.awareness.getStates().has(id)));
    if (this.pendingRenewals.size > 0) {
      this.renewalTimer = setTimeout(() => this.sendDueRenewals(), RENEWAL_TICK_MS);
    }
  }

  private broadcastAwareness(clientIds: number[]): void {
    if (clientIds.length === 0 || this.fanOut.size === 0) return;
    this.broadcast(awarenessMessage(encodeAwarenessUpdate(this.awareness, clientIds)), null);
  }

  private broadcast(message: Uint8Array, except: NotesPeer | null): void {
    this.fanOut.send(message, except);
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
