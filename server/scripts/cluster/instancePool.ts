import http from 'node:http';

/** One Konsil instance behind the balancer; `name` is what the sticky cookie holds. */
export interface Instance {
  name: string;
  host: string;
  port: number;
}

export type HealthListener = (instance: Instance, isHealthy: boolean) => void;

const HEALTH_TIMEOUT_MS = 800;

/**
 * The instances and what the balancer knows of them: which answer `/readyz`, and whose turn it
 * is for the next new client. It never proxies anything itself.
 */
export class InstancePool {
  private readonly healthy = new Set<string>();
  private nextTurn = 0;
  private timer: NodeJS.Timeout | null = null;
  private readonly listeners: HealthListener[] = [];

  constructor(readonly instances: readonly Instance[]) {
    if (instances.length === 0) throw new Error('A balancer needs at least one instance');
    if (new Set(instances.map((instance) => instance.name)).size !== instances.length) {
      throw new Error('Instance names must be unique: the sticky cookie holds them');
    }
  }

  byName(name: string | undefined): Instance | undefined {
    return this.instances.find((instance) => instance.name === name);
  }

  isHealthy(instance: Instance): boolean {
    return this.healthy.has(instance.name);
  }

  onHealthChange(listener: HealthListener): void {
    this.listeners.push(listener);
  }

  /**
   * The order in which to try instances for one request: the sticky instance first while it is
   * healthy, then the healthy ones starting at whoever's turn it is (round-robin for new clients
   * and for those whose instance went away), then the unhealthy ones as a last resort — a health
   * check may lag behind an instance that has just come back.
   */
  candidates(stickyName: string | undefined): Instance[] {
    const sticky = this.byName(stickyName);
    if (sticky && this.isHealthy(sticky)) {
      return [sticky, ...this.instances.filter((instance) => instance !== sticky)];
    }
    const start = this.nextTurn % this.instances.length;
    this.nextTurn += 1;
    const rotated = [...this.instances.slice(start), ...this.instances.slice(0, start)];
    return [
      ...rotated.filter((instance) => this.isHealthy(instance)),
      ...rotated.filter((instance) => !this.isHealthy(instance)),
    ];
  }

  /** Records what a request or a health check found out about an instance. */
  setHealth(instance: Instance, isHealthy: boolean): void {
    if (this.isHealthy(instance) === isHealthy) return;
    if (isHealthy) this.healthy.add(instance.name);
    else this.healthy.delete(instance.name);
    for (const listener of this.listeners) listener(instance, isHealthy);
  }

  /** Asks every instance's `/readyz` now and then every `intervalMs`. */
  startHealthChecks(intervalMs: number): Promise<void> {
    const checkAll = () =>
      Promise.all(
        this.instances.map(async (instance) => this.setHealth(instance, await isReady(instance))),
      ).then(() => undefined);
    this.timer = setInterval(() => void checkAll(), intervalMs);
    return checkAll();
  }

  stopHealthChecks(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

/** Ready means `/readyz` answered 200 in time (200 includes 'degraded': REST still works). */
function isReady(instance: Instance): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(
      { host: instance.host, port: instance.port, path: '/readyz', timeout: HEALTH_TIMEOUT_MS },
      (response) => {
        response.resume();
        resolve(response.statusCode === 200);
      },
    );
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}
