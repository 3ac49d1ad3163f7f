import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { createProxyServer } from 'http-proxy-3';
import { connectToInstance } from './connectToInstance';
import { type Instance, InstancePool } from './instancePool';
import { stickyCookieFor, stickyNameOf } from './stickyInstance';

export interface BalancerOptions {
  instances: readonly Instance[];
  /** 0 picks a free port. */
  port: number;
  host?: string;
  healthIntervalMs?: number;
  /** One line per event worth an operator's attention (an instance out or back, a proxy error). */
  log?: (line: string) => void;
}

export interface Balancer {
  /** http://127.0.0.1:<port> (or the host it listens on). */
  url: string;
  port: number;
  pool: InstancePool;
  close(): Promise<void>;
}

interface ErrorBody {
  error: { id: string; message: string };
}

const NO_INSTANCE: ErrorBody = {
  error: { id: 'no_instance_available', message: 'No Konsil instance is reachable; try again.' },
};
const BAD_GATEWAY: ErrorBody = {
  error: { id: 'bad_gateway', message: 'The Konsil instance stopped answering; try again.' },
};

/**
 * The load balancer in front of a cluster's instances: http-proxy-3 proxies HTTP and websocket
 * upgrades (Socket.IO at /socket.io/, notes at /collab/…) with X-Forwarded-For/-Proto; this file
 * only decides where each request goes. A browser keeps its instance (sticky cookie) for HTTP
 * and both websockets while that instance is healthy; a new browser gets the next healthy one in
 * turn; one whose instance is down or refuses goes to a healthy one and gets a new cookie.
 * Stickiness is a convenience here, not a need: Konsil's Socket.IO runs on the websocket
 * transport only (no long-polling, whose requests must all reach one process), and any instance
 * serves any board.
 */
export async function startBalancer(options: BalancerOptions): Promise<Balancer> {
  const log = options.log ?? (() => undefined);
  const pool = new InstancePool(options.instances);
  pool.onHealthChange((instance, isHealthy) =>
    log(`instance ${instance.name} ${isHealthy ? 'is ready: taking clients' : 'is out'}`),
  );
  const proxy = createProxyServer({ xfwd: true });
  const cookieFor = new WeakMap<IncomingMessage, string>();
  // A proxy error is answered per request (callbacks below); this keeps any other one from
  // throwing, which an EventEmitter does with an 'error' nobody listens to.
  proxy.on('error', (error) => log(`proxy error: ${error.message}`));
  proxy.on('proxyRes', (proxyRes, req) => appendSetCookie(proxyRes, cookieFor.get(req)));
  proxy.on('proxyReqWs', (proxyReq, req) => {
    const cookie = cookieFor.get(req);
    // Registered before http-proxy-3's own 'upgrade' listener writes the 101 to the browser.
    if (cookie) proxyReq.once('upgrade', (proxyRes) => appendSetCookie(proxyRes, cookie));
  });

  const server = http.createServer(async (req, res) => {
    const stickyName = stickyNameOf(req);
    const connection = await connectToInstance(pool, stickyName);
    if (!connection) return answer(res, 503, NO_INSTANCE);
    if (req.socket.destroyed) return connection.abandon();
    if (connection.instance.name !== stickyName) {
      cookieFor.set(req, stickyCookieFor(connection.instance.name));
    }
    const { host, port } = connection.instance;
    proxy.web(req, res, { target: { host, port }, agent: connection.agent }, (error) => {
      log(`${req.method} ${pathOf(req)} on ${connection.instance.name}: ${error.message}`);
      if (isResponse(res)) answer(res, 502, BAD_GATEWAY);
    });
  });

  const upgraded = new Set<Duplex>();
  server.on('upgrade', async (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    upgraded.add(socket);
    socket.on('close', () => upgraded.delete(socket));
    socket.on('error', () => socket.destroy());
    const stickyName = stickyNameOf(req);
    const connection = await connectToInstance(pool, stickyName);
    if (!connection) return refuseUpgrade(socket);
    if (socket.destroyed) return connection.abandon();
    if (connection.instance.name !== stickyName) {
      cookieFor.set(req, stickyCookieFor(connection.instance.name));
    }
    const { host, port } = connection.instance;
    // After an error http-proxy-3 closes the browser's socket; its websocket client reconnects.
    proxy.ws(req, socket, head, { target: { host, port }, agent: connection.agent }, (error) =>
      log(`websocket ${pathOf(req)} on ${connection.instance.name}: ${error.message}`),
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  await pool.startHealthChecks(options.healthIntervalMs ?? 1_000);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
  return {
    url: `http://${host}:${port}`,
    port,
    pool,
    async close() {
      pool.stopHealthChecks();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      for (const socket of upgraded) socket.destroy();
      await closed;
    },
  };
}

function appendSetCookie(response: IncomingMessage, cookie: string | undefined): void {
  if (!cookie) return;
  response.headers['set-cookie'] = [...(response.headers['set-cookie'] ?? []), cookie];
}

function isResponse(target: ServerResponse | Socket): target is ServerResponse {
  return 'writeHead' in target;
}

function answer(res: ServerResponse, status: number, body: ErrorBody): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json', 'retry-after': '1' });
  res.end(JSON.stringify(body));
}

/** No instance to upgrade to: a plain HTTP answer on the raw socket, then close it. */
function refuseUpgrade(socket: Duplex): void {
  const body = JSON.stringify(NO_INSTANCE);
  socket.end(
    'HTTP/1.1 503 Service Unavailable\r\n' +
      'Content-Type: application/json\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
}

/** The path without its query: queries may carry ids that do not belong in a log. */
function pathOf(req: IncomingMessage): string {
  return (req.url ?? '/').split('?')[0] ?? '/';
}
