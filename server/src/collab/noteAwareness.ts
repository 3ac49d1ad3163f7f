/**
 * The carets of one document: who speaks for which awareness client id, when
 * changes and renewals reach this instance's connections, and what is
 * published to (and taken from) the other instances that hold the document.
 */
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { Logger } from '../logger';
import { awarenessWithout, isStampedFor } from './awarenessStamp';
import type { NotesClusterChannel } from './notesCluster';
import type { NotesFanOut, NotesPeer } from './notesFanOut';
import { awarenessMessage } from './protocol';

// A provider speaks for its document's one client id.
const MAX_AWARENESS_CLIENTS_PER_PEER = 1;

/**
 * Renewals wait for their client id's slot: one slot every half second, ten
 * slots, so at most 5 s late — well inside y-protocols' 30 s timeout for states
 * renewed every 15 s — and a board whose clients all joined together gets its
 * renewals spread over 5 s instead of all at once.
 */
const RENEWAL_TICK_MS = 500;
const RENEWAL_SLOTS = 10;

/** States another instance published: forwarded here, never published again. */
const FROM_CLUSTER = Symbol('cluster');

interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}

export class NoteAwareness {
  readonly awareness: Awareness;
  /** Which connection controls which awareness client id: nobody moves someone else's caret. */
  private readonly owners = new Map<number, NotesPeer>();
  /** Awareness ids whose state (not just its clock) changed in the current update. */
  private readonly changed = new Set<number>();
  /** Awareness changes to forward at the end of this event-loop turn. */
  private readonly due = new Set<number>();
  private flush: NodeJS.Immediate | null = null;
  private readonly pendingRenewals = new Set<number>();
  private renewalTimer: NodeJS.Timeout | null = null;
  private renewalTick = 0;
  /** This instance's changes (renewals included) to publish at the end of this turn. */
  private readonly toPublish = new Set<number>();
  private publishFlush: NodeJS.Immediate | null = null;
  private cluster: NotesClusterChannel | null = null;

  constructor(
    doc: Y.Doc,
    private readonly fanOut: NotesFanOut,
    private readonly logger: Logger,
  ) {
    this.awareness = new Awareness(doc);
    // The server has no caret of its own.
    this.awareness.setLocalState(null);
    this.awareness.on('change', this.onChange);
    this.awareness.on('update', this.onUpdate);
  }

  /** From now on, this instance's changes are published to the other holders. */
  publishTo(cluster: NotesClusterChannel): void {
    this.cluster = cluster;
  }

  apply(update: Uint8Array, peer: NotesPeer): void {
    // y-protocols validates clocks and emits 'update', which fans the change out.
    applyAwarenessUpdate(this.awareness, update, peer);
  }

  /** Another instance's carets; never those of a connection here (a browser that moved). */
  applyFromCluster(update: Uint8Array): void {
    const foreign = awarenessWithout(update, (clientId) => this.owners.has(clientId));
    if (!foreign) {
      this.logger.warn('unreadable awareness from another instance');
      return;
    }
    applyAwarenessUpdate(this.awareness, foreign, FROM_CLUSTER);
  }

  /** A newly loaded holder elsewhere asks: it hears the carets of this instance's connections. */
  answerQuery(): void {
    const own = [...this.owners.keys()].filter((id) => this.awareness.getStates().has(id));
    if (own.length > 0) this.cluster?.publishAwareness(encodeAwarenessUpdate(this.awareness, own));
  }

  of(clientIds: readonly number[]): Uint8Array | null {
    const known = clientIds.filter((id) => this.awareness.getStates().has(id));
    return known.length > 0 ? encodeAwarenessUpdate(this.awareness, known) : null;
  }

  /**
   * True when the id is (now) this peer's; a peer may hold a few, never another peer's. An
   * id another instance's connection speaks for may be taken only by the same person: their
   * browser moved here (its old instance died or it reconnected through the balancer).
   */
  claim(peer: NotesPeer, clientId: number): boolean {
    const owner = this.owners.get(clientId);
    if (owner) return owner === peer;
    const elsewhere = this.awareness.getStates().get(clientId);
    if (elsewhere && !isStampedFor(elsewhere, peer.userId)) return false;
    let held = 0;
    for (const holder of this.owners.values()) if (holder === peer) held++;
    if (held >= MAX_AWARENESS_CLIENTS_PER_PEER) return false;
    this.owners.set(clientId, peer);
    return true;
  }

  clientsOf(peer: NotesPeer): number[] {
    return [...this.owners].filter(([, owner]) => owner === peer).map(([id]) => id);
  }

  /** Forgets the peer's carets and tells everyone they left. */
  release(peer: NotesPeer): void {
    const clientIds = this.clientsOf(peer);
    for (const id of clientIds) this.owners.delete(id);
    const present = clientIds.filter((id) => this.awareness.getStates().has(id));
    if (present.length > 0) removeAwarenessStates(this.awareness, present, 'peer closed');
  }

  destroy(): void {
    if (this.renewalTimer) clearTimeout(this.renewalTimer);
    if (this.flush) clearImmediate(this.flush);
    // The last departures still go to the other instances: a document unloads right after
    // its last connection leaves, before the end of the turn.
    if (this.publishFlush) {
      clearImmediate(this.publishFlush);
      this.publishDue();
    }
    this.awareness.off('change', this.onChange);
    this.awareness.off('update', this.onUpdate);
    this.awareness.destroy();
  }

  private readonly onChange = (changes: AwarenessChanges): void => {
    for (const id of [...changes.added, ...changes.updated, ...changes.removed]) {
      this.changed.add(id);
    }
  };

  /**
   * Carets and departures go out at the end of this event-loop turn, together
   * with whatever else changed in it. A renewal (the same state with a newer
   * clock, every 15 s per client) only keeps a state from timing out after
   * 30 s, so it waits for its slot: one message per renewal would be n²
   * messages in a large board, and all renewals at once one burst for every
   * client. Other instances get this instance's changes and renewals (they time
   * states out too); a state that timed out here times out there by itself.
   */
  private readonly onUpdate = (changes: AwarenessChanges, origin: unknown): void => {
    const now = [
      ...changes.added,
      ...changes.removed,
      ...changes.updated.filter((id) => this.changed.has(id)),
    ];
    const renewed = changes.updated.filter((id) => !this.changed.has(id));
    this.changed.clear();
    if (this.cluster && origin !== FROM_CLUSTER && origin !== 'timeout') {
      for (const id of [...now, ...renewed]) this.toPublish.add(id);
      this.publishFlush ??= setImmediate(() => this.publishDue());
    }
    for (const id of now) {
      this.pendingRenewals.delete(id);
      this.due.add(id);
    }
    if (now.length > 0) this.flush ??= setImmediate(() => this.sendDue());
    if (renewed.length === 0) return;
    for (const id of renewed) this.pendingRenewals.add(id);
    this.renewalTimer ??= setTimeout(() => this.sendDueRenewals(), RENEWAL_TICK_MS);
  };

  private publishDue(): void {
    this.publishFlush = null;
    const due = [...this.toPublish];
    this.toPublish.clear();
    if (due.length > 0) this.cluster?.publishAwareness(encodeAwarenessUpdate(this.awareness, due));
  }

  private sendDue(): void {
    this.flush = null;
    const due = [...this.due];
    this.due.clear();
    this.broadcast(due);
  }

  private sendDueRenewals(): void {
    this.renewalTimer = null;
    const slot = this.renewalTick++ % RENEWAL_SLOTS;
    const due = [...this.pendingRenewals].filter((id) => id % RENEWAL_SLOTS === slot);
    for (const id of due) this.pendingRenewals.delete(id);
    this.broadcast(due.filter((id) => this.awareness.getStates().has(id)));
    if (this.pendingRenewals.size > 0) {
      this.renewalTimer = setTimeout(() => this.sendDueRenewals(), RENEWAL_TICK_MS);
    }
  }

  private broadcast(clientIds: number[]): void {
    if (clientIds.length === 0 || this.fanOut.size === 0) return;
    this.fanOut.send(awarenessMessage(encodeAwarenessUpdate(this.awareness, clientIds)), null);
  }
}
