import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Nothing that could carry patient data is logged:
 * no bodies, no query strings, no cookies or other headers.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level,
    base: { service: 'konsil' },
    redact: { paths: ['req.headers', 'password', '*.password'], remove: true },
  };
  // Tests pass a destination to read what would have been logged.
  return destination ? pino(options, destination) : pino(options);
}
