import type { FieldError } from '@konsil/shared';

/** Error ids the client raises itself, next to the server's ids in shared/src/errors.ts. */
export const CLIENT_ERROR_IDS = ['network_error', 'invalid_response'] as const;

/** A failed request, reduced to what the UI branches on: the stable id, never the message. */
export class ApiError extends Error {
  readonly id: string;
  readonly status: number;
  readonly fields: FieldError[];
  /** Seconds to wait before retrying, from the Retry-After header of a 429. */
  readonly retryAfterSeconds: number | null;
  /** Correlates a 500 with the server log. */
  readonly ref: string | null;

  constructor(init: {
    id: string;
    status: number;
    message?: string;
    fields?: FieldError[];
    retryAfterSeconds?: number | null;
    ref?: string | null;
  }) {
    super(init.message ?? init.id);
    this.name = 'ApiError';
    this.id = init.id;
    this.status = init.status;
    this.fields = init.fields ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
    this.ref = init.ref ?? null;
  }

  fieldError(path: string): FieldError | undefined {
    return this.fields.find((field) => field.path === path);
  }
}

/** Anything thrown, as an ApiError the UI can show. */
export function toApiError(caught: unknown): ApiError {
  return caught instanceof ApiError ? caught : new ApiError({ id: 'unknown', status: 0 });
}

/** Retry-After is either delta-seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | null {
  if (header === null || header.trim() === '') return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now) / 1000));
}
