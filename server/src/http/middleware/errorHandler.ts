import { randomUUID } from 'node:crypto';
import type { ApiErrorResponse } from '@konsil/shared';
import { ERROR_MESSAGES } from '@konsil/shared';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { DomainError, expectedApiErrorOf, httpStatusOf } from '../../errors/domainError';
import type { Logger } from '../../logger';
import { HttpError } from '../httpError';

export function notFoundHandler(): RequestHandler {
  return (_req, res) => {
    const body: ApiErrorResponse = {
      error: { id: 'not_found', message: ERROR_MESSAGES.not_found },
    };
    res.status(404).json(body);
  };
}

function isBodyParserError(error: unknown): error is { type: string; status: number } {
  return typeof error === 'object' && error !== null && 'type' in error && 'status' in error;
}

/** Every error leaves as JSON with a stable id; unexpected ones get a reference, never a stack. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    let status = 500;
    let body: ApiErrorResponse;
    const expected = expectedApiErrorOf(error);
    if (expected) {
      status = error instanceof HttpError ? error.status : httpStatusOf(expected.id);
      body = { error: expected };
      const headers = error instanceof DomainError ? error.extra.headers : undefined;
      for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value);
    } else if (error instanceof URIError) {
      // The router could not percent-decode a path parameter (`/api/boards/%E0%A4%A`).
      status = 400;
      body = { error: { id: 'malformed_url', message: ERROR_MESSAGES.malformed_url } };
    } else if (isBodyParserError(error) && error.status >= 400 && error.status < 500) {
      // jsonBody maps each parser error it knows; this keeps any other client error a 4xx.
      status = error.status;
      body = { error: { id: 'validation_failed', message: ERROR_MESSAGES.validation_failed } };
    } else {
      const ref = String(req.id ?? randomUUID());
      // The error object may carry SQL or input fragments: log its name and stack only.
      logger.error(
        { ref, err: { name: (error as Error)?.name, stack: (error as Error)?.stack } },
        'unhandled error',
      );
      body = { error: { id: 'internal_error', message: ERROR_MESSAGES.internal_error, ref } };
    }
    if (res.headersSent) return;
    res.status(status).json(body);
  };
}
