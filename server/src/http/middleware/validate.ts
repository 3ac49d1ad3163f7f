import type { z } from 'zod';

/**
 * Parses untrusted input with a shared schema. A ZodError thrown here becomes
 * a 400 `validation_failed` naming each field (see errorHandler).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  return schema.parse(input);
}
