import { ApiError } from './apiError';

export { ApiError, toApiError } from './apiError';

/**
 * Any schema with zod's `parse`; kept structural so the client needs no direct zod import.
 * `parse` may be async, for schemas that load on demand (see `lazySchema`).
 */
export interface ResponseSchema<T> {
  parse(data: unknown): T | Promise<T>;
}

/** A schema fetched only when a response arrives, so a request never waits for the contract. */
export function lazySchema<T>(load: () => Promise<ResponseSchema<T>>): ResponseSchema<T> {
  return {
    async parse(data) {
      return (await load()).parse(data);
    },
  };
}

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions {
  body?: unknown;
  /** A body sent as it is, e.g. a file's text, in its own media type (instead of `body`). */
  rawBody?: { text: string; contentType: string };
  signal?: AbortSignal;
  /**
   * For the startup session check: a 401 simply means "signed out", so its body is not parsed.
   * That keeps the contract schemas (and zod) out of the sign-in page's first load.
   */
  isSessionProbe?: boolean;
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

export interface ApiClientOptions {
  /** Called for session-level refusals (signed out, expired, password change required). */
  onSessionError?: (error: ApiError) => void;
  fetch?: typeof fetch;
}

const SESSION_ERROR_IDS = new Set([
  'unauthenticated',
  'session_expired',
  'password_change_required',
]);

/** Ids that mean "this session cannot go on as it is": the app reacts once, centrally. */
export function isSessionError(error: ApiError): boolean {
  return SESSION_ERROR_IDS.has(error.id);
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

async function errorFromResponse(response: Response): Promise<ApiError> {
  // Loaded on demand: error parsing needs the shared zod schemas, the sign-in page does not.
  const [{ parseErrorResponse }, body] = await Promise.all([
    import('./parseErrorResponse'),
    readJson(response),
  ]);
  return parseErrorResponse(response.status, body, response.headers.get('Retry-After'));
}

/** Same-origin JSON client; cookies ride along, so the server's session and Origin checks apply. */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function send(method: HttpMethod, path: string, init: RequestOptions): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    let body: string | undefined;
    if (init.rawBody) {
      headers['Content-Type'] = init.rawBody.contentType;
      body = init.rawBody.text;
    } else if (init.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(init.body);
    }
    let response: Response;
    try {
      response = await doFetch(path, {
        method,
        headers,
        credentials: 'same-origin',
        body,
        signal: init.signal,
      });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
      throw new ApiError({ id: 'network_error', status: 0 });
    }
    if (response.ok) return response;
    if (init.isSessionProbe && response.status === 401) {
      throw new ApiError({ id: 'unauthenticated', status: 401 });
    }
    const error = await errorFromResponse(response);
    if (isSessionError(error)) options.onSessionError?.(error);
    throw error;
  }

  return {
    async request(method, path, schema, init = {}) {
      const response = await send(method, path, init);
      const body = await readJson(response);
      try {
        return await schema.parse(body);
      } catch {
        throw new ApiError({ id: 'invalid_response', status: response.status });
      }
    },
    async requestNoContent(method, path, init = {}) {
      await send(method, path, init);
    },
  };
}
