import { ApiErrorResponseSchema, LIMITS } from '@konsil/shared';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases';
import { startTestServer, type TestServer } from '../test/testServer';

const VICTIM = 'oncologist.berlin@konsil.test';
const { maxFailures, windowMinutes } = LIMITS.login;

describeEachDatabase('login rate limit', (dialect) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer({ dialect });
  });
  afterEach(async () => {
    await server.close();
  });

  async function failFrom(address: string, email = VICTIM) {
    return server.client({ forwardedFor: address }).login(email, 'guess-wrong');
  }

  it('refuses an account after 10 failures in 15 minutes, even with the right password', async () => {
    for (let attempt = 0; attempt < maxFailures; attempt += 1) {
      expect((await failFrom(`198.51.100.${attempt}`)).status).toBe(401);
    }
    const refused = await server.client({ forwardedFor: '203.0.113.7' }).login(VICTIM);
    expect(refused.status).toBe(429);
    expect(ApiErrorResponseSchema.parse(refused.body).error.id).toBe('rate_limited');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(windowMinutes * 60);
    const audited = await server.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'auth.login_rate_limited')
      .execute();
    expect(audited).toHaveLength(1);
  });

  it('refuses a client address after 10 failures, whichever accounts it tried', async () => {
    for (let attempt = 0; attempt < maxFailures; attempt += 1) {
      await failFrom('192.0.2.50', `nobody${attempt}@konsil.test`);
    }
    const refused = await server.client({ forwardedFor: '192.0.2.50' }).login(VICTIM);
    expect(refused.status).toBe(429);
    // Another address is not affected.
    expect((await server.client({ forwardedFor: '192.0.2.51' }).login(VICTIM)).status).toBe(200);
  });

  it('lifts the limit once the failures leave the 15-minute window', async () => {
    for (let attempt = 0; attempt < maxFailures; attempt += 1) await failFrom('192.0.2.9');
    expect((await server.client({ forwardedFor: '192.0.2.10' }).login(VICTIM)).status).toBe(429);
    server.clock.advanceMinutes(windowMinutes - 1);
    expect((await server.client({ forwardedFor: '192.0.2.10' }).login(VICTIM)).status).toBe(429);
    server.clock.advanceMinutes(1.01);
    expect((await server.client({ forwardedFor: '192.0.2.10' }).login(VICTIM)).status).toBe(200);
  });

  it('does not count failures older than the window', async () => {
    for (let attempt = 0; attempt < maxFailures - 1; attempt += 1)
      await failFrom(`198.51.100.${attempt}`);
    server.clock.advanceMinutes(windowMinutes + 1);
    await failFrom('198.51.100.200');
    expect((await server.client({ forwardedFor: '198.51.100.201' }).login(VICTIM)).status).toBe(
      200,
    );
  });

  it('lets the real user in from a browser that signed in before while an attacker keeps the account locked', async () => {
    const usualBrowser = server.client({ forwardedFor: '192.0.2.80' });
    expect((await usualBrowser.login(VICTIM)).status).toBe(200);
    expect(usualBrowser.cookie('konsil_device')).toBeTruthy();

    for (let attempt = 0; attempt < maxFailures; attempt += 1)
      await failFrom(`198.51.100.${attempt}`);
    expect((await server.client({ forwardedFor: '192.0.2.81' }).login(VICTIM)).status).toBe(429);

    const again = await usualBrowser.login(VICTIM);
    expect(again.status).toBe(200);
    // A device cookie does not help with a wrong password, nor for another account.
    const attackerWithCookie = server.client({ forwardedFor: '198.51.100.99' });
    attackerWithCookie.setCookie('konsil_device', usualBrowser.cookie('konsil_device') ?? '');
    expect((await attackerWithCookie.login(VICTIM, 'guess-wrong')).status).toBe(401);
    expect((await attackerWithCookie.login(VICTIM)).status).toBe(200);
  });

  it('clears the account count after a successful login', async () => {
    for (let attempt = 0; attempt < maxFailures - 1; attempt += 1)
      await failFrom(`198.51.100.${attempt}`);
    expect((await server.client({ forwardedFor: '192.0.2.1' }).login(VICTIM)).status).toBe(200);
    for (let attempt = 0; attempt < maxFailures - 1; attempt += 1)
      await failFrom(`198.51.101.${attempt}`);
    expect((await server.client({ forwardedFor: '192.0.2.2' }).login(VICTIM)).status).toBe(200);
  });
});
