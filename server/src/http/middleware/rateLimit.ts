import type { RequestHandler } from 'express';
import type { Clock } from '../../clock';
import { HttpError } from '../httpError';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Fixed-window request counter per key (client address), in memory. It guards
 * against floods, not guessing (logins have their own, database-backed limit),
 * so a per-process count is enough: with several instances each one holds
 * its own window.
 */
export class RequestRateLimiter {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly clock: Clock,
  ) {}

  take(key: string): RateDecision {
    const now = this.clock.now().getTime();
    if (this.windows.size > 50_000) this.forgetExpired(now);
    const window = this.windows.get(key);
    if (!window || now - window.startedAt >= this.windowMs) {
      this.windows.set(key, { startedAt: now, count: 1 });
      return { allowed: true };
    }
    window.count += 1;
    if (window.count <= this.limit) return { allowed: true };
    const retryAfterSeconds = Math.max(
      1,
      Math.ceil((window.startedAt + this.windowMs - now) / 1000),
    );
    return { allowed: false, retryAfterSeconds };
  }

  private forgetExpired(now: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.startedAt >= this.windowMs) this.windows.delete(key);
    }
  }
}

export function rateLimit(limiter: RequestRateLimiter): RequestHandler {
  return (req, _res, next) => {
    const decision = limiter.take(req.ip ?? 'unknown');
    if (decision.allowed) return next();
    next(
      new HttpError(429, 'rate_limited', undefined, {
        headers: { 'Retry-After': String(decision.retryAfterSeconds) },
      }),
    );
  };
}
