import net from 'node:net';
import { expect } from 'vitest';
import { SESSION_COOKIE } from '../auth/cookies';
import { DEV_ROLE_MAPPING } from '../auth/oidc/devAccounts';
import { type DevAccount, type DevProvider, startDevProvider } from '../auth/oidc/devProvider';
import { parseOidcSettings } from '../auth/oidc/oidcConfig';
import type { DialectName } from '../storage/dialect';
import { apiError } from './api';
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

/**
 * One person's browser at the provider: its cookies (the login pages set several, per path), so
 * that a later visit finds the provider session again (single sign-on, logout at the provider).
 */
export class ProviderBrowser {
  private readonly cookies = new Map<string, string>();

  /**
   * Signs in the way a person does: follows the redirects, fills the login form with the
   * account's `sub` (any password) when the provider asks, and stops at the redirect back to
   * Konsil. Returns that callback's path and query, for the Konsil browser to open.
   */
  async signIn(authorizationUrl: string, sub: string): Promise<string> {
    const back = await this.browse(new URL(authorizationUrl), (page) => {
      expect(page, 'the provider shows its login form').toContain('name="login"');
      return { prompt: 'login', login: sub, password: 'any password' };
    });
    if (!back) throw new Error('the provider never sent the browser back to Konsil');
    return back;
  }

  /**
   * Signs out at the provider's own logout page (confirming "yes"): the provider then sends its
   * back-channel logout to every client the session signed in to before it answers.
   */
  async logOut(issuer: string): Promise<void> {
    await this.browse(new URL('/session/end', issuer), (page) => {
      expect(page, 'the provider asks to confirm the logout').toContain('op.logoutForm');
      const xsrf = /name="xsrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
      return { xsrf, logout: 'yes' };
    });
  }

  /**
   * Follows redirects and submits the page's first form with `fill`'s fields, until the
   * provider redirects elsewhere (returned as path and query) or answers with neither.
   */
  private async browse(
    start: URL,
    fill: (page: string) => Record<string, string>,
  ): Promise<string | null> {
    const providerOrigin = start.origin;
    let url = start;
    let form: URLSearchParams | null = null;
    let submitted = 0;
    for (let step = 0; step < 12; step += 1) {
      const response = await fetch(url, {
        method: form ? 'POST' : 'GET',
        headers: {
          cookie: this.header(),
          ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        body: form ?? undefined,
        redirect: 'manual',
      });
      this.take(response);
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
      if (!action || submitted > 0) return null;
      url = new URL(action.replaceAll('&amp;', '&'), url);
      form = new URLSearchParams(fill(page));
      submitted += 1;
    }
    throw new Error('the provider kept redirecting');
  }

  private header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private take(response: Response): void {
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

/** Signs in at the provider in a browser of its own (see ProviderBrowser.signIn). */
export function signInAtProvider(authorizationUrl: string, sub: string): Promise<string> {
  return new ProviderBrowser().signIn(authorizationUrl, sub);
}

/** Starts the sign-in at Konsil; returns the provider URL it redirects to. */
export async function startSignIn(browser: TestClient, code = 'CCCC', returnTo?: string) {
  const query = returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : '';
  const response = await browser.get(`/api/auth/oidc/${code}/login${query}`);
  expect(response.status, response.text).toBe(303);
  return response.headers.get('location') ?? '';
}

/**
 * The whole journey: Konsil → provider login → callback; returns the callback's answer. Pass the
 * same `at` for several Konsil browsers to sign in with one provider session (one sid).
 */
export async function signInThroughProvider(
  browser: TestClient,
  sub: string,
  returnTo?: string,
  at: ProviderBrowser = new ProviderBrowser(),
) {
  const authorizationUrl = await startSignIn(browser, 'CCCC', returnTo);
  return browser.get(await at.signIn(authorizationUrl, sub));
}

/** A refused sign-in: back to the login page with the reason, and no session for this browser. */
export async function expectSignInRefused(
  callback: { status: number; headers: Headers; text: string },
  browser: TestClient,
  errorId: string,
) {
  expect(callback.status, callback.text).toBe(303);
  expect(callback.headers.get('location')).toBe(`/login?oidcError=${errorId}`);
  expect(browser.cookie(SESSION_COOKIE)).toBeUndefined();
  expect(apiError(await browser.get('/api/auth/me'))).toMatchObject({ status: 401 });
}
