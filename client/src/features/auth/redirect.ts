/** Reads one property of an unknown value without trusting its shape. */
function read(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}

/**
 * Where to continue after signing in: the page the guard sent the user away from, if it is a
 * path inside this app (never an absolute URL, so a crafted link cannot redirect elsewhere).
 */
export function redirectTarget(state: unknown): string {
  const from = read(state, 'from');
  const pathname = read(from, 'pathname');
  if (typeof pathname !== 'string' || !pathname.startsWith('/') || pathname.startsWith('//')) {
    return '/';
  }
  if (pathname === '/login' || pathname === '/password') return '/';
  const search = read(from, 'search');
  const hash = read(from, 'hash');
  return `${pathname}${typeof search === 'string' ? search : ''}${typeof hash === 'string' ? hash : ''}`;
}
