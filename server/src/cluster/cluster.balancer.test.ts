// The load balancer of `npm run cluster` (server/scripts/cluster/balancer.ts), tested here
// because Vitest collects the server's tests from src/. Two tiny real http + websocket servers
// stand in for the instances: they say who they are, so the test sees where each request went.
import http, { type IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { type Balancer, startBalancer } from '../../scripts/cluster/balancer';

interface Seen {
  instance: string;
  method: string;
  url: string;
  body: string;
  forwardedFor: string | null;
  forwardedProto: string | null;
}

/** A stand-in instance: `/readyz` as told, everything else answered with what it saw. */
class FakeInstance {
  isReady = true;
  /** Paths whose request the instance drops without an answer (a crash mid-request). */
  readonly dropping = new Set<string>();
  private server: http.Server | null = null;
  private sockets: WebSocketServer | null = null;
  port = 0;

  constructor(readonly name: string) {}

  async start(): Promise<void> {
    const server = http.createServer((req, res) => {
      if (req.url === '/readyz') {
        res.writeHead(this.isReady ? 200 : 503).end();
        return;
      }
      if (this.dropping.has(req.url ?? '')) {
        req.socket.destroy();
        return;
      }
      let body = '';
      req.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      req.on('end', () => {
        const seen: Seen = {
          instance: this.name,
          method: req.method ?? '',
          url: req.url ?? '',
          body,
          forwardedFor: headerOf(req, 'x-forwarded-for'),
          forwardedProto: headerOf(req, 'x-forwarded-proto'),
        };
        res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'app=1; Path=/' });
        res.end(JSON.stringify(seen));
      });
    });
    const sockets = new WebSocketServer({ server });
    sockets.on('connection', (socket, req) => {
      socket.on('message', (data) => socket.send(`${this.name} ${req.url} ${data.toString()}`));
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    const address = server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
    this.server = server;
    this.sockets = sockets;
  }

  /** Gone like a killed process: the port refuses and open connections are cut. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    // Upgraded connections are no longer the http server's: cut them as a dying process would.
    for (const client of this.sockets?.clients ?? []) client.terminate();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }
}

function headerOf(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return typeof value === 'string' ? value : null;
}

interface Answer {
  status: number;
  seen: Seen | null;
  body: string;
  setCookies: string[];
}

async function request(
  balancer: Balancer,
  path: string,
  options: { instanceCookie?: string; method?: string; body?: string } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (options.instanceCookie) headers.cookie = `konsil_instance=${options.instanceCookie}`;
  const response = await fetch(`${balancer.url}${path}`, {
    method: options.method ?? 'GET',
    headers,
    ...(options.body !== undefined ? { body: options.body } : {}),
  });
  const body = await response.text();
  const isFromInstance = response.status === 200 && body.startsWith('{"instance"');
  return {
    status: response.status,
    seen: isFromInstance ? (JSON.parse(body) as Seen) : null,
    body,
    setCookies: response.headers.getSetCookie(),
  };
}

const STICKY_A = 'konsil_instance=a; Path=/; HttpOnly; SameSite=Lax';
const STICKY_B = 'konsil_instance=b; Path=/; HttpOnly; SameSite=Lax';

/** Opens a websocket through the balancer; resolves with the 101's cookies and the socket. */
function openSocket(
  balancer: Balancer,
  path: string,
  instanceCookie?: string,
): Promise<{ socket: WebSocket; setCookies: string[] }> {
  const socket = new WebSocket(`${balancer.url.replace('http', 'ws')}${path}`, {
    headers: instanceCookie ? { cookie: `konsil_instance=${instanceCookie}` } : {},
  });
  return new Promise((resolve, reject) => {
    let setCookies: string[] = [];
    socket.once('upgrade', (response) => {
      setCookies = response.headers['set-cookie'] ?? [];
    });
    socket.once('open', () => resolve({ socket, setCookies }));
    socket.once('error', reject);
  });
}

function echo(socket: WebSocket, text: string): Promise<string> {
  return new Promise((resolve) => {
    socket.once('message', (data) => resolve(data.toString()));
    socket.send(text);
  });
}

describe('the cluster load balancer', () => {
  const running: { balancer?: Balancer; instances: FakeInstance[]; sockets: WebSocket[] } = {
    instances: [],
    sockets: [],
  };

  afterEach(async () => {
    for (const socket of running.sockets) socket.terminate();
    await running.balancer?.close();
    await Promise.all(running.instances.map((instance) => instance.stop()));
    running.balancer = undefined;
    running.instances = [];
    running.sockets = [];
  });

  /** Instances a and b behind a balancer; health checks as often as the test asks. */
  async function arrange(healthIntervalMs = 60_000) {
    const a = new FakeInstance('a');
    const b = new FakeInstance('b');
    running.instances = [a, b];
    await Promise.all([a.start(), b.start()]);
    const balancer = await startBalancer({
      instances: [a, b].map((instance) => ({
        name: instance.name,
        host: '127.0.0.1',
        port: instance.port,
      })),
      port: 0,
      healthIntervalMs,
    });
    running.balancer = balancer;
    return { a, b, balancer };
  }

  it('gives new clients the healthy instances in turn, each with a sticky cookie, and forwards who asked', async () => {
    const { balancer } = await arrange();

    const first = await request(balancer, '/api/me');
    const second = await request(balancer, '/api/me');
    const third = await request(balancer, '/api/me');

    expect([first, second, third].map((answer) => answer.seen?.instance)).toEqual(['a', 'b', 'a']);
    // The instance's own cookies pass through, the balancer's is added to them.
    expect(first.setCookies).toEqual(['app=1; Path=/', STICKY_A]);
    expect(second.setCookies).toEqual(['app=1; Path=/', STICKY_B]);
    expect(first.seen).toMatchObject({ forwardedFor: '127.0.0.1', forwardedProto: 'http' });
  });

  it('keeps a client on its instance while it is healthy, without setting the cookie again', async () => {
    const { balancer } = await arrange();

    for (let attempt = 0; attempt < 4; attempt += 1) {
      const answer = await request(balancer, `/api/boards?n=${attempt}`, { instanceCookie: 'b' });
      expect(answer.seen?.instance).toBe('b');
      expect(answer.setCookies).toEqual(['app=1; Path=/']);
    }
  });

  it('sends a client whose instance refuses connections to a healthy one, body and all, and moves its cookie there at once', async () => {
    // Health checks only at the start: what happens next is the refusal's doing alone.
    const { a, balancer } = await arrange(60_000);
    await a.stop();

    const moved = await request(balancer, '/api/boards', {
      instanceCookie: 'a',
      method: 'POST',
      body: '{"title":"Joint Thoracic Board"}',
    });

    expect(moved.seen).toMatchObject({
      instance: 'b',
      method: 'POST',
      body: '{"title":"Joint Thoracic Board"}',
    });
    expect(moved.setCookies).toContain(STICKY_B);
    expect(balancer.pool.instances.map((instance) => balancer.pool.isHealthy(instance))).toEqual([
      false,
      true,
    ]);
    // New clients no longer get the instance that refused.
    const newcomers = await Promise.all([request(balancer, '/'), request(balancer, '/')]);
    expect(newcomers.map((answer) => answer.seen?.instance)).toEqual(['b', 'b']);
  });

  it('takes out an instance whose /readyz fails and brings it back once it is ready again', async () => {
    const { a, balancer } = await arrange(50);
    const instanceA = balancer.pool.byName('a');
    if (!instanceA) throw new Error('instance a is missing');

    a.isReady = false;
    await expect.poll(() => balancer.pool.isHealthy(instanceA)).toBe(false);
    const whileOut = await request(balancer, '/api/me', { instanceCookie: 'a' });
    expect(whileOut.seen?.instance).toBe('b');
    expect(whileOut.setCookies).toContain(STICKY_B);

    a.isReady = true;
    await expect.poll(() => balancer.pool.isHealthy(instanceA)).toBe(true);
    const back = await request(balancer, '/api/me', { instanceCookie: 'a' });
    expect(back.seen?.instance).toBe('a');
  });

  it('answers 503 with a JSON body when no instance takes the connection, and serves again when one is back', async () => {
    const { a, b, balancer } = await arrange();
    await Promise.all([a.stop(), b.stop()]);

    const refused = await request(balancer, '/api/me');
    expect(refused.status).toBe(503);
    expect(JSON.parse(refused.body)).toEqual({
      error: { id: 'no_instance_available', message: expect.any(String) },
    });
    await expect(openSocket(balancer, '/socket.io/?EIO=4&transport=websocket')).rejects.toThrow(
      /503/,
    );

    // Even marked out, an instance that takes connections again is tried as a last resort.
    await b.start();
    const served = await request(balancer, '/api/me');
    expect(served.seen?.instance).toBe('b');
  });

  it('answers 502 with a JSON body when the instance drops a request it had taken, and keeps running', async () => {
    const { a, balancer } = await arrange();
    a.dropping.add('/api/export');

    const dropped = await request(balancer, '/api/export', { instanceCookie: 'a' });
    expect(dropped.status).toBe(502);
    expect(JSON.parse(dropped.body)).toEqual({
      error: { id: 'bad_gateway', message: expect.any(String) },
    });
    const next = await request(balancer, '/api/me', { instanceCookie: 'a' });
    expect(next.seen?.instance).toBe('a');
  });

  it('passes websocket upgrades through to the sticky instance, for Socket.IO and the notes alike', async () => {
    const { balancer } = await arrange();

    const live = await openSocket(balancer, '/socket.io/?EIO=4&transport=websocket', 'b');
    const notes = await openSocket(balancer, '/collab/case-1', 'b');
    running.sockets.push(live.socket, notes.socket);

    expect(await echo(live.socket, 'hand:raise')).toBe(
      'b /socket.io/?EIO=4&transport=websocket hand:raise',
    );
    expect(await echo(notes.socket, 'update')).toBe('b /collab/case-1 update');
    expect(live.setCookies).toEqual([]);
  });

  it('gives a websocket whose instance refuses a healthy one, with the new cookie on its 101', async () => {
    const { a, balancer } = await arrange();
    await a.stop();

    const moved = await openSocket(balancer, '/collab/case-1', 'a');
    running.sockets.push(moved.socket);

    expect(moved.setCookies).toEqual([STICKY_B]);
    expect(await echo(moved.socket, 'update')).toBe('b /collab/case-1 update');
  });

  it('closes a proxied websocket when its instance dies, so that the client reconnects elsewhere', async () => {
    const { a, balancer } = await arrange();
    const before = await openSocket(balancer, '/socket.io/?EIO=4&transport=websocket', 'a');
    running.sockets.push(before.socket);
    expect(await echo(before.socket, 'ping')).toBe('a /socket.io/?EIO=4&transport=websocket ping');

    const closed = new Promise<void>((resolve) => before.socket.once('close', () => resolve()));
    await a.stop();
    await closed;

    const after = await openSocket(balancer, '/socket.io/?EIO=4&transport=websocket', 'a');
    running.sockets.push(after.socket);
    expect(await echo(after.socket, 'ping')).toBe('b /socket.io/?EIO=4&transport=websocket ping');
  });
});
