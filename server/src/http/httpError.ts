import { ERROR_MESSAGES, type ErrorId, type FieldError } from '@konsil/shared';

/** An expected failure with a stable id; the error handler turns it into JSON. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly id: ErrorId,
    message?: string,
    readonly extra: { fields?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(message ?? ERROR_MESSAGES[id]);
  }
}
