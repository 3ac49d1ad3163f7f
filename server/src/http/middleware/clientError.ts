import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { type ApiErrorResponse, ERROR_MESSAGES, type ErrorId } from '@konsil/shared';

/** Node's parser codes that have an answer of their own; every other one is a 400. */
const PARSER_ERRORS: Record<string, { status: number; id: ErrorId }> = {
  HPE_HEADER_OVERFLOW: { status: 431, id: 'headers_too_large' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, id: 'request_timeout' },
};

function codeOf(error: Error): string {
  return 'code' in error && typeof error.code === 'string' ? error.code : '';
}

/**
 * Whether a response on this socket has already started: then bytes of our
 * own would corrupt it, and the socket is only closed (what Node does itself).
 */
function isResponseUnderway(socket: Duplex): boolean {
  const current: unknown = Reflect.get(socket, '_httpMessage');
  return (
    typeof current === 'object' &&
    current !== null &&
    'headersSent' in current &&
    current.headersSent === true
  );
}

/**
 * Answers what Node's HTTP parser refuses before Express ever sees it (an
 * invalid method or header line, a URL or headers over Node's limit, a request
 * that does not arrive in time) with the same JSON error shape as the API,
 * instead of Node's bare status line. For `server.on('clientError', …)`.
 */
export function answerClientError(error: Error, socket: Duplex): void {
  const code = codeOf(error);
  if (code === 'ECONNRESET' || !socket.writable || isResponseUnderway(socket)) {
    socket.destroy();
    return;
  }
  const { status, id } = PARSER_ERRORS[code] ?? { status: 400, id: 'malformed_request' };
  const body: ApiErrorResponse = { error: { id, message: ERROR_MESSAGES[id] } };
  const json = JSON.stringify(body);
  // Closed once written, as Node does: the rest of what the client sends is not HTTP we can read.
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
      'Connection: close\r\n' +
      'Content-Type: application/json; charset=utf-8\r\n' +
      'Cache-Control: no-store\r\n' +
      'X-Content-Type-Options: nosniff\r\n' +
      `Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`,
    () => socket.destroy(),
  );
}
