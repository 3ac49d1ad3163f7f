import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { LIMITS } from '@konsil/shared';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signIn } from '../test/api';
import { httpRequest, rawExchange } from '../test/rawHttp';
import { expectError } from '../test/refusals';
import type { TestClient } from '../test/testClient';
import { startTestServer, type TestServer } from '../test/testServer';

const COORDINATOR = 'coordinator.berlin@konsil.test';
const SECRET = `secret-${randomUUID()}`;
const ASSET = 'console.log("konsil");';

/**
 * What a hostile or broken client can send to the HTTP layer. Every answer is
 * a 4xx with the usual `{ error: { id, message } }` and a specific id — never a
 * 500 — and the server keeps serving afterwards. One database engine is enough.
 */
describe('malformed input', () => {
  let root: string;
  let server: TestServer;
  let coordinator: TestClient;

  beforeAll(() => {
    // A built client to serve, with a file beside it that must never be reachable.
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'konsil-dist-'));
    fs.mkdirSync(path.join(root, 'dist', 'assets'), { recursive: true });
    fs.writeFileSync(path.join(root, 'dist', 'index.html'), '<!doctype html><title>Konsil</title>');
    fs.writeFileSync(path.join(root, 'dist', 'assets', 'app-3f9a1c.js'), ASSET);
    fs.writeFileSync(path.join(root, 'secret.txt'), SECRET);
    fs.writeFileSync(path.join(root, 'dist', '.env'), SECRET);
  });

  afterAll(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  beforeEach(async () => {
    server = await startTestServer({
      dialect: 'sqlite',
      config: { clientDist: path.join(root, 'dist') },
    });
    coordinator = await signIn(server, COORDINATOR);
  });

  afterEach(async () => {
    // Whatever a test sent, the server still answers an ordinary request.
    const me = await coordinator.get('/api/auth/me');
    expect(me.status, 'a normal request afterwards').toBe(200);
    await server.close();
  });

  const send = (request: Parameters<typeof httpRequest>[1]) =>
    httpRequest(server.baseUrl, {
      ...request,
      headers: { origin: server.baseUrl, cookie: coordinator.cookieHeader, ...request.headers },
    });

  describe('paths', () => {
    it.each([
      ['GET', '/api/boards/%E0%A4%A'],
      ['GET', '/api/boards/%'],
      ['GET', '/api/boards/%C0%AF'],
      ['GET', '/api/boards/5b0e0f5e-8a8c-4c8e-9b7e-3f3c2d1e0a99/cases/%E0%A4%A'],
      ['POST', '/api/boards/%zz/cases'],
      ['PATCH', '/api/admin/users/%FF'],
      ['GET', '/api/boards/%E0%A4%A/calendar.ics'],
    ])(
      'answers %s %s (a parameter that cannot be percent-decoded) with 400 malformed_url',
      async (method, url) => {
        const answer = await send({ method, path: url });

        expectError(answer, 400, 'malformed_url');
      },
    );

    it('asks for a session first when there is none (the boards API needs one for any path)', async () => {
      const answer = await httpRequest(server.baseUrl, { path: '/api/boards/%E0%A4%A' });

      expectError(answer, 401, 'unauthenticated');
    });

    it.each([
      '/assets/..%2f..%2fsecret.txt',
      '/assets/..%2fsecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/assets/../../secret.txt',
      '/assets/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/assets/a%00b.js',
      '/assets/%E0%A4%A',
      '/assets/missing-000000.js',
      '/assets/',
      '/assets/.env',
      '/assets/..%2f.env',
      '/..%2fsecret.txt',
      '/..%2f..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/boards/..%2f..%2fsecret.txt',
      '/boards/a%00b',
      '/assets%2f..%2f..%2fsecret.txt',
    ])('answers %s with a JSON 404 and no file from outside the client', async (url) => {
      const answer = await httpRequest(server.baseUrl, { path: url });

      expectError(answer, 404, 'not_found');
      expect(answer.text).not.toContain(SECRET);
      expect(answer.text).not.toContain('root:');
    });

    it.each(['/.env', '/secret.txt'])(
      'answers %s, a client route by its looks, with the app and never a file',
      async (url) => {
        const answer = await httpRequest(server.baseUrl, { path: url });

        expect([answer.status, answer.text]).toEqual([200, '<!doctype html><title>Konsil</title>']);
      },
    );

    it.each(['/%E0%A4%A', '/boards/%E0%A4%A'])(
      'answers the client route %s (cannot be decoded) with 400 malformed_url',
      async (url) => {
        expectError(await httpRequest(server.baseUrl, { path: url }), 400, 'malformed_url');
      },
    );

    it('still serves the assets and the app for client routes', async () => {
      const asset = await httpRequest(server.baseUrl, { path: '/assets/app-3f9a1c.js' });
      const route = await httpRequest(server.baseUrl, { path: '/boards/42' });

      expect([asset.status, asset.text]).toEqual([200, ASSET]);
      expect(asset.headers['cache-control']).toContain('immutable');
      expect([route.status, route.text]).toEqual([200, '<!doctype html><title>Konsil</title>']);
    });

    it.each(['POST', 'PUT', 'DELETE'])('answers %s on an asset with a JSON 404', async (method) => {
      const answer = await httpRequest(server.baseUrl, { method, path: '/assets/app-3f9a1c.js' });

      expectError(answer, 404, 'not_found');
    });

    it('answers an unknown method on the API with 404 not_found', async () => {
      for (const method of ['PROPFIND', 'TRACE', 'MKCOL']) {
        expectError(await send({ method, path: '/api/boards' }), 404, 'not_found', {}, method);
      }
    });
  });

  describe('bodies', () => {
    const login = JSON.stringify({ email: COORDINATOR, password: 'konsil-demo' });
    // Without the coordinator's cookie: a login replaces the session it is sent with.
    const post = (body: string | Uint8Array, headers: Record<string, string>) =>
      httpRequest(server.baseUrl, {
        method: 'POST',
        path: '/api/auth/login',
        body,
        headers: { origin: server.baseUrl, ...headers },
      });

    it('reads a gzip, deflate or brotli body that is what it says', async () => {
      for (const [encoding, packed] of [
        ['gzip', zlib.gzipSync(login)],
        ['deflate', zlib.deflateSync(login)],
        ['br', zlib.brotliCompressSync(login)],
      ] as const) {
        const answer = await post(packed, {
          'content-type': 'application/json',
          'content-encoding': encoding,
        });
        expect(answer.status, encoding).toBe(200);
      }
    });

    it.each([
      ['gzip', Buffer.from('not gzip at all')],
      ['deflate', Buffer.from('not deflate at all')],
      ['br', Buffer.from('not brotli at all')],
      ['gzip', zlib.gzipSync(login).subarray(0, 20)],
      ['GZIP', Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff])],
    ])(
      'answers a %s body that does not decompress with 400 invalid_body',
      async (encoding, body) => {
        const answer = await post(body, {
          'content-type': 'application/json',
          'content-encoding': encoding,
        });

        expectError(answer, 400, 'invalid_body');
      },
    );

    it.each([
      ['content-encoding', 'x-konsil-unknown'],
      ['content-encoding', 'compress'],
      ['content-encoding', 'gzip, gzip'],
      ['content-type', 'application/json; charset=klingon'],
    ])('answers %s: %s with 415 unsupported_encoding', async (name, value) => {
      const answer = await post(login, { 'content-type': 'application/json', [name]: value });

      expectError(answer, 415, 'unsupported_encoding');
    });

    it.each([
      ['text/plain', '{}'],
      ['application/x-www-form-urlencoded', 'email=a&password=b'],
      ['multipart/form-data; boundary=x', '--x--'],
      [';;;', login],
      ['', login],
    ])('answers a body sent as "%s" with 415 unsupported_media_type', async (type, body) => {
      const headers: Record<string, string> = type ? { 'content-type': type } : {};

      expectError(await post(body, headers), 415, 'unsupported_media_type');
    });

    it('lets a state change without a body through (a POST with Content-Length: 0)', async () => {
      const answer = await send({ method: 'POST', path: '/api/auth/logout' });

      expect(answer.status).toBeLessThan(300);
      // Signed in again for the check after the test.
      coordinator = await signIn(server, COORDINATOR);
    });

    it.each([
      ['cut short', '{"email": "a@konsil.test", "password": '],
      ['a bare string', '"konsil"'],
      ['a number', '42'],
      ['null', 'null'],
      ['single quotes', "{'email': 'a'}"],
      ['a trailing comma', '{"email": "a",}'],
      ['a byte-order mark and garbage', '\uFEFF\u0000{'],
    ])('answers JSON that is %s with 400 invalid_json', async (_what, body) => {
      const answer = await post(body, { 'content-type': 'application/json' });

      expectError(answer, 400, 'invalid_json');
    });

    it.each([
      ['an array', '[]'],
      ['an array of the right object', `[${login}]`],
      ['deeply nested arrays', `${'['.repeat(50_000)}${']'.repeat(50_000)}`],
    ])(
      'answers %s where an object belongs with 400 validation_failed at the root',
      async (_what, body) => {
        const answer = await post(body, { 'content-type': 'application/json' });

        expectError(answer, 400, 'validation_failed', {
          fields: [{ path: '', message: 'Invalid input: expected object, received array' }],
        });
      },
    );

    it('answers deep nesting inside a field with 400 validation_failed naming the field', async () => {
      const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
      const answer = await post(`{"email": ${deep}, "password": "konsil-demo"}`, {
        'content-type': 'application/json',
      });

      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({
        error: {
          id: 'validation_failed',
          message: expect.any(String),
          fields: [{ path: 'email', message: expect.any(String) }],
        },
      });
    });

    it('refuses a body over the limit with 413, also when it only grows that large once inflated', async () => {
      const large = JSON.stringify({
        email: COORDINATOR,
        password: 'x'.repeat(LIMITS.jsonBodyBytes),
      });
      const bomb = zlib.gzipSync(Buffer.alloc(20 * LIMITS.jsonBodyBytes, ' '));
      expect(bomb.length).toBeLessThan(LIMITS.jsonBodyBytes);

      expectError(
        await post(large, { 'content-type': 'application/json' }),
        413,
        'payload_too_large',
      );
      expectError(
        await post(bomb, { 'content-type': 'application/json', 'content-encoding': 'gzip' }),
        413,
        'payload_too_large',
      );
    });

    it('reads __proto__ and constructor keys as plain data: nothing is inherited or polluted', async () => {
      // The password sits only under __proto__: it must not count as the password.
      const answer = await post(
        `{"email": "${COORDINATOR}", "__proto__": {"password": "konsil-demo", "polluted": true},` +
          ' "constructor": {"prototype": {"polluted": true}}}',
        { 'content-type': 'application/json' },
      );

      expectError(answer, 400, 'validation_failed', {
        fields: [
          { path: 'password', message: 'Invalid input: expected string, received undefined' },
        ],
      });
      expect(Reflect.get({}, 'polluted')).toBeUndefined();
      expect(Reflect.get(Object.prototype, 'password')).toBeUndefined();
    });

    it('takes the last of duplicate keys, as JSON.parse does, and nothing else', async () => {
      const lastWrong = `{"email": "${COORDINATOR}", "password": "konsil-demo", "password": "wrong"}`;
      const lastRight = `{"email": "${COORDINATOR}", "password": "wrong", "password": "konsil-demo"}`;

      expectError(
        await post(lastWrong, { 'content-type': 'application/json' }),
        401,
        'invalid_credentials',
      );
      expect((await post(lastRight, { 'content-type': 'application/json' })).status).toBe(200);
    });
  });

  describe('the HTTP layer below Express', () => {
    it('answers a URL longer than the header limit with 431 headers_too_large', async () => {
      const answer = await httpRequest(server.baseUrl, {
        path: `/api/boards/${'a'.repeat(20_000)}`,
      });

      expectError(answer, 431, 'headers_too_large');
      expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    });

    it('answers oversized headers with 431 headers_too_large', async () => {
      const answer = await httpRequest(server.baseUrl, {
        path: '/api/auth/me',
        headers: { 'x-padding': 'p'.repeat(20_000) },
      });

      expectError(answer, 431, 'headers_too_large');
    });

    it.each([
      ['a method HTTP does not know', 'KONSIL /api/boards HTTP/1.1\r\nHost: x\r\n\r\n'],
      ['a header line without a colon', 'GET /api/boards HTTP/1.1\r\nHost: x\r\nbroken\r\n\r\n'],
      [
        'a non-numeric Content-Length',
        'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: ten\r\n\r\n',
      ],
      [
        'both Content-Length and chunked (request smuggling)',
        'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
      ],
      [
        'a bad chunk size',
        'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nzz\r\n{}\r\n0\r\n\r\n',
      ],
      ['a control character in the path', 'GET /api/\u0001boards HTTP/1.1\r\nHost: x\r\n\r\n'],
      [
        'not HTTP at all',
        '\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003\r\n\r\n',
      ],
    ])('answers %s with 400 malformed_request', async (_what, bytes) => {
      const answer = await rawExchange(server.baseUrl, bytes);

      expectError(answer, 400, 'malformed_request');
    });

    it.each([
      ['a session cookie that cannot be decoded', { cookie: 'konsil_session=%E0%A4%A' }],
      ['a session cookie of 8 KB', { cookie: `konsil_session=${'s'.repeat(8_000)}` }],
    ])('treats %s as a session that has ended (401)', async (_what, headers) => {
      const answer = await httpRequest(server.baseUrl, { path: '/api/auth/me', headers });

      expectError(answer, 401, 'session_expired');
    });

    it.each([
      ['a cookie of only separators', { cookie: '=;;==%;' }],
      ['a garbage X-Forwarded-For', { 'x-forwarded-for': 'garbage,,, ::::' }],
      ['an empty Host', { host: '' }],
      ['an Accept no one could satisfy', { accept: '*/*;q=abc, text/x-konsil' }],
      ['a very long request id', { 'x-request-id': 'a'.repeat(5_000) }],
    ])('treats %s as a request without a session (401)', async (_what, headers) => {
      const answer = await httpRequest(server.baseUrl, { path: '/api/auth/me', headers });

      expectError(answer, 401, 'unauthenticated');
    });

    it.each([
      ['/api/boards?from=%E0%A4%A', { boards: [] }],
      ['/api/search?q=a&q=b', { results: [] }],
      ['/api/search?q[a]=b', { results: [] }],
      [`/api/search?q=${'a'.repeat(5_000)}`, { results: [] }],
    ])('answers the odd query %s like any other', async (url, expected) => {
      const answer = await send({ path: url });

      expect([answer.status, answer.body]).toEqual([200, expected]);
    });
  });
});
