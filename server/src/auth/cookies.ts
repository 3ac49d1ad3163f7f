import { parse, type SerializeOptions, serialize } from 'cookie';

export const SESSION_COOKIE = 'konsil_session';
/** Marks a browser that has signed in to an account before; see loginThrottle. */
export const DEVICE_COOKIE = 'konsil_device';

export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  try {
    return parse(header)[name] ?? null;
  } catch {
    return null;
  }
}

export function cookieOptions(secure: boolean, maxAgeSeconds: number): SerializeOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: maxAgeSeconds };
}

export function serializeCookie(name: string, value: string, options: SerializeOptions): string {
  return serialize(name, value, options);
}
