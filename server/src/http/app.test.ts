import { LIMITS } from '@konsil/shared';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiError, signIn } from '../test/api';
import { startTestServer, type TestServer } from '../test/testServer';

/** Cross-cutting HTTP behaviour of createApp; one database engine is enough here. */
describe('http app', () => {
  let server: TestServer;

  beforeEach(async () => {
    server = await startTestServer({ dialect: 'sqlite' });
  });

  afterEach(async () => {
    await server.close();
  });

  describe('health', () => {
    it('answers /healthz and /readyz', async () => {
      const client = server.client();
      const health = await client.get('/healthz');
      const ready = await client.get('/readyz');

      expect([health.status, health.body]).toEqual([200, { status: 'ok' }]);
      expect([ready.status, ready.body]).toEqual([
        200,
        { status: 'ready', checks: { database: 'ok' } },
      ]);
    });
  });

  describe('security headers', () => {
    it('sends a strict content security policy without inline code', async () => {
      const response = await server.client().get('/healthz');
      const policy = response.headers.get('content-security-policy') ?? '';
      const directives = new Map(
        policy.split(';').map((directive) => {
          const [name = '', ...values] = directive.trim().split(/\s+/);
          return [name, values.join(' ')];
        }),
      );

      expect(directives.get('script-src')).toBe("'self'");
      expect(directives.get('frame-ancestors')).toBe("'none'");
      expect(directives.get('object-src')).toBe("'none'");
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain('unsafe-eval');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-powered-by')).toBeNull();
    });

    it('sends them on API errors too, and API answers are never cached', async () => {
      const response = await server.client().get('/api/nope');
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(response.headers.get('cache-control')).toBe('no-store');
    });
  });

  describe('errors', () => {
    it('answers an unknown API path with a JSON 404', async () => {
      // Signed in, so no router's session check answers first: the path itself is unknown.
      const coordinator = await signIn(server, 'coordinator.berlin@konsil.test');
      const response = await coordinator.get('/api/no-such-endpoint');

      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(apiError(response)).toMatchObject({ status: 404, id: 'not_found' });
    });

    it('answers a malformed JSON body with 400 invalid_json', async () => {
      const response = await server.client().request('POST', '/api/auth/login', {
        rawBody: '{"email": "admin.berlin@konsil.test", "password": ',
      });

      expect(apiError(response)).toMatchObject({ status: 400, id: 'invalid_json' });
    });

    it('refuses a body over the JSON limit with 413 payload_too_large', async () => {
      const password = 'x'.repeat(LIMITS.jsonBodyBytes + 1);
      const response = await server
        .client()
        .post('/api/auth/login', { email: 'admin.berlin@konsil.test', password });

      expect(apiError(response)).toMatchObject({ status: 413, id: 'payload_too_large' });
    });

    it('accepts a body just under the limit (and judges it on its content)', async () => {
      const password = 'x'.repeat(LIMITS.jsonBodyBytes - 200);
      const response = await server
        .client()
        .post('/api/auth/login', { email: 'admin.berlin@konsil.test', password });

      expect(apiError(response)).toMatchObject({ status: 400, id: 'validation_failed' });
    });

    it('answers a database failure with 500, a reference and no internals, and stays up', async () => {
      const coordinator = await signIn(server, 'coordinator.berlin@konsil.test');
      // The only way to break a request without touching the code: pull a table from under it.
      await sql`drop table board_participants`.execute(server.db);

      const response = await coordinator.get('/api/boards');

      expect(apiError(response)).toMatchObject({
        status: 500,
        id: 'internal_error',
        ref: response.headers.get('x-request-id'),
      });
      expect(Object.keys(response.body as object)).toEqual(['error']);
      for (const leak of [
        'board_participants',
        'SqliteError',
        'no such table',
        '    at ',
        '.ts:',
      ]) {
        expect(response.text).not.toContain(leak);
      }
      expect((await server.client().get('/healthz')).status).toBe(200);
      expect((await coordinator.get('/api/auth/me')).status).toBe(200);
    });
  });

  describe('request ids', () => {
    it('puts an X-Request-Id on every response', async () => {
      const client = server.client();
      const responses = [
        await client.get('/healthz'),
        await client.get('/readyz'),
        await client.get('/api/nope'),
        await client.get('/api/auth/me'),
        await client.post('/api/auth/login', { email: 'nobody@konsil.test', password: 'x' }),
        await client.request('POST', '/api/auth/login', { rawBody: '{' }),
      ];

      const ids = responses.map((response) => response.headers.get('x-request-id'));
      for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it("keeps a caller's safe request id and replaces an unsafe one", async () => {
      const client = server.client();
      const kept = await client.get('/healthz', { headers: { 'x-request-id': 'trace-42.a_b' } });
      const replaced = await client.get('/healthz', {
        headers: { 'x-request-id': 'bad id; drop table' },
      });

      expect(kept.headers.get('x-request-id')).toBe('trace-42.a_b');
      expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });
  });
});
