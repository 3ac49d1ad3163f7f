import type { RequestHandler } from 'express';
import { HttpError } from '../httpError';

export type OriginPolicy = (origin: string | undefined) => boolean;

/**
 * Origins allowed to change state: the server's own (localhost and 127.0.0.1
 * on its actual port, plus PUBLIC_URL) and ALLOWED_ORIGINS.
 */
export function createOriginPolicy(
  options: { extraAllowedOrigins: string[]; publicUrl: string | null },
  currentPort: () => number,
): OriginPolicy {
  const extra = new Set(options.extraAllowedOrigins);
  if (options.publicUrl) extra.add(new URL(options.publicUrl).origin);
  return (origin) => {
    if (!origin) return false;
    const port = currentPort();
    if (origin === `http://localhost:${port}` || origin === `http://127.0.0.1:${port}`) return true;
    return extra.has(origin);
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** CSRF defence: a state change must carry an allowed Origin header. */
export function originCheck(isAllowed: OriginPolicy): RequestHandler {
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    if (isAllowed(req.get('origin'))) return next();
    next(new HttpError(403, 'origin_not_allowed'));
  };
}
