import type { ResponseSchema } from '../../lib/api';

/** A command's outcome as the live page uses it: the data, or the stable error id. */
export type LiveReply<T> = { ok: true; data: T } | { ok: false; errorId: string };

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}

/**
 * Reads a Socket.IO acknowledgement (`{ ok, data } | { ok: false, error: { id } }`), checking
 * the data with the shared schema; anything else reads as `invalid_response`.
 */
export async function readReply<T>(
  reply: unknown,
  schema: ResponseSchema<T>,
): Promise<LiveReply<T>> {
  const ok = field(reply, 'ok');
  if (ok === true) {
    try {
      return { ok: true, data: await schema.parse(field(reply, 'data')) };
    } catch {
      return { ok: false, errorId: 'invalid_response' };
    }
  }
  const id = field(field(reply, 'error'), 'id');
  if (ok === false && typeof id === 'string') return { ok: false, errorId: id };
  return { ok: false, errorId: 'invalid_response' };
}
