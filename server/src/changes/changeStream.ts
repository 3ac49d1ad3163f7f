import type { Logger } from '../logger';
import type { DomainChange } from './domainChange';

export type ChangeListener = (change: DomainChange) => void | Promise<void>;

/**
 * The server's one stream of domain changes. Writers publish after their transaction commits;
 * the realtime and notes servers subscribe. Publishers and subscribers know only this
 * interface, so a stream shared by several processes can stand in for the in-process one.
 */
export interface ChangeStream {
  publish(change: DomainChange): void;
  subscribe(listener: ChangeListener): () => void;
}

/**
 * Delivers every change to every listener of this process, synchronously and in order of
 * publication; a listener that throws or rejects is logged and does not stop the others.
 */
export class InProcessChangeStream implements ChangeStream {
  private readonly listeners = new Set<ChangeListener>();

  constructor(private readonly logger: Logger) {}

  publish(change: DomainChange): void {
    for (const listener of [...this.listeners]) {
      try {
        const result = listener(change);
        if (result) result.catch((error: unknown) => this.report(change, error));
      } catch (error) {
        this.report(change, error);
      }
    }
  }

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private report(change: DomainChange, error: unknown): void {
    this.logger.warn(
      { change: change.kind, err: { name: (error as Error | undefined)?.name } },
      'change listener failed',
    );
  }
}
