import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Nothing that could carry patient data is logged:
 * no bodies, no query strings, no cookies or other headers.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'konsil' },
    redact: { paths: ['req.headers', 'password', '*.password'], remove: true },
  });
}
