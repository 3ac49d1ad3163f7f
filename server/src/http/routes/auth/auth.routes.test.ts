import { ApiErrorResponseSchema, LIMITS, MeResponseSchema } from '@konsil/shared';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/databases';
import { startTestServer, type TestServer } from '../../../test/testServer';

const COORDINATOR = 'coordinator.berlin@konsil.test';

function errorId(body: unknown): string {
  return ApiErrorResponseSchema.parse(body).error.id;
}

describeEachDatabase('auth routes', (dialect) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer({ dialect });
  });
  afterEach(async () => {
    await server.close();
  });

  it('signs in with the right password and shows who the user is', async () => {
    const browser = server.client();
    const login = await browser.login(COORDINATOR);
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie().find((line) => line.startsWith('konsil_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);

    const me = await browser.get('/api/auth/me');
    expect(me.status).toBe(200);
    const { user } = MeResponseSchema.parse(me.body);
    expect(user.email).toBe(COORDINATOR);
    expect(user.role).toBe('coordinator');
    expect(user.institution).toMatchObject({
      code: 'CCCC',
      timeZone: 'Europe/Berlin',
      locale: 'de',
    });
  });

  it('answers a wrong password, an unknown email and a deactivated account the same way', async () => {
    const wrong = await server.client().login(COORDINATOR, 'not-the-password');
    expect(wrong.status).toBe(401);
    expect(errorId(wrong.body)).toBe('invalid_credentials');
    expect(wrong.headers.getSetCookie()).toEqual([]);

    const unknown = await server.client().login('nobody@konsil.test', 'konsil-demo');
    expect(unknown.status).toBe(401);
    expect(errorId(unknown.body)).toBe('invalid_credentials');

    await server.db
      .updateTable('users')
      .set({ is_active: 0 })
      .where('email', '=', COORDINATOR)
      .execute();
    const inactive = await server.client().login(COORDINATOR);
    expect(inactive.status).toBe(401);
    expect(errorId(inactive.body)).toBe('invalid_credentials');
  });

  it('records logins and failed logins in the audit trail', async () => {
    await server.client().login(COORDINATOR, 'wrong-password');
    await server.client().login(COORDINATOR);
    const rows = await server.db
      .selectFrom('audit_events')
      .select(['action', 'outcome', 'actor_user_id', 'object_type'])
      .orderBy('seq')
      .execute();
    expect(rows.map((row) => [row.action, row.outcome])).toEqual([
      ['auth.login_failed', 'refused'],
      ['auth.login', 'allowed'],
    ]);
    expect(rows[0]?.actor_user_id).toBeNull();
    expect(rows[1]?.actor_user_id).not.toBeNull();
  });

  it('rejects a malformed login with field errors', async () => {
    const response = await server
      .client()
      .post('/api/auth/login', { email: 'not-an-email', password: '' });
    expect(response.status).toBe(400);
    const { error } = ApiErrorResponseSchema.parse(response.body);
    expect(error.id).toBe('validation_failed');
    expect(error.fields?.map((field) => field.path).sort()).toEqual(['email', 'password']);
  });

  it('rotates the session id at login and never reuses the old one', async () => {
    const browser = server.client();
    await browser.login(COORDINATOR);
    const first = browser.cookie('konsil_session');
    await browser.login(COORDINATOR);
    const second = browser.cookie('konsil_session');
    expect(first).toBeTruthy();
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);

    const stale = server.client();
    stale.setCookie('konsil_session', first ?? '');
    const me = await stale.get('/api/auth/me');
    expect(me.status).toBe(401);
    expect(errorId(me.body)).toBe('session_expired');
    expect((await browser.get('/api/auth/me')).status).toBe(200);
  });

  it('stores only a digest of the session token', async () => {
    const browser = server.client();
    await browser.login(COORDINATOR);
    const token = browser.cookie('konsil_session') ?? '';
    const rows = await server.db.selectFrom('sessions').select('id').execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.id).not.toBe(token);
    expect(rows[0]?.id).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ends the session at logout', async () => {
    const browser = server.client();
    await browser.login(COORDINATOR);
    const logout = await browser.post('/api/auth/logout');
    expect(logout.status).toBe(204);
    expect(browser.cookie('konsil_session')).toBeUndefined();
    expect((await browser.get('/api/auth/me')).status).toBe(401);
    const actions = await server.db
      .selectFrom('audit_events')
      .select('action')
      .orderBy('seq')
      .execute();
    expect(actions.map((row) => row.action)).toContain('auth.logout');
    expect(await server.db.selectFrom('sessions').selectAll().execute()).toEqual([]);
  });

  it('expires a session after 12 idle hours', async () => {
    const browser = server.client();
    await browser.login(COORDINATOR);
    server.clock.advanceHours(LIMITS.session.idleHours - 0.1);
    expect((await browser.get('/api/auth/me')).status).toBe(200);
    // Activity resets the idle clock...
    server.clock.advanceHours(LIMITS.session.idleHours - 0.1);
    expect((await browser.get('/api/auth/me')).status).toBe(200);
    // ...but 12 quiet hours end it.
    server.clock.advanceHours(LIMITS.session.idleHours);
    const me = await browser.get('/api/auth/me');
    expect(me.status).toBe(401);
    expect(errorId(me.body)).toBe('session_expired');
  });

  it('expires a session 24 hours after login even when it is in constant use', async () => {
    const browser = server.client();
    await browser.login(COORDINATOR);
    for (let hour = 0; hour < 23; hour += 1) {
      server.clock.advanceHours(1);
      expect((await browser.get('/api/auth/me')).status).toBe(200);
    }
    server.clock.advanceHours(1);
    const me = await browser.get('/api/auth/me');
    expect(me.status).toBe(401);
    expect(errorId(me.body)).toBe('session_expired');
  });

  it('answers 401 without a session', async () => {
    const me = await server.client().get('/api/auth/me');
    expect(me.status).toBe(401);
    expect(errorId(me.body)).toBe('unauthenticated');
    const boards = await server.client().get('/api/boards');
    expect(boards.status).toBe(401);
  });
});

it('marks the session cookie Secure behind https', async () => {
  const server = await startTestServer();
  try {
    const browser = server.client();
    const login = await browser.request('POST', '/api/auth/login', {
      body: { email: COORDINATOR, password: 'konsil-demo' },
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie().find((line) => line.startsWith('konsil_session='));
    expect(cookie).toMatch(/;\s*Secure/i);
  } finally {
    await server.close();
  }
});
