import type { Request } from 'express';
import type { AppContext } from '../../../context';

/** The origin the browser sees: PUBLIC_URL when set, else the request's own. */
export function publicOriginOf(ctx: AppContext, req: Request): string {
  if (ctx.config.publicUrl) return new URL(ctx.config.publicUrl).origin;
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}
