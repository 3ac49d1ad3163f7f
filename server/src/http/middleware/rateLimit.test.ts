import { io as connect } from 'socket.io-client';
import { afterEach, expect, it } from 'vitest';
import { httpRequest } from '../../test/rawHttp';
import { expectError } from '../../test/refusals';
import { startTestServer, type TestServer } from '../../test/testServer';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

it('answers 429 rate_limited with Retry-After once an address floods the API, and lets it in again next window', async () => {
  server = await startTestServer({ config: { apiRateLimitPerMinute: 5 } });
  const flooder = server.client({ forwardedFor: '198.51.100.1' });
  for (let request = 0; request < 5; request += 1) {
    expectError(
      await flooder.get('/api/auth/me'),
      401,
      'unauthenticated',
      {},
      `request ${request}`,
    );
  }

  const refused = await flooder.get('/api/auth/me');

  expectError(refused, 429, 'rate_limited');
  // The window opened with the first request and the fake clock has not moved: a full minute left.
  expect(refused.headers.get('retry-after')).toBe('60');
  // Other addresses are not held back by one flooder.
  expectError(
    await server.client({ forwardedFor: '198.51.100.2' }).get('/api/auth/me'),
    401,
    'unauthenticated',
  );
  server.clock.advanceMinutes(0.75);
  expect((await flooder.get('/api/auth/me')).headers.get('retry-after')).toBe('15');
  server.clock.advanceMinutes(0.25);
  expectError(await flooder.get('/api/auth/me'), 401, 'unauthenticated');
});

/** One Socket.IO handshake from `address`: the reason it was refused, or 'connected'. */
function handshake(target: TestServer, address: string): Promise<string> {
  return new Promise<string>((resolve) => {
    const socket = connect(target.baseUrl, {
      transports: ['websocket'],
      extraHeaders: { origin: target.baseUrl, 'x-forwarded-for': address },
      reconnection: false,
      forceNew: true,
    });
    socket.once('connect', () => {
      socket.disconnect();
      resolve('connected');
    });
    socket.once('connect_error', (error) => {
      socket.disconnect();
      resolve(error.message);
    });
  });
}

/** The HTTP answer to a websocket upgrade on the Socket.IO path, read without a websocket client. */
function rawUpgrade(target: TestServer, address: string) {
  return httpRequest(target.baseUrl, {
    path: '/socket.io/?EIO=4&transport=websocket',
    headers: {
      origin: target.baseUrl,
      'x-forwarded-for': address,
      connection: 'Upgrade',
      upgrade: 'websocket',
      'sec-websocket-version': '13',
      'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
    },
  });
}

it('refuses socket handshakes beyond the limit before they reach authentication, until the window ends', async () => {
  server = await startTestServer({ config: { apiRateLimitPerMinute: 2 } });
  const flooder = '198.51.100.7';
  // Without a session the first two get through the limiter and are refused by authentication.
  expect(await handshake(server, flooder)).toBe('unauthenticated');
  expect(await handshake(server, flooder)).toBe('unauthenticated');

  // The third never gets that far: the upgrade itself is refused, so there is no 101.
  const refused = await rawUpgrade(server, flooder);
  expect(refused.status).toBe(400);
  expect(refused.text).not.toContain('origin_not_allowed');
  // Another address is not held back, and the flooder is let through again next window.
  expect(await handshake(server, '198.51.100.8')).toBe('unauthenticated');
  server.clock.advanceMinutes(1);
  expect(await handshake(server, flooder)).toBe('unauthenticated');
});
