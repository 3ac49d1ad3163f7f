/**
 * Where a "Sign in with <institution>" button leads: the server's route that starts the sign-in
 * at that institution's identity provider and, once back, lands on `returnTo` (a path here).
 */
export function hospitalSignInHref(institutionCode: string, returnTo: string): string {
  const query = new URLSearchParams({ returnTo });
  return `/api/auth/oidc/${encodeURIComponent(institutionCode)}/login?${query.toString()}`;
}

/**
 * The refusal a hospital sign-in came back with (`/login?oidcError=<id>`), or null. Only hospital
 * sign-in's own ids count, so a crafted link cannot make the page announce something else.
 */
export function hospitalSignInRefusal(search: string): string | null {
  const id = new URLSearchParams(search).get('oidcError');
  return id !== null && /^oidc_[a-z_]{1,40}$/.test(id) ? id : null;
}
