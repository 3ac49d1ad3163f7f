import type { AuditCheckpoint, AuditCheckpointList, AuditVerifyResult } from '@konsil/shared';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { Db } from '../storage/db';
import { listCheckpoints, type SignOptions, signHeadCheckpoint } from './checkpoints';
import type { AuditSigningKey } from './signingKey';
import { verifyAuditLog } from './verifyAuditLog';

const SIGN_ATTEMPTS = 3;

/** Signs checkpoints of the audit chain (on a timer and on demand), lists and verifies them. */
export class AuditCheckpoints {
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly key: AuditSigningKey,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  get keyId(): string {
    return this.key.keyId;
  }

  /** The interval's job: a new checkpoint only when rows were appended since the last one. */
  signIfHeadMoved(): Promise<AuditCheckpoint | null> {
    return this.track(
      signHeadCheckpoint(this.db, this.key, this.clock.now(), { onlyIfHeadMoved: true }),
    );
  }

  /**
   * Always signs (the caller's audit row moves the head). Retries when another
   * instance took the number meanwhile; `beforeSigning` runs again each time.
   */
  async signNow(beforeSigning: SignOptions['beforeSigning']): Promise<AuditCheckpoint> {
    for (let attempt = 1; attempt <= SIGN_ATTEMPTS; attempt += 1) {
      const signed = await this.track(
        signHeadCheckpoint(this.db, this.key, this.clock.now(), {
          onlyIfHeadMoved: false,
          ...(beforeSigning ? { beforeSigning } : {}),
        }),
      );
      if (signed) return signed;
    }
    throw new Error('audit checkpoint: another instance kept taking the number');
  }

  async list(): Promise<AuditCheckpointList> {
    return {
      algorithm: 'Ed25519',
      publicKey: this.key.publicKeyPem,
      keyId: this.key.keyId,
      checkpoints: await listCheckpoints(this.db),
    };
  }

  /** The chain, and the database's checkpoints checked with this server's own public key. */
  async verifyLog(): Promise<AuditVerifyResult> {
    const checkpoints = await listCheckpoints(this.db);
    return verifyAuditLog(this.db, { checkpoints, publicKey: this.key.publicKey });
  }

  /** Signs every `minutes` (0: only on demand). The timer does not keep the process alive. */
  start(minutes: number): void {
    if (minutes <= 0 || this.timer) return;
    this.timer = setInterval(() => void this.tick('interval'), minutes * 60_000);
    this.timer.unref();
  }

  /** Stops the timer and waits for a signing under way; with `finalCheckpoint`, signs the head once more. */
  async stop(options: { finalCheckpoint: boolean }): Promise<void> {
    const wasRunning = this.timer !== null;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.inFlight.catch(() => {});
    if (options.finalCheckpoint && wasRunning) await this.tick('shutdown');
  }

  private async tick(reason: 'interval' | 'shutdown'): Promise<void> {
    try {
      const signed = await this.signIfHeadMoved();
      if (signed) {
        this.logger.info(
          { checkpoint: signed.number, seq: signed.seq, reason },
          'audit checkpoint signed',
        );
      }
    } catch (error) {
      this.logger.error(
        { err: { name: (error as Error).name, message: (error as Error).message }, reason },
        'audit checkpoint failed',
      );
    }
  }

  /** Remembers every signing under way, so that stop() can wait for all of them. */
  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight = Promise.all([this.inFlight, work.catch(() => {})]);
    return work;
  }
}
