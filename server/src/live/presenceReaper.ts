import type { InstanceLease } from '../cluster/instanceLease';
import type { Logger } from '../logger';

/** With the lease's 6 s lifetime: a dead instance's participants leave within 8 s. */
export const REAP_EVERY_MS = 2_000;

/**
 * Every instance looks, every few seconds, for incarnations whose lease has lapsed and reaps
 * what they held. Several reapers may take on the same dead incarnation at once: every step is
 * one atomic script that hands a 'left' to one of them only, so that does no harm.
 */
export function startPresenceReaper(options: {
  lease: InstanceLease;
  logger: Logger;
  everyMs: number;
  reap: (incarnation: string) => Promise<void>;
}): () => void {
  const { lease, logger, reap } = options;
  let isRunning = false;
  let isFailing = false;

  const sweep = async () => {
    if (isRunning) return;
    isRunning = true;
    try {
      for (const { incarnation, isAlive } of await lease.census()) {
        if (isAlive) continue;
        await reap(incarnation);
        // Forgotten only once everything it held is gone, so a failed sweep is taken up again.
        await lease.forget(incarnation);
        logger.info({ incarnation }, 'presence of a lapsed instance reaped');
      }
      if (isFailing) logger.info('presence reaper working again');
      isFailing = false;
    } catch (error) {
      // Redis is down (and the sockets with it): one line per outage, not one per sweep.
      if (!isFailing) logger.warn({ err: { name: (error as Error).name } }, 'presence reap failed');
      isFailing = true;
    } finally {
      isRunning = false;
    }
  };

  const timer = setInterval(() => void sweep(), options.everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
