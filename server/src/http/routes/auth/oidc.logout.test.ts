import { CLOSE_CODES, LogoutResponseSchema } from '@konsil/shared';
import type { JWTPayload } from 'jose';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../../auth/cookies';
import type { DevAccount } from '../../../auth/oidc/devProvider';
import { tokenDigest } from '../../../auth/tokens';
import { within } from '../../../test/accessChanges';
import { apiError, signIn } from '../../../test/api';
import { type NotesClient, openSyncedNotes } from '../../../test/collabClient';
import { describeEachDatabase } from '../../../test/databases';
import { buildBoard, buildCase } from '../../../test/factories';
import { connectLive, joinWith, type LiveClient } from '../../../test/liveClient';
import {
  OIDC_CLIENT,
  ProviderBrowser,
  type ProviderSetup,
  signInThroughProvider,
  startWithProvider,
} from '../../../test/oidcFlow';
import { auditRows, userIdOf } from '../../../test/queries';
import type { TestClient } from '../../../test/testClient';

const ONCOLOGIST: DevAccount = {
  sub: 'berlin-oncologist',
  email: 'oncologist.berlin@konsil.test',
  name: 'Dr. Jonas Weber',
  roles: ['tb-clinician'],
  emailVerified: true,
};
const BACKCHANNEL_LOGOUT_EVENT = 'http://schemas.openid.net/event/backchannel-logout';

describeEachDatabase(
  'the provider’s word reaches open connections: logout and roles',
  (dialect) => {
    let setup: ProviderSetup;
    let board: { id: string; title: string };
    let caseId: string;
    const tabs: LiveClient[] = [];
    const editors: NotesClient[] = [];

    beforeEach(async () => {
      setup = await startWithProvider({ dialect, accounts: [ONCOLOGIST] });
      board = await buildBoard(setup.server.db, { host: 'CCCC', invited: [ONCOLOGIST.email] });
      caseId = (await buildCase(setup.server.db, { board, home: 'CCCC', status: 'ready' })).id;
    });

    afterEach(async () => {
      for (const tab of tabs.splice(0)) tab.close();
      for (const editor of editors.splice(0)) editor.destroy();
      await setup.close();
    });

    /** A browser signed in at the provider, with the board open live and the case's notes. */
    async function openBrowser(label: string, at = new ProviderBrowser()) {
      const browser = setup.server.client();
      expect((await signInThroughProvider(browser, ONCOLOGIST.sub, undefined, at)).status).toBe(
        303,
      );
      return openTabs(browser, label);
    }

    async function openTabs(browser: TestClient, label: string) {
      const tab = await joinWith(
        await connectLive(setup.server, browser, ONCOLOGIST.email),
        board.id,
      );
      tabs.push(tab);
      const notes = await openSyncedNotes(browser, caseId, { label });
      editors.push(notes);
      return { browser, tab, notes, gone: tab.disconnected() };
    }

    async function providerSidOf(browser: TestClient): Promise<string> {
      const sessions = await setup.server.db
        .selectFrom('sessions')
        .select(['id', 'oidc_sid'])
        .execute();
      const token = browser.cookie(SESSION_COOKIE) ?? '';
      const sid = sessions.find((row) => row.id === tokenDigest(token))?.oidc_sid;
      if (!sid) throw new Error('the session has no provider sid');
      return sid;
    }

    async function expectCut(opened: Awaited<ReturnType<typeof openTabs>>, label: string) {
      expect(await opened.tab.next('auth:sessionEnded', undefined, 1_000), label).toEqual({
        reason: 'logout',
      });
      expect(await within(opened.gone, 1_000, `${label}: the tab being disconnected`)).toBe(
        'io server disconnect',
      );
      expect(await opened.notes.closed(1_000), label).toBe(CLOSE_CODES.unauthenticated);
      expect((await opened.browser.get('/api/auth/me')).status, label).toBe(401);
    }

    async function expectOpen(opened: Awaited<ReturnType<typeof openTabs>>, label: string) {
      expect((await opened.browser.get('/api/auth/me')).status, label).toBe(200);
      expect(await opened.tab.outcome('presence:sync', { boardId: board.id }), label).toBe('ok');
      expect(opened.tab.socket.connected, label).toBe(true);
      expect(opened.notes.closeCodes, label).toEqual([]);
    }

    it('by the provider’s session (sid): cuts that browser’s socket and notes within a second, no other', async () => {
      const loggedOut = await openBrowser('logged out');
      const otherProviderSession = await openBrowser('other provider session');
      const withPassword = await openTabs(await signIn(setup.server, ONCOLOGIST.email), 'password');

      await setup.provider.sendBackchannelLogout({ sid: await providerSidOf(loggedOut.browser) });

      await expectCut(loggedOut, 'logged out');
      await expectOpen(otherProviderSession, 'other provider session');
      await expectOpen(withPassword, 'password');
      const audited = await auditRows(setup.server.db, { action: 'auth.oidc.backchannel_logout' });
      expect(audited.map((row) => [row.object_id, JSON.parse(row.details ?? '{}')])).toEqual([
        [
          await userIdOf(setup.server.db, ONCOLOGIST.email),
          { institution: 'CCCC', by: 'sid', sessions: 1 },
        ],
      ]);
    });

    it('by the subject (sub): ends every session the provider gave, keeps the password one', async () => {
      const first = await openBrowser('first');
      const second = await openBrowser('second');
      const withPassword = await openTabs(await signIn(setup.server, ONCOLOGIST.email), 'password');

      await setup.provider.sendBackchannelLogout({ sub: ONCOLOGIST.sub });

      await expectCut(first, 'first');
      await expectCut(second, 'second');
      await expectOpen(withPassword, 'password');
    });

    it('when the person signs out on the provider’s own page: its logout token cuts every tab of that provider session', async () => {
      const atProvider = new ProviderBrowser();
      const first = await openBrowser('first', atProvider);
      // Single sign-on: the second Konsil browser needs no login form, and shares the provider session.
      const second = await openBrowser('second', atProvider);
      expect(await providerSidOf(second.browser)).toBe(await providerSidOf(first.browser));
      const elsewhere = await openBrowser('another provider session');

      await atProvider.logOut(setup.provider.issuer);

      await expectCut(first, 'first');
      await expectCut(second, 'second');
      await expectOpen(elsewhere, 'another provider session');
    });

    it('narrows an open tab and notes editor within a second when the next sign-in brings a lesser role', async () => {
      const opened = await openBrowser('clinician');
      expect(opened.notes.grants).toEqual([{ mode: 'edit' }]);

      setup.provider.putAccount({ ...ONCOLOGIST, roles: ['tb-observer'] });
      expect((await signInThroughProvider(setup.server.client(), ONCOLOGIST.sub)).status).toBe(303);

      expect(await opened.notes.grant(2, 1_000)).toEqual({ mode: 'read', reason: 'role' });
      expect(await opened.tab.next('auth:accessChanged', undefined, 1_000)).toEqual({
        reason: 'role_changed',
      });
      // The narrowing is not a logout: the first browser stays signed in, as an observer.
      expect((await opened.browser.get('/api/auth/me')).body).toMatchObject({
        user: { role: 'observer' },
      });
    });

    it.each<[string, (claims: JWTPayload) => JWTPayload, { forgeKey?: boolean }]>([
      ['signed with a key the provider does not publish', (claims) => claims, { forgeKey: true }],
      ['for another audience', (claims) => ({ ...claims, aud: 'another-app' }), {}],
      ['from another issuer', (claims) => ({ ...claims, iss: 'http://127.0.0.1:9' }), {}],
      [
        'that has expired',
        (claims) => ({ ...claims, iat: Number(claims.iat) - 7200, exp: Number(claims.iat) - 3600 }),
        {},
      ],
      ['without the back-channel logout event', ({ events: _events, ...claims }) => claims, {}],
      ['with a nonce, as an ID token has', (claims) => ({ ...claims, nonce: 'abc' }), {}],
      ['naming neither a sid nor a sub', ({ sub: _sub, sid: _sid, ...claims }) => claims, {}],
    ])('refuses a logout token %s and ends nothing', async (_label, change, options) => {
      const opened = await openBrowser('stays');
      const now = Math.floor(Date.now() / 1000);
      const token = await setup.provider.signToken(
        change({
          iss: setup.provider.issuer,
          aud: OIDC_CLIENT.clientId,
          iat: now,
          exp: now + 120,
          jti: `jti-${now}`,
          sub: ONCOLOGIST.sub,
          sid: await providerSidOf(opened.browser),
          events: { [BACKCHANNEL_LOGOUT_EVENT]: {} },
        }),
        { typ: 'logout+jwt', ...options },
      );

      const response = await fetch(
        `${setup.server.baseUrl}/api/auth/oidc/CCCC/backchannel-logout`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ logout_token: token }),
        },
      );

      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { id: string } }).error.id).toBe(
        'oidc_token_invalid',
      );
      await expectOpen(opened, 'stays');
      const refused = await auditRows(setup.server.db, { action: 'auth.oidc.refused' });
      expect(refused.map((row) => JSON.parse(row.details ?? '{}').reason)).toEqual([
        'oidc_token_invalid',
      ]);
    });

    it('refuses a back-channel post without a logout token, naming the field', async () => {
      const response = await setup.server
        .client({ origin: null })
        .request('POST', '/api/auth/oidc/CCCC/backchannel-logout', {
          rawBody: 'something=else',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        });

      expect(apiError(response)).toMatchObject({ status: 400, id: 'validation_failed' });
    });

    it('sends the browser to the provider’s end-session endpoint on logout, with the ID token hint', async () => {
      const browser = setup.server.client();
      await signInThroughProvider(browser, ONCOLOGIST.sub);

      const response = await browser.post('/api/auth/logout');

      expect(response.status).toBe(200);
      const redirectTo = new URL(LogoutResponseSchema.parse(response.body).redirectTo ?? '');
      expect(redirectTo.origin).toBe(setup.provider.issuer);
      expect(redirectTo.searchParams.get('post_logout_redirect_uri')).toBe(
        `${setup.server.baseUrl}/login`,
      );
      expect(redirectTo.searchParams.get('id_token_hint')).toEqual(expect.any(String));
      expect((await browser.get('/api/auth/me')).status).toBe(401);
      // A password session has no provider to visit: the answer stays 204.
      const withPassword = await signIn(setup.server, ONCOLOGIST.email);
      expect((await withPassword.post('/api/auth/logout')).status).toBe(204);
    });
  },
);
