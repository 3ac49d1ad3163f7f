import { CLOSE_CODES, LIMITS, type NotesUser } from '@konsil/shared';
import type { RawData, WebSocket } from 'ws';
import { appendAudit } from '../audit/auditLog';
import type { AppContext } from '../context';
import type { UserRecord } from '../storage/repositories/users';
import { decodeAwarenessUpdate, encodeAwarenessUpdate, stampUser } from './awarenessStamp';
import type { NoteDocument, NotesPeer } from './noteDocument';
import { awarenessMessage, type CollabMessage, parseMessage, syncStep1Message } from './protocol';
import { bringsNewContent } from './updateValidation';

export interface NotesAccess {
  user: UserRecord;
  sessionId: string;
  caseId: string;
  boardId: string;
  homeInstitutionId: string;
  readOnly: boolean;
  clientAddress: string;
}

/** What a client sent while it was being admitted and its document loaded. */
export interface EarlyMessage {
  data: RawData;
  isBinary: boolean;
}

/** A reader who cannot keep up gets a fresh sync later rather than unbounded server memory. */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;

/** One browser tab's notes connection, after it was admitted. */
export class NotesConnection implements NotesPeer {
  private tokens: number = LIMITS.collab.messageBurst;
  private refilledAt: number;
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
  ) {
    this.refilledAt = performance.now();
  }

  get userId(): string {
    return this.access.user.id;
  }

  get caseId(): string {
    return this.access.caseId;
  }

  /** Sends the server's state vector and who is here, then handles what arrived meanwhile. */
  start(earlyMessages: readonly EarlyMessage[]): void {
    this.ws.on('message', (data, isBinary) => this.receive(data, isBinary));
    this.ws.on('close', () => this.finish());
    this.ws.on('pong', () => {
      this.answeredPing = true;
    });
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

  /** Access can shrink while connected (minutes signed, role changed): carets show it at once. */
  setReadOnly(readOnly: boolean): void {
    if (this.access.readOnly === readOnly) return;
    this.access.readOnly = readOnly;
    const states = this.document.awareness.getStates();
    const meta = this.document.awareness.meta;
    const entries = this.document
      .awarenessClientsOf(this)
      .filter((id) => states.get(id))
      .map((clientId) =>
        stampUser(
          {
            clientId,
            clock: (meta.get(clientId)?.clock ?? 0) + 1,
            state: states.get(clientId) as Record<string, unknown>,
          },
          this.notesUser(),
        ),
      );
    if (entries.length > 0) this.document.applyAwareness(encodeAwarenessUpdate(entries), this);
  }

  private receive(data: RawData, isBinary: boolean): void {
    if (this.closed) return;
    const bytes = isBinary ? toBytes(data) : null;
    const message =
      bytes && bytes.length <= LIMITS.collab.maxMessageBytes ? parseMessage(bytes) : null;
    if (!bytes) this.close(CLOSE_CODES.badMessage, 'binary_expected');
    else if (bytes.length > LIMITS.collab.maxMessageBytes) {
      this.close(CLOSE_CODES.tooLarge, 'message_too_large');
    } else if (!this.takeToken()) this.close(CLOSE_CODES.rateLimited, 'rate_limited');
    else if (!message) this.close(CLOSE_CODES.badMessage, 'malformed_message');
    else this.handle(message);
  }

  private handle(message: CollabMessage): void {
    switch (message.type) {
      case 'syncStep1':
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
    if (this.access.readOnly) {
      // Dropped, never applied: the connection stays for reading; the first attempt is audited.
      if (!bringsNewContent(this.document.doc, update)) return;
      this.refusedEdits++;
      if (this.refusedEdits === 1) this.auditEditRefused();
      return;
    }
    const outcome = this.document.applyFromPeer(this, update);
    if (outcome.ok) {
      this.acceptedUpdates++;
      return;
    }
    this.ctx.logger.warn(
      { caseId: this.caseId, userId: this.userId, reason: outcome.reason },
      'notes update refused',
    );
    this.close(
      outcome.reason === 'tooLarge' ? CLOSE_CODES.tooLarge : CLOSE_CODES.badMessage,
      outcome.reason,
    );
  }

  private handleAwareness(update: Uint8Array): void {
    const decoded = decodeAwarenessUpdate(update);
    if (!decoded.ok) {
      this.close(
        decoded.reason === 'tooLarge' ? CLOSE_CODES.tooLarge : CLOSE_CODES.badMessage,
        `awareness_${decoded.reason}`,
      );
      return;
    }
    const user = this.notesUser();
    const own = decoded.entries
      .filter((entry) => this.document.claimAwarenessClient(this, entry.clientId))
      .map((entry) => stampUser(entry, user));
    if (own.length > 0) this.document.applyAwareness(encodeAwarenessUpdate(own), this);
  }

  private notesUser(): NotesUser {
    const { user } = this.access;
    return {
      userId: user.id,
      name: user.name,
      color: user.institution.color,
      institutionCode: user.institution.code,
      role: user.role,
      readOnly: this.access.readOnly,
    };
  }

  private takeToken(): boolean {
    const now = performance.now();
    const refill = ((now - this.refilledAt) / 1000) * LIMITS.collab.messagesPerSecond;
    this.tokens = Math.min(LIMITS.collab.messageBurst, this.tokens + refill);
    this.refilledAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  private finish(): void {
    if (this.closed) return;
    this.closed = true;
    this.onClosed(this);
    if (this.acceptedUpdates > 0) {
      this.audit('notes.edited', 'allowed', { updates: this.acceptedUpdates });
    }
  }

  private auditEditRefused(): void {
    this.ctx.logger.warn(
      { caseId: this.caseId, userId: this.userId },
      'read-only notes edit dropped',
    );
    this.audit('notes.edit_refused', 'refused', { attempted: 'notes:edit' });
  }

  private audit(
    action: 'notes.edited' | 'notes.edit_refused',
    outcome: 'allowed' | 'refused',
    details: Record<string, string | number>,
  ): void {
    const { user, caseId, homeInstitutionId, clientAddress } = this.access;
    void this.ctx.db
      .transaction()
      .execute((trx) =>
        appendAudit(trx, {
          action,
          outcome,
          actor: { userId: user.id, institutionId: user.institution.id },
          object: { type: 'case', id: caseId, institutionId: homeInstitutionId },
          clientAddress,
          details,
          at: this.ctx.clock.now(),
        }),
      )
      .catch((error: unknown) => {
        this.ctx.logger.error({ err: { name: (error as Error).name } }, 'notes audit failed');
      });
  }
}

function toBytes(data: RawData): Uint8Array | null {
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data)) return Buffer.concat(data);
  return null;
}
