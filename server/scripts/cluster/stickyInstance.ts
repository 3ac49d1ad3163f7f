import type { IncomingMessage } from 'node:http';
import { readCookie, serializeCookie } from '../../src/auth/cookies';

/** The balancer's cookie: which instance a browser stays on while that instance is healthy. */
export const INSTANCE_COOKIE = 'konsil_instance';

export function stickyNameOf(req: IncomingMessage): string | undefined {
  return readCookie(req.headers.cookie, INSTANCE_COOKIE) ?? undefined;
}

/**
 * A session cookie, so a browser restart may land elsewhere; HttpOnly because pages have no
 * business with it; Lax like the session cookie, so a link from elsewhere keeps the instance.
 */
export function stickyCookieFor(instanceName: string): string {
  return serializeCookie(INSTANCE_COOKIE, instanceName, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
  });
}
