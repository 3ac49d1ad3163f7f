import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient } from './api';
import { parseRetryAfter } from './apiError';
import { parseErrorResponse } from './parseErrorResponse';

const jsonResponse = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

const NumberSchema = {
  parse(data: unknown): { value: number } {
    const value = typeof data === 'object' && data !== null ? Reflect.get(data, 'value') : null;
    if (typeof value !== 'number') throw new Error('not a number');
    return { value };
  },
};

describe('parseRetryAfter', () => {
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('900')).toBe(900);
  });

  it('reads an HTTP date relative to now', () => {
    const now = Date.parse('2026-12-03T07:00:00Z');
    expect(parseRetryAfter('Thu, 03 Dec 2026 07:02:30 GMT', now)).toBe(150);
  });

  it('ignores missing or malformed values', () => {
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('')).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
  });
});

describe('parseErrorResponse', () => {
  it('keeps the id, field errors and reference of a contract error body', () => {
    const error = parseErrorResponse(400, {
      error: {
        id: 'validation_failed',
        message: 'Some fields are missing or invalid.',
        fields: [{ path: 'email', message: 'Invalid email' }],
      },
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.id).toBe('validation_failed');
    expect(error.status).toBe(400);
    expect(error.fieldError('email')?.message).toBe('Invalid email');
    expect(error.fieldError('password')).toBeUndefined();
  });

  it('carries Retry-After seconds for rate limiting', () => {
    const error = parseErrorResponse(
      429,
      { error: { id: 'rate_limited', message: 'Too many attempts.' } },
      '600',
    );
    expect(error.id).toBe('rate_limited');
    expect(error.retryAfterSeconds).toBe(600);
  });

  it('turns a body outside the contract into invalid_response, or internal_error for a 5xx', () => {
    expect(parseErrorResponse(404, '<html>Not found</html>').id).toBe('invalid_response');
    expect(parseErrorResponse(502, undefined).id).toBe('internal_error');
    expect(parseErrorResponse(400, { error: { message: 'no id' } }).id).toBe('invalid_response');
  });
});

describe('createApiClient', () => {
  it('parses a successful body with the given schema', async () => {
    const fetch = vi.fn(async () => jsonResponse(200, { value: 42 }));
    const api = createApiClient({ fetch });
    await expect(api.request('GET', '/api/thing', NumberSchema)).resolves.toEqual({ value: 42 });
  });

  it('sends JSON bodies with a content type', async () => {
    const fetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) =>
      jsonResponse(200, { value: 1 }),
    );
    const api = createApiClient({ fetch });
    await api.request('POST', '/api/thing', NumberSchema, { body: { name: 'x' } });
    const init = fetch.mock.calls[0]?.[1];
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe('{"name":"x"}');
    expect(init?.headers).toMatchObject({ 'Content-Type': 'application/json' });
  });

  it('sends a raw body as it is, in its own media type', async () => {
    const fetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) =>
      jsonResponse(200, { value: 1 }),
    );
    const api = createApiClient({ fetch });
    const text = '{ "resourceType": "Bundle",\n  "value": 1.10 }';
    await api.request('POST', '/api/thing', NumberSchema, {
      rawBody: { text, contentType: 'application/fhir+json' },
    });
    const init = fetch.mock.calls[0]?.[1];
    expect(init?.body).toBe(text);
    expect(init?.headers).toMatchObject({ 'Content-Type': 'application/fhir+json' });
  });

  it('rejects a successful body that breaks the contract', async () => {
    const api = createApiClient({ fetch: async () => jsonResponse(200, { value: 'forty-two' }) });
    await expect(api.request('GET', '/api/thing', NumberSchema)).rejects.toMatchObject({
      id: 'invalid_response',
    });
  });

  it('treats a 401 to the session probe as signed out without reading the body', async () => {
    const onSessionError = vi.fn();
    const api = createApiClient({
      onSessionError,
      fetch: async () => new Response('not json', { status: 401 }),
    });
    await expect(
      api.request('GET', '/api/auth/me', NumberSchema, { isSessionProbe: true }),
    ).rejects.toMatchObject({ id: 'unauthenticated', status: 401 });
    expect(onSessionError).not.toHaveBeenCalled();
  });

  it('reports network failures as network_error', async () => {
    const api = createApiClient({
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await expect(api.requestNoContent('POST', '/api/auth/logout')).rejects.toMatchObject({
      id: 'network_error',
      status: 0,
    });
  });

  it('tells the app about session-level refusals, but not about wrong passwords', async () => {
    const onSessionError = vi.fn();
    const responses = [
      jsonResponse(401, { error: { id: 'invalid_credentials', message: 'Wrong.' } }),
      jsonResponse(401, { error: { id: 'session_expired', message: 'Ended.' } }),
      jsonResponse(403, { error: { id: 'password_change_required', message: 'Change it.' } }),
    ];
    const api = createApiClient({
      onSessionError,
      fetch: async () => responses.shift() ?? jsonResponse(500, {}),
    });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await api.request('GET', '/api/thing', NumberSchema).catch(() => undefined);
    }
    expect(onSessionError.mock.calls.map(([error]) => error.id)).toEqual([
      'session_expired',
      'password_change_required',
    ]);
  });
});
