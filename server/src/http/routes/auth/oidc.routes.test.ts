import { MeResponseSchema } from '@konsil/shared';
import { afterEach, expect, it } from 'vitest';
import type { DevAccount } from '../../../auth/oidc/devProvider';
import { describeEachDatabase } from '../../../test/databases';
import {
  type ProviderSetup,
  signInThroughProvider,
  startWithProvider,
} from '../../../test/oidcFlow';
import { auditRows, userIdOf } from '../../../test/queries';

const NEW_CLINICIAN: DevAccount = {
  sub: 'berlin-radiologist',
  email: 'radiologist.berlin@konsil.test',
  name: 'Dr. Paul Richter',
  roles: ['tb-clinician'],
  emailVerified: true,
};

describeEachDatabase('sign-in through the institution’s identity provider', (dialect) => {
  let setup: ProviderSetup;

  afterEach(async () => {
    await setup.close();
  });

  it('creates the user at first sign-in from the claims and lands on the page asked for', async () => {
    setup = await startWithProvider({ dialect, accounts: [NEW_CLINICIAN] });
    const browser = setup.server.client();

    const callback = await signInThroughProvider(browser, NEW_CLINICIAN.sub, '/boards?view=past');

    expect(callback.status, callback.text).toBe(303);
    expect(callback.headers.get('location')).toBe('/boards?view=past');
    const me = MeResponseSchema.parse((await browser.get('/api/auth/me')).body).user;
    expect(me).toMatchObject({
      name: 'Dr. Paul Richter',
      email: 'radiologist.berlin@konsil.test',
      role: 'clinician',
      institution: { code: 'CCCC' },
      mustChangePassword: false,
    });
    const userId = await userIdOf(setup.server.db, NEW_CLINICIAN.email);
    const audited = await auditRows(setup.server.db, { actorUserId: userId });
    expect(audited.map((row) => row.action)).toEqual(['auth.oidc.provisioned', 'auth.oidc.login']);
  });
});
