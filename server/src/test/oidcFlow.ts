import net from 'node:net';
import { expect } from 'vitest';
import { DEV_ROLE_MAPPING } from '../auth/oidc/devAccounts';
import { type DevAccount, type DevProvider, startDevProvider } from '../auth/oidc/devProvider';
import { parseOidcSettings } from '../auth/oidc/oidcConfig';
import type { DialectName } from '../storage/dialect';
import type { TestClient } from './testClient';
import { startTestServer, type TestServer } from './testServer';

export const OIDC_CLIENT = { clientId: 'konsil', clientSecret: 'konsil-test-secret' };

/** A port nobody listens on now: Konsil's config must name the provider before it starts. */
export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

export interface ProviderSetup {
  server: TestServer;
  provider: DevProvider;
  close(): Promise<void>;
}

/**
 * Konsil with the Berlin institution (CCCC) signing in at a real local provider, and that
 * provider knowing Konsil's callback and back-channel logout URIs.
 */
export async function startWithProvider(options: {
  dialect: DialectName;
  accounts: DevAccount[];
  institution?: Record<string, unknown>;
}): Promise<ProviderSetup> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const oidc = parseOidcSettings(
    {
      institutions: {
        CCCC: {
          issuer,
          ...OIDC_CLIENT,
          scopes: ['openid', 'email', 'profile'],
          roleClaim: 'roles',
          roles: DEV_ROLE_MAPPING,
          ...options.institution,
        },
      },
    },
    {},
  );
  const server = await startTestServer({ dialect: options.dialect, config: { oidc } });
  const provider = await startDevProvider({
    port,
    clients: [
      {
        ...OIDC_CLIENT,
        redirectUris: [`${server.baseUrl}/api/auth/oidc/CCCC/callback`],
        backchannelLogoutUri: `${server.baseUrl}/api/auth/oidc/CCCC/backchannel-logout`,
        postLogoutRedirectUris: [`${server.baseUrl}/login`],
      },
    ],
    accounts: options.accounts,
  });
  return {
    server,
    provider,
    async close() {
      await server.close();
      await provider.close();
    },
  };
}

/** One browser's cookies at the provider (its login pages set several, per path). */
class ProviderCookies {
  private readonly cookies = new Map<string, string>();

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const isExpired = /max-age=0/i.test(line) || /expires=Thu, 01 Jan 1970/i.test(line);
      if (isExpired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/**
 * Signs in at the provider the way a person does in a browser: follows the redirects, fills its
 * login form with the account's `sub` (any password), and stops at the redirect back to Konsil.
 * Returns that callback's path and query, for the Konsil browser to open.
 */
export async function signInAtProvider(authorizationUrl: string, sub: string): Promise<string> {
  const cookies = new ProviderCookies();
  let url = new URL(authorizationUrl);
  const providerOrigin = url.origin;
  let form: URLSearchParams | null = null;
  for (let step = 0; step < 12; step += 1) {
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      headers: {
        cookie: cookies.header(),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form ?? undefined,
      redirect: 'manual',
    });
    cookies.take(response);
    form = null;
    const location = response.headers.get('location');
    if (location) {
      const next = new URL(location, url);
      if (next.origin !== providerOrigin) return `${next.pathname}${next.search}`;
      url = next;
      continue;
    }
    const page = await response.text();
    expect(response.status, page.slice(0, 500)).toBe(200);
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
    expect(page, 'the provider shows its login form').toContain('name="login"');
    if (!action) throw new Error('no form on the provider page');
    url = new URL(action.replaceAll('&amp;', '&'), url);
    form = new URLSearchParams({ prompt: 'login', login: sub, password: 'any password' });
  }
  throw new Error('the provider never sent the browser back to Konsil');
}

/** Starts the sign-in at Konsil; returns the provider URL it redirects to. */
export async function startSignIn(browser: TestClient, code = 'CCCC', returnTo?: string) {
  const query = returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : '';
  const response = await browser.get(`/api/auth/oidc/${code}/login${query}`);
  expect(response.status, response.text).toBe(303);
  return response.headers.get('location') ?? '';
}

/** The whole journey: Konsil → provider login → callback; returns the callback's answer. */
export async function signInThroughProvider(browser: TestClient, sub: string, returnTo?: string) {
  const authorizationUrl = await startSignIn(browser, 'CCCC', returnTo);
  const callback = await signInAtProvider(authorizationUrl, sub);
  return browser.get(callback);
}
