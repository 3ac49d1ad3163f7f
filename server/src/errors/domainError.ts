import { type ApiError, ERROR_MESSAGES, type ErrorId, type FieldError } from '@konsil/shared';
import { ZodError } from 'zod';

/**
 * An expected refusal or failure with a stable id, thrown by commands, policies and handlers
 * alike. Each edge maps it: REST to a status (`httpStatusOf`), Socket.IO to an ack, the notes
 * websocket to a close code.
 */
export class DomainError extends Error {
  constructor(
    readonly id: ErrorId,
    message?: string,
    readonly extra: { fields?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(message ?? ERROR_MESSAGES[id]);
    this.name = 'DomainError';
  }
}

const HTTP_STATUS: Partial<Record<ErrorId, number>> = {
  validation_failed: 400,
  invalid_json: 400,
  malformed_url: 400,
  malformed_request: 400,
  invalid_body: 400,
  unsupported_media_type: 415,
  unsupported_encoding: 415,
  headers_too_large: 431,
  request_timeout: 408,
  invalid_credentials: 401,
  unauthenticated: 401,
  session_expired: 401,
  password_change_required: 403,
  password_login_disabled: 403,
  forbidden: 403,
  origin_not_allowed: 403,
  not_found: 404,
  conflict: 409,
  email_taken: 409,
  cannot_change_own_account: 409,
  board_not_live: 409,
  minutes_signed: 409,
  payload_too_large: 413,
  case_not_ready: 422,
  fhir_bundle_invalid: 422,
  recommendation_required: 422,
  minutes_not_available: 404,
  recommendation_missing: 409,
  recommendation_changed: 409,
  case_closed: 409,
  case_not_closed: 409,
  carry_over_not_allowed: 409,
  early_start_unconfirmed: 409,
  minutes_not_signed: 409,
  letter_not_available: 409,
  board_not_ended: 409,
  not_attended: 409,
  certificate_not_found: 404,
  invalid_start_time: 400,
  rate_limited: 429,
  service_unavailable: 503,
};

/** The REST status of an error id; ids without their own are client errors (400). */
export function httpStatusOf(id: ErrorId): number {
  if (id === 'internal_error') return 500;
  return HTTP_STATUS[id] ?? 400;
}

/** The client-facing shape of an expected error: its id is one of ours. */
export type ExpectedError = ApiError & { id: ErrorId };

/** A ZodError as the one `validation_failed` shape, naming each field by its path. */
export function validationErrorOf(error: ZodError): ExpectedError {
  return {
    id: 'validation_failed',
    message: ERROR_MESSAGES.validation_failed,
    fields: error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  };
}

/** The client-facing shape of an expected error, or null for anything unexpected. */
export function expectedApiErrorOf(error: unknown): ExpectedError | null {
  if (error instanceof ZodError) return validationErrorOf(error);
  if (error instanceof DomainError) {
    const { fields } = error.extra;
    const base = { id: error.id, message: error.message };
    return fields ? { ...base, fields } : base;
  }
  return null;
}
