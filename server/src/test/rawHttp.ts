import http from 'node:http';
import net from 'node:net';

/** How long a raw request may take before the test fails instead of hanging. */
const RAW_WAIT_MS = 5_000;

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  /** The body parsed as JSON, or null if it is not JSON. */
  body: unknown;
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * One request through node:http, which (unlike fetch) sends any Host header,
 * any Content-Encoding and the path exactly as given, without normalising it.
 */
export function httpRequest(
  baseUrl: string,
  request: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string | Uint8Array;
  },
): Promise<RawAnswer> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: request.method ?? 'GET',
        path: request.path,
        headers: request.headers,
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text,
            body: parsed(text),
          });
        });
        response.on('error', reject);
      },
    );
    outgoing.setTimeout(RAW_WAIT_MS, () =>
      outgoing.destroy(
        new Error(`no answer to ${request.method ?? 'GET'} ${request.path.slice(0, 80)}`),
      ),
    );
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

/**
 * Writes bytes that are not (quite) HTTP straight onto a TCP connection and
 * reads the answer until the server closes it: for what no HTTP client sends.
 */
export function rawExchange(baseUrl: string, bytes: string): Promise<RawAnswer> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port), url.hostname);
    const chunks: Buffer[] = [];
    socket.setTimeout(RAW_WAIT_MS, () => socket.destroy(new Error('the server did not close')));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // A reset after the answer arrived still leaves the answer to read.
    socket.on('error', (error) => {
      if (chunks.length === 0) reject(error);
    });
    socket.on('close', () => {
      const answer = Buffer.concat(chunks).toString('utf8');
      const [head = '', text = ''] = answer.split('\r\n\r\n');
      const [statusLine = '', ...headerLines] = head.split('\r\n');
      const headers: http.IncomingHttpHeaders = {};
      for (const line of headerLines) {
        const separator = line.indexOf(':');
        headers[line.slice(0, separator).trim().toLowerCase()] = line.slice(separator + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1] ?? 0), headers, text, body: parsed(text) });
    });
    socket.write(bytes);
  });
}
