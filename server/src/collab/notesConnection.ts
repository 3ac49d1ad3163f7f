import {
  CLOSE_CODES,
  encodeNotesAccess,
  LIMITS,
  type NotesAccessState,
  type NotesUser,
} from '@konsil/shared';
import type { RawData, WebSocket } from 'ws';
import * as Y from 'yjs';
import type { AppContext } from '../context';
import type { UserRecord } from '../storage/repositories/users';
import {
  type AwarenessEntry,
  decodeAwarenessUpdate,
  encodeAwarenessUpdate,
  notesUserOf,
  restampedEntries,
  stampUser,
} from './awarenessStamp';
import type { NoteDocument, NotesPeer } from './noteDocument';
import { auditNotes } from './notesAudit';
import {
  awarenessMessage,
  type CollabMessage,
  parseMessage,
  syncStep1Message,
  toBytes,
} from './protocol';
import { TokenBucket } from './tokenBucket';
import { bringsNewContent, checkUpdate } from './updateValidation';

export interface NotesAccess {
  user: UserRecord;
  sessionId: string;
  caseId: string;
  boardId: string;
  homeInstitutionId: string;
  /** What the policy allows now; replaced whenever access is re-checked. */
  grant: NotesAccessState;
  clientAddress: string;
}

/** What a client sent while it was being admitted and its document loaded. */
export interface EarlyMessage {
  data: RawData;
  isBinary: boolean;
}

const MAX_HELD_UPDATES = 256;
const SYNC_START_WAIT_MS = 1_000;
const SYNC_REPLY_WAIT_MS = 10_000;

/** A reader who cannot keep up gets a fresh sync later rather than unbounded server memory. */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;

/** One browser tab's notes connection, after it was admitted. */
export class NotesConnection implements NotesPeer {
  private readonly messages = new TokenBucket(
    LIMITS.collab.messagesPerSecond,
    LIMITS.collab.messageBurst,
  );
  // y-websocket's provider sends every awareness change it hears back to the server: those
  // echoes carry nothing new, so they get their own, larger allowance.
  private readonly echoes = new TokenBucket(
    LIMITS.collab.messagesPerSecond * 10,
    LIMITS.collab.messageBurst * 10,
  );
  /** The awareness id this connection speaks for, claimed by its first own state. */
  private awarenessId: number | null = null;
  /** Added to the client's awareness clocks so a returning client outranks what others kept of it. */
  private awarenessClockOffset = 0;
  /** What the client said it has (its sync step 1): updates may wait for that part to arrive. */
  private announcedState: Map<number, number> | null = null;
  private held: Uint8Array[] = [];
  private heldBytes = 0;
  private holdTimer: NodeJS.Timeout | null = null;
  private acceptedUpdates = 0;
  private refusedEdits = 0;
  private closed = false;
  private answeredPing = true;

  constructor(
    private readonly ws: WebSocket,
    readonly access: NotesAccess,
    private readonly document: NoteDocument,
    private readonly ctx: AppContext,
    private readonly onClosed: (connection: NotesConnection) => void,
  ) {}

  get userId(): string {
    return this.access.user.id;
  }

  get caseId(): string {
    return this.access.caseId;
  }

  get isReadOnly(): boolean {
    return this.access.grant.mode === 'read';
  }

  /**
   * Says whether this connection may edit, then sends the server's state vector and who is
   * here, then handles what arrived meanwhile. The grant comes first so that the client never
   * lets anyone type into a document whose edits would be dropped.
   */
  start(earlyMessages: readonly EarlyMessage[]): void {
    this.ws.on('message', (data, isBinary) => this.receive(data, isBinary));
    this.ws.on('close', () => this.finish());
    this.ws.on('pong', () => {
      this.answeredPing = true;
    });
    this.send(encodeNotesAccess(this.access.grant));
    this.send(syncStep1Message(this.document.doc));
    const present = this.document.awarenessOf([...this.document.awareness.getStates().keys()]);
    if (present) this.send(awarenessMessage(present));
    for (const early of earlyMessages) this.receive(early.data, early.isBinary);
  }

  send(message: Uint8Array): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    if (this.ws.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.close(CLOSE_CODES.unavailable, 'too_slow');
      return;
    }
    this.ws.send(message);
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.ws.close(code, reason);
    this.finish();
  }

  /**
   * A connection whose network vanished without a close would keep its caret
   * and its document in memory: one unanswered ping and it is dropped.
   */
  checkAlive(): void {
    if (this.closed) return;
    if (!this.answeredPing) {
      this.ws.terminate();
      this.finish();
      return;
    }
    this.answeredPing = false;
    this.ws.ping();
  }

  /**
   * Access changed while connected (minutes signed, role changed): the client hears the new
   * grant at once, and this connection's carets show the user as they are now.
   */
  regrant(grant: NotesAccessState, user: UserRecord): void {
    const isSameGrant = JSON.stringify(grant) === JSON.stringify(this.access.grant);
    const isSameUser = user.role === this.access.user.role && user.name === this.access.user.name;
    this.access.user = user;
    this.access.grant = grant;
    if (!isSameGrant) this.send(encodeNotesAccess(grant));
    if (!isSameGrant || !isSameUser) this.restampAwareness();
  }

  /** The session got a new id (password change); the connection belongs to it now. */
  moveToSession(sessionId: string): void {
    this.access.sessionId = sessionId;
  }

  private restampAwareness(): void {
    const clientIds = this.document.awarenessClientsOf(this);
    const entries = restampedEntries(this.document.awareness, clientIds, this.notesUser());
    if (entries.length > 0) {
      this.document.applyAwareness(encodeAwarenessUpdate(entries), this);
      this.awarenessClockOffset += 1;
    }
  }

  private receive(data: RawData, isBinary: boolean): void {
    if (this.closed) return;
    const bytes = isBinary ? toBytes(data) : null;
    const message =
      bytes && bytes.length <= LIMITS.collab.maxMessageBytes ? parseMessage(bytes) : null;
    if (!bytes) this.close(CLOSE_CODES.badMessage, 'binary_expected');
    else if (bytes.length > LIMITS.collab.maxMessageBytes) {
      this.close(CLOSE_CODES.tooLarge, 'message_too_large');
    } else if (!(message?.type === 'awareness' ? this.echoes : this.messages).take()) {
      this.close(CLOSE_CODES.rateLimited, 'rate_limited');
    } else if (!message) this.close(CLOSE_CODES.badMessage, 'malformed_message');
    else this.handle(message);
  }

  private handle(message: CollabMessage): void {
    switch (message.type) {
      case 'syncStep1':
        this.announce(Y.decodeStateVector(message.stateVector));
        void this.document.answerSyncStep1(this, message.stateVector).catch((error: unknown) => {
          this.ctx.logger.warn({ err: { name: (error as Error).name } }, 'notes sync reply failed');
        });
        return;
      case 'update':
        this.handleUpdate(message.update);
        return;
      case 'awareness':
        this.handleAwareness(message.update);
        return;
      case 'queryAwareness': {
        const all = this.document.awarenessOf([...this.document.awareness.getStates().keys()]);
        if (all) this.send(awarenessMessage(all));
        return;
      }
    }
  }

  private handleUpdate(update: Uint8Array): void {
    if (this.isReadOnly) {
      // Dropped, never applied: the connection stays for reading; the first attempt is audited.
      if (!bringsNewContent(this.document.doc, update)) return;
      this.refusedEdits++;
      if (this.refusedEdits === 1) this.auditEditRefused();
      return;
    }
    const outcome = this.document.applyFromPeer(this, update);
    if (outcome.ok) {
      this.acceptedUpdates++;
      this.retryHeld();
    } else if (outcome.reason === 'missingDependencies' && this.mayHold(update)) {
      this.hold(update);
    } else {
      this.refuseUpdate(outcome.reason);
    }
  }

  /**
   * y-websocket sends what is typed the moment the socket opens, before its
   * sync reply carries the offline edits those keystrokes build on. Such an
   * update waits (bounded, never applied meanwhile) as long as the client's
   * own sync step 1 says it has the missing part; anything else is refused.
   */
  private mayHold(update: Uint8Array): boolean {
    return (
      this.held.length < MAX_HELD_UPDATES &&
      this.heldBytes + update.length <= LIMITS.collab.maxMessageBytes &&
      (this.announcedState === null ||
        checkUpdate(this.document.doc, update, this.expectedState()).ok)
    );
  }

  /** What this client will have sent once its sync reply arrives: announced plus held. */
  private expectedState(): Map<number, number> {
    const expected = new Map(this.announcedState ?? []);
    // Y.encodeStateVectorFromUpdate counts only updates that start at clock 0, so read the ends.
    for (const update of this.held) {
      for (const struct of Y.decodeUpdate(update).structs) {
        const end = struct.id.clock + struct.length;
        expected.set(struct.id.client, Math.max(end, expected.get(struct.id.client) ?? 0));
      }
    }
    return expected;
  }

  private hold(update: Uint8Array): void {
    this.held.push(update);
    this.heldBytes += update.length;
    if (!this.holdTimer) this.armHoldTimer();
  }

  private announce(state: Map<number, number>): void {
    this.announcedState = state;
    if (this.held.length === 0) return;
    const expected = this.expectedState();
    if (this.held.some((update) => !checkUpdate(this.document.doc, update, expected).ok)) {
      this.refuseUpdate('missingDependencies');
      return;
    }
    this.armHoldTimer();
  }

  /**
   * y-websocket sends its sync step 1 in the same breath as it connects, and
   * its step 2 right after our step 1: a client that sends neither in time is
   * not catching up but sending updates that do not fit (4400). One that
   * announced edits but never delivered them resyncs from scratch (4500).
   */
  private armHoldTimer(): void {
    this.clearHold();
    const announced = this.announcedState !== null;
    this.holdTimer = setTimeout(
      () => {
        if (this.held.length === 0) return;
        if (announced) this.close(CLOSE_CODES.unavailable, 'sync_incomplete');
        else this.refuseUpdate('missingDependencies');
      },
      announced ? SYNC_REPLY_WAIT_MS : SYNC_START_WAIT_MS,
    );
  }

  private retryHeld(): void {
    let progressed = true;
    while (progressed && this.held.length > 0 && !this.closed) {
      progressed = false;
      for (const update of [...this.held]) {
        const outcome = this.document.applyFromPeer(this, update);
        if (outcome.ok) {
          this.held.splice(this.held.indexOf(update), 1);
          this.heldBytes -= update.length;
          this.acceptedUpdates++;
          progressed = true;
        } else if (outcome.reason !== 'missingDependencies') {
          this.refuseUpdate(outcome.reason);
          return;
        }
      }
    }
    if (this.held.length === 0) this.clearHold();
  }

  private clearHold(): void {
    if (this.holdTimer) clearTimeout(this.holdTimer);
    this.holdTimer = null;
  }

  private refuseUpdate(reason: string): void {
    this.ctx.logger.warn(
      { caseId: this.caseId, userId: this.userId, reason },
      'notes update refused',
    );
    this.close(reason === 'tooLarge' ? CLOSE_CODES.tooLarge : CLOSE_CODES.badMessage, reason);
  }

  private handleAwareness(update: Uint8Array): void {
    const decoded = decodeAwarenessUpdate(
      update,
      (clientId) => this.awarenessId === null || clientId === this.awarenessId,
    );
    if (!decoded.ok) {
      this.close(
        decoded.reason === 'tooLarge' ? CLOSE_CODES.tooLarge : CLOSE_CODES.badMessage,
        `awareness_${decoded.reason}`,
      );
      return;
    }
    const user = this.notesUser();
    const own: AwarenessEntry[] = [];
    for (const entry of decoded.entries) {
      if (this.awarenessId === null) this.claimAwareness(entry);
      // Echoes of other people's states: the server is where they came from.
      if (entry.clientId !== this.awarenessId) continue;
      own.push(stampUser({ ...entry, clock: entry.clock + this.awarenessClockOffset }, user));
    }
    if (own.length > 0 && this.messages.take()) {
      this.document.applyAwareness(encodeAwarenessUpdate(own), this);
    } else if (own.length > 0) this.close(CLOSE_CODES.rateLimited, 'rate_limited');
  }

  /**
   * A connection speaks for one awareness id: the first it sends a state for
   * that nobody else holds. A removal (null) never claims, so an echo of
   * someone's departure cannot take their id.
   */
  private claimAwareness(entry: AwarenessEntry): void {
    if (entry.state === null || !this.document.claimAwarenessClient(this, entry.clientId)) return;
    this.awarenessId = entry.clientId;
    const kept = this.document.awareness.meta.get(entry.clientId)?.clock;
    this.awarenessClockOffset =
      kept !== undefined && kept >= entry.clock ? kept + 1 - entry.clock : 0;
  }

  private notesUser(): NotesUser {
    return notesUserOf(this.access.user, this.isReadOnly);
  }

  private finish(): void {
    if (this.closed) return;
    this.closed = true;
    this.clearHold();
    this.onClosed(this);
    if (this.acceptedUpdates > 0) {
      this.audit('notes.edited', { updates: this.acceptedUpdates });
    }
  }

  private auditEditRefused(): void {
    this.ctx.logger.warn(
      { caseId: this.caseId, userId: this.userId },
      'read-only notes edit dropped',
    );
    this.audit('notes.edit_refused', { attempted: 'notes:edit' });
  }

  /** Audited off the hot path: a failed audit write is logged, never thrown at the connection. */
  private audit(
    action: 'notes.edited' | 'notes.edit_refused',
    details: Record<string, string | number>,
  ): void {
    void auditNotes(this.ctx, this.access, action, details).catch((error: unknown) => {
      this.ctx.logger.error({ err: { name: (error as Error).name } }, 'notes audit failed');
    });
  }
}
