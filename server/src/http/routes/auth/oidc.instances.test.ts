import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type KonsilApp } from '../../../app';
import { SESSION_COOKIE } from '../../../auth/cookies';
import { DEV_ROLE_MAPPING } from '../../../auth/oidc/devAccounts';
import type { DevAccount, DevProvider } from '../../../auth/oidc/devProvider';
import { startDevProvider } from '../../../auth/oidc/devProvider';
import { parseOidcSettings } from '../../../auth/oidc/oidcConfig';
import { createLogger } from '../../../logger';
import { seedDemoIfEmpty } from '../../../storage/seed/seedDemo';
import { createTestDatabase, isDialectAvailable, type TestDatabase } from '../../../test/databases';
import { FakeClock } from '../../../test/fakeClock';
import { freePort, OIDC_CLIENT, signInAtProvider, startSignIn } from '../../../test/oidcFlow';
import { TestClient } from '../../../test/testClient';
import { testConfig } from '../../../test/testConfig';
import { OIDC_ATTEMPT_COOKIE } from './oidc.routes';

const CLINICIAN: DevAccount = {
  sub: 'berlin-radiologist',
  email: 'radiologist.berlin@konsil.test',
  name: 'Dr. Paul Richter',
  roles: ['tb-clinician'],
  emailVerified: true,
};

/**
 * Two instances of Konsil on one PostgreSQL database behind one public URL (A's), the way a
 * balancer presents a cluster: a sign-in may start on one and come back to the other.
 */
describe.skipIf(!isDialectAvailable('postgres'))('hospital sign-in across instances', () => {
  let database: TestDatabase;
  let provider: DevProvider;
  const apps: KonsilApp[] = [];
  const urls: string[] = [];

  beforeEach(async () => {
    database = await createTestDatabase('postgres');
    const clock = new FakeClock();
    await seedDemoIfEmpty(database.db, clock.now(), { boards: false });
    const [providerPort, portA, portB] = [await freePort(), await freePort(), await freePort()];
    const publicUrl = `http://127.0.0.1:${portA}`;
    const oidc = parseOidcSettings(
      {
        institutions: {
          CCCC: {
            issuer: `http://127.0.0.1:${providerPort}`,
            ...OIDC_CLIENT,
            roles: DEV_ROLE_MAPPING,
          },
        },
      },
      {},
    );
    for (const port of [portA, portB]) {
      const app = createApp({
        config: testConfig({ oidc, publicUrl }),
        db: database.db,
        clock,
        logger: createLogger('silent'),
      });
      await new Promise<void>((resolve) => app.server.listen(port, '127.0.0.1', resolve));
      apps.push(app);
      urls.push(`http://127.0.0.1:${port}`);
    }
    provider = await startDevProvider({
      port: providerPort,
      clients: [{ ...OIDC_CLIENT, redirectUris: [`${publicUrl}/api/auth/oidc/CCCC/callback`] }],
      accounts: [CLINICIAN],
    });
  });

  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
    urls.splice(0);
    await provider.close();
    await database.destroy();
  });

  /** A browser on instance `index` holding `from`'s attempt cookie. */
  function browserOn(index: number, from?: TestClient): TestClient {
    const browser = new TestClient(urls[index] ?? '');
    const attempt = from?.cookie(OIDC_ATTEMPT_COOKIE);
    if (attempt) browser.setCookie(OIDC_ATTEMPT_COOKIE, attempt);
    return browser;
  }

  it('finishes on instance B a sign-in that started on A, and refuses its replay on A', async () => {
    const onA = browserOn(0);
    const callback = await signInAtProvider(await startSignIn(onA), CLINICIAN.sub);
    const onB = browserOn(1, onA);

    const finished = await onB.get(callback);

    expect(finished.status, finished.text).toBe(303);
    expect(finished.headers.get('location')).toBe('/');
    const session = onB.cookie(SESSION_COOKIE) ?? '';
    expect((await onB.get('/api/auth/me')).status).toBe(200);
    // The session is in the database too: A knows it.
    const sameSessionOnA = browserOn(0);
    sameSessionOnA.setCookie(SESSION_COOKIE, session);
    expect((await sameSessionOnA.get('/api/auth/me')).status).toBe(200);

    const replay = await onA.get(callback);
    expect(replay.headers.get('location')).toBe('/login?oidcError=oidc_state_invalid');
    expect(onA.cookie(SESSION_COOKIE)).toBeUndefined();
  });

  it('lets only one of two callbacks racing on both instances use the attempt', async () => {
    const onA = browserOn(0);
    const callback = await signInAtProvider(await startSignIn(onA), CLINICIAN.sub);
    const onB = browserOn(1, onA);

    const answers = await Promise.all([onA.get(callback), onB.get(callback)]);

    expect(answers.map((answer) => answer.headers.get('location')).sort()).toEqual([
      '/',
      '/login?oidcError=oidc_state_invalid',
    ]);
    const sessions = await database.db.selectFrom('sessions').select('id').execute();
    expect(sessions).toHaveLength(1);
  });
});
