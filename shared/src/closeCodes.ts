/**
 * Websocket close codes for the collaborative-notes endpoint. y-websocket's
 * provider treats 4400–4499 as permanent (stops retrying) and anything else
 * as transient, so refusals use 44xx and try-again-later uses 45xx.
 */
export const CLOSE_CODES = {
  unauthenticated: 4401,
  /** Reserved: a case the user may not read answers 4404 like a case that does not exist. */
  forbidden: 4403,
  /** No such case, or not this user's to read (REST answers both with the same 404). */
  notFound: 4404,
  originNotAllowed: 4405,
  badMessage: 4400,
  tooLarge: 4413,
  /** Storage failed or the document had to be reloaded: reconnect and sync again. */
  unavailable: 4500,
  rateLimited: 4529,
  shuttingDown: 4503,
} as const;
export type CloseCode = (typeof CLOSE_CODES)[keyof typeof CLOSE_CODES];
