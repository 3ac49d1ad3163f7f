import { z } from 'zod';

/**
 * Stable error ids. Clients branch on these, never on message text; the
 * messages here are English fallbacks for logs and API consumers.
 */
export const ERROR_MESSAGES = {
  validation_failed: 'Some fields are missing or invalid.',
  invalid_json: 'The request body is not valid JSON.',
  payload_too_large: 'The request body is too large.',
  invalid_credentials: 'Email or password is wrong.',
  unauthenticated: 'Please sign in.',
  session_expired: 'Your session has ended. Please sign in again.',
  password_change_required: 'Please set a new password before you continue.',
  forbidden: 'You are not allowed to do this.',
  origin_not_allowed: 'This request came from a site that is not allowed.',
  not_found: 'Not found.',
  conflict: 'This was changed by someone else. Reload and try again.',
  email_taken: 'A user with this email already exists.',
  cannot_change_own_account: 'You cannot deactivate or demote your own account.',
  board_not_live: 'The board is not live.',
  case_not_ready: 'The case is missing required information.',
  recommendation_required: 'A decided case needs a recommendation text.',
  minutes_not_available: 'This board has no minutes yet: they exist once it has ended.',
  minutes_signed: 'The minutes of this board are signed; nothing in them can change.',
  invalid_start_time: 'This time does not exist in that time zone (daylight-saving change).',
  rate_limited: 'Too many attempts. Please wait and try again.',
  internal_error: 'Something went wrong on our side.',
  service_unavailable: 'The service is not ready.',
  malformed_url: 'The request address is not valid (bad percent-encoding or path).',
  malformed_request: 'The request is not valid HTTP.',
  invalid_body: 'The request body could not be read (corrupt or truncated).',
  unsupported_media_type: 'The request body must be JSON (Content-Type: application/json).',
  unsupported_encoding:
    'The request body uses a content encoding or character set the server does not accept.',
  headers_too_large: 'The request address or headers are too long.',
  request_timeout: 'The request did not arrive in time.',
  recommendation_missing: 'There is no recommendation yet to state a position on.',
  recommendation_changed:
    'The recommendation has changed since you read it. Read the current version and state your position again.',
  case_closed: 'This case is closed. A coordinator can reopen it, with a reason.',
  case_not_closed: 'This case is not closed.',
  carry_over_not_allowed:
    'This case cannot be carried over to that board: it must be a later board, not yet ended, with the case’s home institution among its participants.',
  early_start_unconfirmed:
    'This board is scheduled to start more than 30 minutes from now. Confirm that you want to start it early.',
  minutes_not_signed:
    'The minutes of this board are not signed yet. A letter certifies signed minutes, so it exists once they are signed.',
  letter_not_available:
    'There is no letter for this case: only a case decided in the signed minutes has one.',
  fhir_bundle_invalid:
    'The FHIR bundle cannot be imported as a case: see the FHIR path of each problem.',
  oidc_not_configured: 'Sign-in through this institution’s identity provider is not set up.',
  oidc_provider_unavailable:
    'The institution’s identity provider cannot be reached right now. Please try again later.',
  oidc_state_invalid:
    'This sign-in link has expired or was already used. Please start the sign-in again.',
  oidc_token_invalid:
    'The identity provider’s answer could not be verified, so you were not signed in. Please start the sign-in again.',
  oidc_cancelled:
    'The sign-in at your institution’s identity provider was cancelled or refused there.',
  oidc_account_unavailable:
    'Your Konsil account cannot be signed in through this identity provider: it is deactivated or belongs to another institution. Ask your administrator.',
  oidc_no_role:
    'Your account at the identity provider has no Konsil role. Ask your administrator for access.',
  oidc_email_unverified:
    'The identity provider did not confirm an email address of your institution, so you were not signed in.',
  board_not_ended:
    'This board has not ended yet: attendance is certified and exported once it has ended.',
  not_attended: 'You did not attend this board, so there is no certificate of attendance for you.',
  certificate_not_found: 'No certificate has this code. Check the code on the certificate.',
  password_login_disabled:
    'Your institution signs in through its identity provider: use the button for it instead of a password.',
} as const;

export type ErrorId = keyof typeof ERROR_MESSAGES;
export const ERROR_IDS = Object.keys(ERROR_MESSAGES) as ErrorId[];

export const FieldErrorSchema = z.object({
  path: z.string(),
  message: z.string(),
  /**
   * Where a field's problem has a stable id (a refused FHIR bundle: `FHIR_IMPORT_REASONS`), the id
   * and its parameters, so clients can say it in the reader's language; `message` stays English.
   */
  code: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type FieldError = z.infer<typeof FieldErrorSchema>;

export const ApiErrorSchema = z.object({
  id: z.string(),
  message: z.string(),
  fields: z.array(FieldErrorSchema).optional(),
  /** Correlates a 500 with the server log line; never a stack trace. */
  ref: z.string().optional(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

/** Body of every non-2xx REST response. */
export const ApiErrorResponseSchema = z.object({ error: ApiErrorSchema });
export type ApiErrorResponse = z.infer<typeof ApiErrorResponseSchema>;

/** One reply shape for every Socket.IO acknowledgement. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ApiError };
