import { ApiErrorResponseSchema } from '@konsil/shared';
import { io as connect } from 'socket.io-client';
import { afterEach, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/testServer';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

it('answers 429 with Retry-After once an address floods the API, and lets it in again next window', async () => {
  server = await startTestServer({ config: { apiRateLimitPerMinute: 5 } });
  const flooder = server.client({ forwardedFor: '198.51.100.1' });
  for (let request = 0; request < 5; request += 1) {
    expect((await flooder.get('/api/auth/me')).status).toBe(401);
  }
  const refused = await flooder.get('/api/auth/me');
  expect(refused.status).toBe(429);
  expect(ApiErrorResponseSchema.parse(refused.body).error.id).toBe('rate_limited');
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);

  // Other addresses are not held back by one flooder.
  expect((await server.client({ forwardedFor: '198.51.100.2' }).get('/api/auth/me')).status).toBe(
    401,
  );

  server.clock.advanceMinutes(1);
  expect((await flooder.get('/api/auth/me')).status).toBe(401);
});

it('refuses socket handshakes beyond the limit', async () => {
  server = await startTestServer({ config: { apiRateLimitPerMinute: 2 } });
  const target = server;
  const attempt = () =>
    new Promise<string>((resolve) => {
      const socket = connect(target.baseUrl, {
        transports: ['websocket'],
        extraHeaders: { origin: target.baseUrl },
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
  // Without a session the first two are refused by authentication, the third by the limiter.
  expect(await attempt()).toBe('unauthenticated');
  expect(await attempt()).toBe('unauthenticated');
  expect(await attempt()).not.toBe('unauthenticated');
});
