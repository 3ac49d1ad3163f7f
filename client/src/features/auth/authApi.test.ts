import { describe, expect, it } from 'vitest';
import { ApiError, createApiClient } from '../../lib/api';
import { fetchHospitalSignIns, logout } from './authApi';

/** A client whose every request gets this one answer. */
function clientAnswering(answer: () => Response) {
  return createApiClient({ fetch: async () => answer() });
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

describe('signing out', () => {
  it('has nowhere else to go after a password sign-in (204)', async () => {
    const api = clientAnswering(() => new Response(null, { status: 204 }));

    expect(await logout(api)).toBeNull();
  });

  it('goes to the provider’s end-session page after a hospital sign-in', async () => {
    const endSession = 'https://login.example.org/session/end?id_token_hint=x';
    const api = clientAnswering(() => json(200, { redirectTo: endSession }));

    expect(await logout(api)).toBe(endSession);
  });

  it('refuses an answer that names no URL to go to', async () => {
    const api = clientAnswering(() => json(200, { redirectTo: 'javascript:alert(1)' }));

    await expect(logout(api)).rejects.toMatchObject({ id: 'invalid_response' });
  });
});

describe('the hospitals offering their own sign-in', () => {
  it('lists them as the server names them', async () => {
    const charite = { code: 'CCCC', name: 'Charité', allowPasswords: true };
    const api = clientAnswering(() => json(200, { institutions: [charite] }));

    expect(await fetchHospitalSignIns(api)).toEqual([charite]);
  });

  it('fails rather than show a list of another shape', async () => {
    const api = clientAnswering(() => json(200, { institutions: [{ code: 'CCCC' }] }));

    await expect(fetchHospitalSignIns(api)).rejects.toBeInstanceOf(ApiError);
  });
});
