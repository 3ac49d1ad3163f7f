import type { Config } from '../config';

/**
 * The origin every absolute link the server writes (calendar files, exports)
 * starts with: PUBLIC_URL, else the first of ALLOWED_ORIGINS, else the
 * server's own `http://localhost:<port>` — the origins the Origin check
 * already trusts. Never the request's Host or X-Forwarded-* headers: whoever
 * sends those could otherwise plant their own site in a file a clinician
 * keeps and clicks later.
 */
export function publicOrigin(
  config: Pick<Config, 'publicUrl' | 'extraAllowedOrigins'>,
  boundPort: number,
): string {
  if (config.publicUrl) return new URL(config.publicUrl).origin;
  const [firstAllowed] = config.extraAllowedOrigins;
  if (firstAllowed) return new URL(firstAllowed).origin;
  return `http://localhost:${boundPort}`;
}
