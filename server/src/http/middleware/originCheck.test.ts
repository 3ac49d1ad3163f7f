import { ApiErrorResponseSchema } from '@konsil/shared';
import { afterEach, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/testServer';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const LOGIN = { email: 'coordinator.berlin@konsil.test', password: 'konsil-demo' };

it('refuses a state change without an Origin header', async () => {
  server = await startTestServer();
  const response = await server.client({ origin: null }).post('/api/auth/login', LOGIN);
  expect(response.status).toBe(403);
  expect(ApiErrorResponseSchema.parse(response.body).error.id).toBe('origin_not_allowed');
});

it('refuses a state change from a foreign origin, even with a valid session', async () => {
  server = await startTestServer();
  const browser = server.client();
  await browser.login(LOGIN.email);
  const forged = await browser.post('/api/auth/logout', undefined, {
    origin: 'https://evil.example',
  });
  expect(forged.status).toBe(403);
  expect(ApiErrorResponseSchema.parse(forged.body).error.id).toBe('origin_not_allowed');
  expect((await browser.get('/api/auth/me')).status).toBe(200);
});

it('accepts both of its own origins and reads without an Origin', async () => {
  server = await startTestServer();
  const port = new URL(server.baseUrl).port;
  expect(
    (await server.client({ origin: `http://localhost:${port}` }).post('/api/auth/login', LOGIN))
      .status,
  ).toBe(200);
  expect(
    (await server.client({ origin: `http://127.0.0.1:${port}` }).post('/api/auth/login', LOGIN))
      .status,
  ).toBe(200);
  expect((await server.client({ origin: null }).get('/healthz')).status).toBe(200);
  // Another port on the same host is another origin.
  expect(
    (await server.client({ origin: 'http://localhost:1' }).post('/api/auth/login', LOGIN)).status,
  ).toBe(403);
});

it('accepts origins listed in ALLOWED_ORIGINS', async () => {
  server = await startTestServer({
    config: { extraAllowedOrigins: ['https://konsil.example-hospital.org'] },
  });
  const response = await server
    .client({ origin: 'https://konsil.example-hospital.org' })
    .post('/api/auth/login', LOGIN);
  expect(response.status).toBe(200);
});
