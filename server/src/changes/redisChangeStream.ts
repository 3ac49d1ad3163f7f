import type { RedisLink } from '../cluster/redisLink';
import type { Logger } from '../logger';
import { type ChangeListener, type ChangeStream, InProcessChangeStream } from './changeStream';
import { parseDomainChange } from './domainChangeWire';

interface WireChange {
  /** The instance that published it: it has already delivered it to its own listeners. */
  from: string;
  change: unknown;
}

/**
 * The change stream of a cluster. A change is delivered to this process's listeners at once, as
 * in one process, and published on Redis for the other instances, whose listeners act on their
 * own sockets and notes connections. Redis pub/sub delivers at most once: while the link is down
 * every instance cuts its live connections (see RedisLink), so nobody keeps facts it missed.
 */
export class RedisChangeStream implements ChangeStream {
  private readonly local: InProcessChangeStream;
  private readonly stopListening: () => void;

  constructor(
    private readonly link: RedisLink,
    private readonly channel: string,
    private readonly logger: Logger,
  ) {
    this.local = new InProcessChangeStream(logger);
    this.stopListening = link.subscribe(channel, (message) => this.receive(message));
  }

  publish(change: Parameters<ChangeStream['publish']>[0]): void {
    this.local.publish(change);
    const wire: WireChange = { from: this.link.instanceId, change };
    void this.link.publish(this.channel, JSON.stringify(wire));
  }

  subscribe(listener: ChangeListener): () => void {
    return this.local.subscribe(listener);
  }

  close(): void {
    this.stopListening();
  }

  private receive(message: Buffer): void {
    let wire: WireChange;
    try {
      wire = JSON.parse(message.toString()) as WireChange;
    } catch {
      this.logger.warn('unreadable change on the cluster channel');
      return;
    }
    if (wire.from === this.link.instanceId) return;
    const change = parseDomainChange(wire.change);
    if (!change) {
      this.logger.warn('unknown change on the cluster channel');
      return;
    }
    this.local.publish(change);
  }
}
