import { ApiErrorResponseSchema } from '@konsil/shared';
import { ApiError, parseRetryAfter } from './apiError';

/** Turns a non-2xx response body into an ApiError; a body that breaks the contract still yields one. */
export function parseErrorResponse(
  status: number,
  body: unknown,
  retryAfterHeader: string | null = null,
): ApiError {
  const retryAfterSeconds = parseRetryAfter(retryAfterHeader);
  const parsed = ApiErrorResponseSchema.safeParse(body);
  if (!parsed.success) {
    return new ApiError({
      id: status >= 500 ? 'internal_error' : 'invalid_response',
      status,
      retryAfterSeconds,
    });
  }
  const { id, message, fields, ref } = parsed.data.error;
  return new ApiError({ id, status, message, fields, ref, retryAfterSeconds });
}
