import { MeResponseSchema, OidcInstitutionListSchema } from '@konsil/shared';
import { afterEach, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../../auth/cookies';
import type { DevAccount } from '../../../auth/oidc/devProvider';
import { parseOidcSettings } from '../../../auth/oidc/oidcConfig';
import { apiError, fieldPaths, signIn } from '../../../test/api';
import { describeEachDatabase } from '../../../test/databases';
import {
  expectSignInRefused,
  freePort,
  OIDC_CLIENT,
  type ProviderSetup,
  signInAtProvider,
  signInThroughProvider,
  startSignIn,
  startWithProvider,
} from '../../../test/oidcFlow';
import { auditRows, sessionCountOf, userIdOf } from '../../../test/queries';
import type { TestClient } from '../../../test/testClient';
import { startTestServer, type TestServer } from '../../../test/testServer';

const RADIOLOGIST: DevAccount = {
  sub: 'berlin-radiologist',
  email: 'radiologist.berlin@konsil.test',
  name: 'Dr. Paul Richter',
  roles: ['tb-clinician'],
  emailVerified: true,
};
/** The demo's Berlin coordinator, as the hospital's provider knows her. */
const COORDINATOR: DevAccount = {
  sub: 'berlin-coordinator',
  email: 'coordinator.berlin@konsil.test',
  name: 'Anna Berger',
  roles: ['tb-coordinator', 'tb-clinician'],
  emailVerified: true,
};

async function meOf(browser: TestClient) {
  const response = await browser.get('/api/auth/me');
  expect(response.status, 'signed in').toBe(200);
  return MeResponseSchema.parse(response.body).user;
}

describeEachDatabase('sign-in through the institution’s identity provider', (dialect) => {
  let setup: ProviderSetup | null = null;
  let plainServer: TestServer | null = null;

  afterEach(async () => {
    await setup?.close();
    await plainServer?.close();
    setup = null;
    plainServer = null;
  });

  async function start(accounts: DevAccount[], institution: Record<string, unknown> = {}) {
    setup = await startWithProvider({ dialect, accounts, institution });
    return setup;
  }

  it('creates the user at first sign-in from the claims and lands on the page asked for', async () => {
    const { server } = await start([RADIOLOGIST]);
    const browser = server.client();

    const callback = await signInThroughProvider(browser, RADIOLOGIST.sub, '/boards?view=past');

    expect(callback.status, callback.text).toBe(303);
    expect(callback.headers.get('location')).toBe('/boards?view=past');
    expect(await meOf(browser)).toMatchObject({
      name: 'Dr. Paul Richter',
      email: 'radiologist.berlin@konsil.test',
      role: 'clinician',
      institution: { code: 'CCCC' },
      mustChangePassword: false,
    });
    const userId = await userIdOf(server.db, RADIOLOGIST.email);
    const audited = await auditRows(server.db, { actorUserId: userId });
    expect(audited.map((row) => row.action)).toEqual(['auth.oidc.provisioned', 'auth.oidc.login']);
    // The attempt is used up: nothing of it stays in the database.
    expect(await server.db.selectFrom('oidc_login_attempts').selectAll().execute()).toEqual([]);
    // A provisioned user has no password to sign in with.
    expect(apiError(await server.client().login(RADIOLOGIST.email))).toMatchObject({
      status: 401,
      id: 'invalid_credentials',
    });
  });

  it('links the existing account with the same verified email instead of making a second one', async () => {
    const { server } = await start([COORDINATOR]);
    const existingId = await userIdOf(server.db, COORDINATOR.email);
    const browser = server.client();

    await signInThroughProvider(browser, COORDINATOR.sub);
    await signInThroughProvider(server.client(), COORDINATOR.sub);

    // The first mapping in the configuration she holds decides: coordinator before clinician.
    expect(await meOf(browser)).toMatchObject({ id: existingId, role: 'coordinator' });
    const sameEmail = await server.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', COORDINATOR.email)
      .execute();
    expect(sameEmail).toEqual([{ id: existingId }]);
    const identities = await server.db.selectFrom('user_identities').selectAll().execute();
    expect(identities.map((row) => [row.subject, row.user_id])).toEqual([
      [COORDINATOR.sub, existingId],
    ]);
    const audited = await auditRows(server.db, { actorUserId: existingId });
    expect(audited.map((row) => row.action)).toEqual([
      'auth.oidc.linked',
      'auth.oidc.login',
      'auth.oidc.login',
    ]);
    // Passwords are still allowed at this institution: her password goes on working.
    expect((await server.client().login(COORDINATOR.email)).status).toBe(200);
  });

  it('makes one user when the same person signs in for the first time in two browsers at once', async () => {
    const { server } = await start([RADIOLOGIST]);
    const browsers = [server.client(), server.client()];
    const callbacks = await Promise.all(
      browsers.map(async (browser) =>
        signInAtProvider(await startSignIn(browser), RADIOLOGIST.sub),
      ),
    );

    const answers = await Promise.all(
      browsers.map((browser, index) => browser.get(callbacks[index] ?? '')),
    );

    expect(answers.map((answer) => answer.headers.get('location'))).toEqual(['/', '/']);
    const users = await server.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', RADIOLOGIST.email)
      .execute();
    expect(users).toHaveLength(1);
    for (const browser of browsers) expect((await meOf(browser)).id).toBe(users[0]?.id);
  });

  it('takes name and role from the provider at every later sign-in, and narrows access at once', async () => {
    const { server, provider } = await start([RADIOLOGIST]);
    const first = server.client();
    await signInThroughProvider(first, RADIOLOGIST.sub);
    expect(await meOf(first)).toMatchObject({ role: 'clinician' });

    provider.putAccount({ ...RADIOLOGIST, name: 'Prof. Paul Richter', roles: ['tb-observer'] });
    const second = server.client();
    await signInThroughProvider(second, RADIOLOGIST.sub);

    // Both browsers see the new role: it belongs to the user, not to one session.
    for (const browser of [first, second]) {
      expect(await meOf(browser)).toMatchObject({ name: 'Prof. Paul Richter', role: 'observer' });
    }
    const changed = await auditRows(server.db, { action: 'auth.oidc.role_changed' });
    expect(changed.map((row) => JSON.parse(row.details ?? '{}'))).toEqual([
      { institution: 'CCCC', from: 'clinician', to: 'observer' },
    ]);
  });

  it('refuses someone whose provider roles map to no Konsil role: a clear reason, no user, no session', async () => {
    const { server } = await start([{ ...RADIOLOGIST, roles: ['library-reader'] }]);
    const browser = server.client();

    await expectSignInRefused(
      await signInThroughProvider(browser, RADIOLOGIST.sub),
      browser,
      'oidc_no_role',
    );

    const created = await server.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', RADIOLOGIST.email)
      .execute();
    expect(created).toEqual([]);
    const refused = await auditRows(server.db, { action: 'auth.oidc.refused' });
    expect(refused.map((row) => JSON.parse(row.details ?? '{}'))).toEqual([
      { institution: 'CCCC', reason: 'oidc_no_role' },
    ]);
  });

  it('ends the sessions the provider gave someone whose last Konsil role it took away', async () => {
    const { server, provider } = await start([RADIOLOGIST]);
    const earlier = server.client();
    await signInThroughProvider(earlier, RADIOLOGIST.sub);
    const userId = await userIdOf(server.db, RADIOLOGIST.email);

    provider.putAccount({ ...RADIOLOGIST, roles: [] });
    const browser = server.client();
    await expectSignInRefused(
      await signInThroughProvider(browser, RADIOLOGIST.sub),
      browser,
      'oidc_no_role',
    );

    expect((await earlier.get('/api/auth/me')).status).toBe(401);
    expect(await sessionCountOf(server.db, userId)).toBe(0);
  });

  it.each([
    ['not verified by the provider', { emailVerified: false }, {}],
    [
      'of a domain the institution does not name',
      { email: 'radiologist@elsewhere.example' },
      { emailDomains: ['konsil.test'] },
    ],
  ])('creates and links no one with an email %s', async (_label, account, institution) => {
    const { server } = await start([{ ...RADIOLOGIST, ...account }], institution);
    const browser = server.client();

    await expectSignInRefused(
      await signInThroughProvider(browser, RADIOLOGIST.sub),
      browser,
      'oidc_email_unverified',
    );
    expect(await server.db.selectFrom('user_identities').selectAll().execute()).toEqual([]);
  });

  it('never links an account of another institution that has the same email', async () => {
    const { server } = await start([{ ...RADIOLOGIST, email: 'oncologist.seoul@konsil.test' }]);
    const browser = server.client();

    await expectSignInRefused(
      await signInThroughProvider(browser, RADIOLOGIST.sub),
      browser,
      'oidc_account_unavailable',
    );
    expect(await server.db.selectFrom('user_identities').selectAll().execute()).toEqual([]);
  });

  it('refuses someone whose Konsil account an admin deactivated, whatever the provider says', async () => {
    const { server } = await start([RADIOLOGIST]);
    await signInThroughProvider(server.client(), RADIOLOGIST.sub);
    await server.db
      .updateTable('users')
      .set({ is_active: 0 })
      .where('email', '=', RADIOLOGIST.email)
      .execute();
    const browser = server.client();

    await expectSignInRefused(
      await signInThroughProvider(browser, RADIOLOGIST.sub),
      browser,
      'oidc_account_unavailable',
    );
  });

  it('lists the institutions with a provider for the login page, without a session', async () => {
    const { server } = await start([], { allowPasswords: false });

    const response = await server.client().get('/api/auth/oidc/institutions');

    expect(response.status).toBe(200);
    expect(OidcInstitutionListSchema.parse(response.body)).toEqual({
      institutions: [
        { code: 'CCCC', name: 'Charité Comprehensive Cancer Center', allowPasswords: false },
      ],
    });
  });

  it('sends a sign-in for an institution without a provider back to the login page', async () => {
    const { server } = await start([]);
    const browser = server.client();

    const response = await browser.get('/api/auth/oidc/SCCC/login');

    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/login?oidcError=oidc_not_configured');
  });

  it.each([['//evil.example/boards'], ['/\\evil.example'], ['https://evil.example/'], ['boards']])(
    'refuses a return path that could leave the site: %s',
    async (returnTo) => {
      const { server } = await start([]);

      const response = await server
        .client()
        .get(`/api/auth/oidc/CCCC/login?returnTo=${encodeURIComponent(returnTo)}`);

      expect(apiError(response)).toMatchObject({ status: 400, id: 'validation_failed' });
      expect(fieldPaths(response)).toEqual(['returnTo']);
    },
  );

  it('says the provider is unavailable when it cannot be reached, and starts without it', async () => {
    const port = await freePort();
    const oidc = parseOidcSettings(
      {
        institutions: {
          CCCC: { issuer: `http://127.0.0.1:${port}`, ...OIDC_CLIENT, roles: { x: 'observer' } },
        },
      },
      {},
    );
    plainServer = await startTestServer({ dialect, config: { oidc } });
    const browser = plainServer.client();

    const response = await browser.get('/api/auth/oidc/CCCC/login');

    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/login?oidcError=oidc_provider_unavailable');
    // Password sign-in is not held up by a provider being down.
    expect(
      (await signIn(plainServer, 'coordinator.berlin@konsil.test')).cookie(SESSION_COOKIE),
    ).toEqual(expect.any(String));
  });

  it('refuses password sign-in for the institution that turned it off, and only for that one', async () => {
    const { server } = await start([], { allowPasswords: false });

    const berlin = await server.client().login('coordinator.berlin@konsil.test');
    expect(apiError(berlin)).toMatchObject({ status: 403, id: 'password_login_disabled' });
    // A wrong password still reads as a wrong password: the refusal tells nothing to guessers.
    const guessed = await server.client().login('coordinator.berlin@konsil.test', 'wrong guess');
    expect(apiError(guessed)).toMatchObject({ status: 401, id: 'invalid_credentials' });
    expect((await server.client().login('coordinator.seoul@konsil.test')).status).toBe(200);

    const refused = await auditRows(server.db, { action: 'auth.login_failed' });
    expect(refused.map((row) => JSON.parse(row.details ?? 'null'))).toEqual([
      { reason: 'password_login_disabled' },
      null,
    ]);
  });

  it('keeps the attempt for ten minutes at most', async () => {
    const { server, provider } = await start([RADIOLOGIST]);
    const browser = server.client();
    const authorizationUrl = await startSignIn(browser);
    expect(authorizationUrl.startsWith(`${provider.issuer}/`)).toBe(true);

    server.clock.advanceMinutes(10.01);
    const callback = await browser.get(await signInAtProvider(authorizationUrl, RADIOLOGIST.sub));

    await expectSignInRefused(callback, browser, 'oidc_state_invalid');
  });
});
