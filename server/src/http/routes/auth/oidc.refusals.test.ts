import type { JWTPayload } from 'jose';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../../auth/cookies';
import type { DevAccount } from '../../../auth/oidc/devProvider';
import { describeEachDatabase } from '../../../test/databases';
import {
  expectSignInRefused,
  type ProviderSetup,
  signInAtProvider,
  signInThroughProvider,
  startSignIn,
  startWithProvider,
} from '../../../test/oidcFlow';
import { auditRows } from '../../../test/queries';
import type { TestClient } from '../../../test/testClient';

const CLINICIAN: DevAccount = {
  sub: 'berlin-radiologist',
  email: 'radiologist.berlin@konsil.test',
  name: 'Dr. Paul Richter',
  roles: ['tb-clinician'],
  emailVerified: true,
};

const nowSeconds = () => Math.floor(Date.now() / 1000);

describeEachDatabase('sign-in through a provider: what is refused', (dialect) => {
  let setup: ProviderSetup;

  beforeEach(async () => {
    setup = await startWithProvider({ dialect, accounts: [CLINICIAN] });
  });

  afterEach(async () => {
    await setup.close();
  });

  /** Refused back to the login page with `errorId`, no session, and the refusal audited. */
  async function expectRefused(
    callback: { status: number; headers: Headers; text: string },
    browser: TestClient,
    errorId: string,
  ) {
    await expectSignInRefused(callback, browser, errorId);
    const sessions = await setup.server.db.selectFrom('sessions').select('id').execute();
    expect(sessions, 'no session anywhere').toEqual([]);
    const refused = await auditRows(setup.server.db, { action: 'auth.oidc.refused' });
    expect(refused.map((row) => JSON.parse(row.details ?? '{}').reason)).toContain(errorId);
  }

  it('refuses a callback whose state was tampered with', async () => {
    const browser = setup.server.client();
    const callback = new URL(
      await signInAtProvider(await startSignIn(browser), CLINICIAN.sub),
      setup.server.baseUrl,
    );
    callback.searchParams.set('state', `${callback.searchParams.get('state')}x`);

    await expectRefused(
      await browser.get(`${callback.pathname}${callback.search}`),
      browser,
      'oidc_state_invalid',
    );
  });

  it('refuses a replayed callback, in the same browser and in another one', async () => {
    const browser = setup.server.client();
    const callback = await signInAtProvider(await startSignIn(browser), CLINICIAN.sub);
    const attemptCookie = browser.cookie('konsil_oidc_attempt');
    expect((await browser.get(callback)).status).toBe(303);
    expect(browser.cookie(SESSION_COOKIE)).toEqual(expect.any(String));
    await setup.server.db.deleteFrom('sessions').execute();

    const again = setup.server.client();
    if (attemptCookie) again.setCookie('konsil_oidc_attempt', attemptCookie);
    await expectRefused(await again.get(callback), again, 'oidc_state_invalid');
    const stranger = setup.server.client();
    await expectRefused(await stranger.get(callback), stranger, 'oidc_state_invalid');
  });

  it('refuses the callback of a sign-in that another browser started', async () => {
    const starter = setup.server.client();
    const callback = await signInAtProvider(await startSignIn(starter), CLINICIAN.sub);
    const victim = setup.server.client();
    await startSignIn(victim);

    await expectRefused(await victim.get(callback), victim, 'oidc_state_invalid');
  });

  it.each<[string, (claims: JWTPayload) => JWTPayload]>([
    ['without a nonce', ({ nonce: _nonce, ...claims }) => claims],
    ['from another issuer', (claims) => ({ ...claims, iss: 'http://127.0.0.1:9/other-realm' })],
    [
      'that has expired',
      (claims) => ({ ...claims, iat: nowSeconds() - 7200, exp: nowSeconds() - 3600 }),
    ],
    ['for another audience', (claims) => ({ ...claims, aud: 'another-app' })],
  ])('refuses an ID token %s', async (_label, change) => {
    setup.provider.rewriteIdTokens(change);
    const browser = setup.server.client();

    await expectRefused(
      await signInThroughProvider(browser, CLINICIAN.sub),
      browser,
      'oidc_token_invalid',
    );
  });

  it('refuses an ID token that carries the nonce of an earlier sign-in', async () => {
    let earlierNonce: unknown = null;
    setup.provider.rewriteIdTokens((claims) => {
      earlierNonce = claims.nonce;
      return claims;
    });
    expect((await signInThroughProvider(setup.server.client(), CLINICIAN.sub)).status).toBe(303);
    await setup.server.db.deleteFrom('sessions').execute();
    expect(earlierNonce).toEqual(expect.any(String));

    setup.provider.rewriteIdTokens((claims) => ({ ...claims, nonce: earlierNonce }));
    const browser = setup.server.client();
    await expectRefused(
      await signInThroughProvider(browser, CLINICIAN.sub),
      browser,
      'oidc_token_invalid',
    );
  });

  it('refuses an ID token whose signature is not from a key the provider publishes', async () => {
    setup.provider.rewriteIdTokens((claims) => claims, { forgeKey: true });
    const browser = setup.server.client();

    await expectRefused(
      await signInThroughProvider(browser, CLINICIAN.sub),
      browser,
      'oidc_token_invalid',
    );
  });

  it('refuses a callback that brings the provider’s error instead of a code', async () => {
    const browser = setup.server.client();
    await startSignIn(browser);
    const attempt = await setup.server.db
      .selectFrom('oidc_login_attempts')
      .select('state')
      .executeTakeFirstOrThrow();
    const query = new URLSearchParams({
      error: 'access_denied',
      state: attempt.state,
      iss: setup.provider.issuer,
    });

    await expectRefused(
      await browser.get(`/api/auth/oidc/CCCC/callback?${query}`),
      browser,
      'oidc_cancelled',
    );
  });
});
