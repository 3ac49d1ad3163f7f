import type { ErrorId } from '@konsil/shared';
import express, { type Request, type RequestHandler } from 'express';
import { HttpError } from '../httpError';

/**
 * body-parser's own error types (raw-body's included), each with the answer a
 * client gets. Anything else the parser passes on with a 4xx status comes
 * from the decompression stream (a corrupt gzip, deflate or brotli body).
 */
const BODY_ERRORS: Record<string, { status: number; id: ErrorId }> = {
  'entity.too.large': { status: 413, id: 'payload_too_large' },
  'entity.parse.failed': { status: 400, id: 'invalid_json' },
  'encoding.unsupported': { status: 415, id: 'unsupported_encoding' },
  'charset.unsupported': { status: 415, id: 'unsupported_encoding' },
  'request.size.invalid': { status: 400, id: 'invalid_body' },
  'request.aborted': { status: 400, id: 'invalid_body' },
};

function clientStatusOf(error: unknown): number | null {
  if (typeof error !== 'object' || error === null || !('status' in error)) return null;
  const { status } = error;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}

/** The refusal for an error from the body parser, or the error itself if it is the server's. */
export function bodyRefusal(error: unknown): unknown {
  const type =
    typeof error === 'object' && error !== null && 'type' in error ? String(error.type) : '';
  const known = BODY_ERRORS[type];
  if (known) return new HttpError(known.status, known.id);
  if (clientStatusOf(error) !== null) return new HttpError(400, 'invalid_body');
  return error;
}

/**
 * A body is there when it has a length above zero or is chunked: a POST
 * without one (logout) sends `Content-Length: 0` and no type, and is fine.
 */
function hasContent(req: Request): boolean {
  if (req.headers['transfer-encoding'] !== undefined) return true;
  const length = Number(req.headers['content-length'] ?? 0);
  return !Number.isFinite(length) || length > 0;
}

/**
 * Parses JSON bodies for the API and answers every way a body can be wrong
 * with a 4xx and a stable id: not JSON at all (415), an encoding or charset we
 * do not decode (415), a corrupt compressed body (400), too large once
 * inflated (413), unparseable (400). Bodies are JSON or nothing: the client
 * only ever sends JSON, and a text/plain "{}" must not slip past as `undefined`.
 */
export function jsonBody(limitBytes: number): RequestHandler {
  const parse = express.json({ limit: limitBytes });
  return (req, res, next) => {
    if (hasContent(req) && !req.is('application/json')) {
      return next(new HttpError(415, 'unsupported_media_type'));
    }
    parse(req, res, (error?: unknown) =>
      next(error === undefined ? undefined : bodyRefusal(error)),
    );
  };
}
