/**
 * A tiny HTTP client with a cookie jar, standing in for one browser. Sends the
 * server's own Origin on every request unless told otherwise.
 */
export class TestClient {
  private readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    private readonly defaults: { origin?: string | null; forwardedFor?: string } = {},
  ) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  async request(
    method: string,
    path: string,
    options: {
      body?: unknown;
      rawBody?: string;
      origin?: string | null;
      headers?: Record<string, string>;
    } = {},
  ): Promise<{ status: number; headers: Headers; body: unknown; text: string }> {
    const headers: Record<string, string> = { ...options.headers };
    const defaultOrigin = this.defaults.origin === undefined ? this.baseUrl : this.defaults.origin;
    const origin = options.origin === undefined ? defaultOrigin : options.origin;
    if (origin) headers.origin = origin;
    if (this.defaults.forwardedFor) headers['x-forwarded-for'] = this.defaults.forwardedFor;
    if (this.cookies.size > 0) headers.cookie = this.cookieHeader;
    let body: string | undefined;
    if (options.rawBody !== undefined) {
      body = options.rawBody;
      headers['content-type'] ??= 'application/json';
    } else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body,
      redirect: 'manual',
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      if (/max-age=0/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    return { status: response.status, headers: response.headers, body: parsed, text };
  }

  get(path: string, options?: { origin?: string | null; headers?: Record<string, string> }) {
    return this.request('GET', path, options);
  }

  post(path: string, body?: unknown, options: { origin?: string | null } = {}) {
    return this.request('POST', path, { ...options, body });
  }

  put(path: string, body?: unknown) {
    return this.request('PUT', path, { body });
  }

  patch(path: string, body?: unknown) {
    return this.request('PATCH', path, { body });
  }

  /** A binary download (a PDF), with this browser's cookies. */
  async getBytes(path: string): Promise<{ status: number; headers: Headers; bytes: Uint8Array }> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      headers: { origin: this.baseUrl, cookie: this.cookieHeader },
      redirect: 'manual',
    });
    return {
      status: response.status,
      headers: response.headers,
      bytes: new Uint8Array(await response.arrayBuffer()),
    };
  }

  async login(email: string, password = 'konsil-demo') {
    return this.post('/api/auth/login', { email, password });
  }
}
