import { ApiErrorResponseSchema, type FieldError } from '@konsil/shared';

/** Error ids the client raises itself, next to the server's ids in shared/src/errors.ts. */
export const CLIENT_ERROR_IDS = ['network_error', 'invalid_response'] as const;

/** Any schema with zod's `parse`; kept structural so the client needs no direct zod import. */
export interface ResponseSchema<T> {
  parse(data: unknown): T;
}

/** A failed request, reduced to what the UI branches on: the stable id, never the message. */
export class ApiError extends Error {
  readonly id: string;
  readonly status: number;
  readonly fields: FieldError[];
  /** Seconds to wait before retrying, from the Retry-After header of a 429. */
  readonly retryAfterSeconds: number | null;
  /** Correlates a 500 with the server log. */
  readonly ref: string | null;

  constructor(init: {
    id: string;
    status: number;
    message?: string;
    fields?: FieldError[];
    retryAfterSeconds?: number | null;
    ref?: string | null;
  }) {
    super(init.message ?? init.id);
    this.name = 'ApiError';
    this.id = init.id;
    this.status = init.status;
    this.fields = init.fields ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
    this.ref = init.ref ?? null;
  }

  fieldError(path: string): FieldError | undefined {
    return this.fields.find((field) => field.path === path);
  }
}

/** Retry-After is either delta-seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | null {
  if (header === null || header.trim() === '') return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/** Turns a non-2xx response body into an ApiError; a body that breaks the contract still yields one. */
export function parseErrorResponse(
  status: number,
  body: unknown,
  retryAfterHeader: string | null = null,
): ApiError {
  const retryAfterSeconds = parseRetryAfter(retryAfterHeader);
  const parsed = ApiErrorResponseSchema.safeParse(body);
  if (!parsed.success) {
    return new ApiError({
      id: status >= 500 ? 'internal_error' : 'invalid_response',
      status,
      retryAfterSeconds,
    });
  }
  const { id, message, fields, ref } = parsed.data.error;
  return new ApiError({ id, status, message, fields, ref, retryAfterSeconds });
}

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal;
}

export interface ApiClient {
  /** A request whose 2xx body is parsed with the shared schema. */
  request<T>(
    method: HttpMethod,
    path: string,
    schema: ResponseSchema<T>,
    options?: RequestOptions,
  ): Promise<T>;
  /** A request answered with 204 (or whose body the caller does not need). */
  requestNoContent(method: HttpMethod, path: string, options?: RequestOptions): Promise<void>;
}

/** Ids that mean "this session is no longer usable": the app reacts once, centrally. */
export const SESSION_ERROR_IDS = new Set(['unauthenticated', 'session_expired']);

export interface ApiClientOptions {
  /** Called for session-level refusals (signed out, expired, password change required). */
  onSessionError?: (error: ApiError) => void;
  fetch?: typeof fetch;
}

export function isSessionError(error: ApiError): boolean {
  return SESSION_ERROR_IDS.has(error.id) || error.id === 'password_change_required';
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Same-origin JSON client; cookies ride along, so the server's session and Origin checks apply. */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function send(method: HttpMethod, path: string, init: RequestOptions): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await doFetch(path, {
        method,
        headers,
        credentials: 'same-origin',
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: init.signal,
      });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
      throw new ApiError({ id: 'network_error', status: 0 });
    }
    if (!response.ok) {
      const error = parseErrorResponse(
        response.status,
        await readJson(response),
        response.headers.get('Retry-After'),
      );
      if (isSessionError(error)) options.onSessionError?.(error);
      throw error;
    }
    return response;
  }

  return {
    async request(method, path, schema, init = {}) {
      const response = await send(method, path, init);
      const body = await readJson(response);
      try {
        return schema.parse(body);
      } catch {
        throw new ApiError({ id: 'invalid_response', status: response.status });
      }
    },
    async requestNoContent(method, path, init = {}) {
      await send(method, path, init);
    },
  };
}

/**
 * A schema for `{ [key]: T }` built from the schema of T, for replies the contract describes only
 * by their inner type (e.g. `{ user: ManagedUser }`).
 */
export function wrappedIn<K extends string, T>(
  key: K,
  schema: ResponseSchema<T>,
): ResponseSchema<{ [P in K]: T }> {
  return {
    parse(data) {
      const inner = typeof data === 'object' && data !== null ? Reflect.get(data, key) : undefined;
      return { [key]: schema.parse(inner) } as { [P in K]: T };
    },
  };
}
