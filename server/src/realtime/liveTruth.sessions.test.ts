import { CLOSE_CODES } from '@konsil/shared';
import { io } from 'socket.io-client';
import { expect, it } from 'vitest';
import { SESSION_COOKIE } from '../auth/cookies';
import { DEMO_PASSWORD } from '../storage/seed/demoUsers';
import { within } from '../test/accessChanges';
import { describeEachDatabase } from '../test/databases';
import { syncRoundTrip } from '../test/notesBarrier';
import { userIdOf } from '../test/queries';
import type { TestClient } from '../test/testClient';
import { ADMIN_BERLIN, ONCOLOGIST_BERLIN } from './handlers/liveBoardFixture';
import { useLiveTruthBoard } from './liveTruthFixture';

const NEW_PASSWORD = 'a much longer passphrase 2026';

describeEachDatabase('live truth: sessions that end while connected', (dialect) => {
  const ctx = useLiveTruthBoard(dialect, ['berlin']);

  /** One signed-in browser of the Berlin oncologist with a live tab and the case's notes open. */
  async function openBrowser(label: string) {
    const browser = await ctx.signIn(ONCOLOGIST_BERLIN);
    const tab = await ctx.joinIn(browser, ONCOLOGIST_BERLIN);
    const notes = await ctx.openNotesIn(browser, ctx.agendaCase('berlin').id, label);
    return { browser, tab, notes, gone: tab.disconnected() };
  }

  /** A browser holding only `token` as its session cookie. */
  function browserWithToken(token: string | undefined): TestClient {
    const browser = ctx.server.client();
    if (token) browser.setCookie(SESSION_COOKIE, token);
    return browser;
  }

  it('ends the other sessions of a user who changes their password; this one goes on under a new id', async () => {
    const here = await openBrowser('here');
    const elsewhere = await openBrowser('elsewhere');
    const oldToken = here.browser.cookie(SESSION_COOKIE);

    const changed = await here.browser.post('/api/auth/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.status).toBe(200);

    // The other browser is out everywhere within a second.
    expect(await elsewhere.tab.next('auth:sessionEnded', undefined, 1_000)).toEqual({
      reason: 'password_changed',
    });
    expect(await within(elsewhere.gone, 1_000, 'the other tab being disconnected')).toBe(
      'io server disconnect',
    );
    expect(await elsewhere.notes.closed(1_000)).toBe(CLOSE_CODES.unauthenticated);
    expect((await elsewhere.browser.get('/api/auth/me')).status).toBe(401);

    // This browser holds a new token that works; the old one is worthless.
    const newToken = here.browser.cookie(SESSION_COOKIE);
    expect(newToken).toEqual(expect.any(String));
    expect(newToken).not.toBe(oldToken);
    expect((await here.browser.get('/api/auth/me')).status).toBe(200);
    expect((await browserWithToken(oldToken).get('/api/auth/me')).status).toBe(401);

    // Its tab and notes stayed: both still answer, and were told nothing.
    expect(await here.tab.outcome('presence:sync', { boardId: ctx.boardId })).toBe('ok');
    await syncRoundTrip(here.notes);
    expect(here.tab.socket.connected).toBe(true);
    expect(here.tab.received.map((pushed) => pushed.event)).not.toContain('auth:sessionEnded');
    expect(here.notes.closeCodes).toEqual([]);

    // They belong to the new session now: its logout cuts them.
    expect((await here.browser.post('/api/auth/logout')).status).toBe(204);
    expect(await here.tab.next('auth:sessionEnded', undefined, 1_000)).toEqual({
      reason: 'logout',
    });
    expect(await within(here.gone, 1_000, 'this tab being disconnected')).toBe(
      'io server disconnect',
    );
    expect(await here.notes.closed(1_000)).toBe(CLOSE_CODES.unauthenticated);
    expect((await browserWithToken(newToken).get('/api/auth/me')).status).toBe(401);
  });

  it('ends every session of a user whose password an admin resets, sockets and notes included', async () => {
    const first = await openBrowser('first');
    const second = await openBrowser('second');
    const admin = await ctx.signIn(ADMIN_BERLIN);
    const userId = await userIdOf(ctx.server.db, ONCOLOGIST_BERLIN);

    const reset = await admin.post(`/api/admin/users/${userId}/password`, {
      temporaryPassword: NEW_PASSWORD,
    });
    expect(reset.status).toBe(200);

    for (const [label, signedIn] of Object.entries({ first, second })) {
      expect(await signedIn.tab.next('auth:sessionEnded', undefined, 1_000), label).toEqual({
        reason: 'password_changed',
      });
      expect(await within(signedIn.gone, 1_000, `the ${label} tab being disconnected`)).toBe(
        'io server disconnect',
      );
      expect(await signedIn.notes.closed(1_000), label).toBe(CLOSE_CODES.unauthenticated);
      expect((await signedIn.browser.get('/api/auth/me')).status, label).toBe(401);
    }
    // The admin who did it is not signed out.
    expect((await admin.get('/api/auth/me')).status).toBe(200);
  });

  it('pings every 4 s and gives up 4 s later, so both ends notice a dead connection within 8 s', async () => {
    const browser = await ctx.signIn(ONCOLOGIST_BERLIN);
    const socket = io(ctx.server.baseUrl, {
      transports: ['websocket'],
      extraHeaders: { cookie: browser.cookieHeader, origin: ctx.server.baseUrl },
      reconnection: false,
      forceNew: true,
      autoConnect: false,
    });
    try {
      socket.connect();
      // The engine exists once connect() returns; its handshake arrives later.
      const handshake = await within(
        new Promise<{ pingInterval: number; pingTimeout: number }>((resolve) =>
          socket.io.engine.once('handshake', resolve),
        ),
        5_000,
        'the engine.io handshake',
      );
      expect({ pingInterval: handshake.pingInterval, pingTimeout: handshake.pingTimeout }).toEqual({
        pingInterval: 4_000,
        pingTimeout: 4_000,
      });
    } finally {
      socket.disconnect();
    }
  });
});
