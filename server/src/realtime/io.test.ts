import type { ServerToClientEvents } from '@konsil/shared';
import { io as connect, type Socket } from 'socket.io-client';
import { afterEach, expect, it } from 'vitest';
import type { TestClient } from '../test/testClient';
import { startTestServer, type TestServer } from '../test/testServer';

let server: TestServer | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.disconnect();
  await server?.close();
  server = undefined;
});

function openSocket(target: TestServer, browser: TestClient | null, origin: string | null) {
  const headers: Record<string, string> = {};
  if (origin) headers.origin = origin;
  if (browser) headers.cookie = browser.cookieHeader;
  const socket: Socket<ServerToClientEvents> = connect(target.baseUrl, {
    transports: ['websocket'],
    extraHeaders: headers,
    reconnection: false,
    forceNew: true,
  });
  sockets.push(socket);
  return socket;
}

function outcome(socket: Socket): Promise<'connected' | string> {
  return new Promise((resolve) => {
    socket.once('connect', () => resolve('connected'));
    socket.once('connect_error', (error) => resolve(error.message));
  });
}

it('connects a signed-in user from an allowed origin', async () => {
  server = await startTestServer();
  const browser = server.client();
  await browser.login('coordinator.berlin@konsil.test');
  expect(await outcome(openSocket(server, browser, server.baseUrl))).toBe('connected');
});

it('refuses a socket without a session', async () => {
  server = await startTestServer();
  expect(await outcome(openSocket(server, null, server.baseUrl))).toBe('unauthenticated');
});

it('refuses a socket from a foreign origin even with a valid session', async () => {
  server = await startTestServer();
  const browser = server.client();
  await browser.login('coordinator.berlin@konsil.test');
  const result = await outcome(openSocket(server, browser, 'https://evil.example'));
  expect(result).not.toBe('connected');
});

it('tells the socket and disconnects it when its session logs out', async () => {
  server = await startTestServer();
  const browser = server.client();
  await browser.login('coordinator.berlin@konsil.test');
  const other = server.client();
  await other.login('coordinator.berlin@konsil.test');
  const socket = openSocket(server, browser, server.baseUrl);
  const otherSocket = openSocket(server, other, server.baseUrl);
  expect(await outcome(socket)).toBe('connected');
  expect(await outcome(otherSocket)).toBe('connected');

  const ended = new Promise<string>((resolve) =>
    socket.once('auth:sessionEnded', ({ reason }) => resolve(reason)),
  );
  const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));
  await browser.post('/api/auth/logout');
  expect(await ended).toBe('logout');
  expect(await disconnected).toBe('io server disconnect');
  // The same user's other session stays connected.
  expect(otherSocket.connected).toBe(true);
});
