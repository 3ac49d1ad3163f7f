import { CLOSE_CODES } from '@konsil/shared';
import { expect, it } from 'vitest';
import { SESSION_COOKIE } from '../auth/cookies';
import { addParagraph, waitForConvergence } from '../test/collabClient';
import { describeEachDatabase } from '../test/databases';
import { COORDINATOR_BERLIN, ONCOLOGIST_SEOUL, useNotesBoard } from '../test/notesBoard';

describeEachDatabase('collaborative notes: the session ends', (dialect) => {
  const notes = useNotesBoard(dialect);

  it("closes that session's notes with 4401 on logout; other sessions keep editing", async () => {
    const browser = await notes.browser(COORDINATOR_BERLIN);
    const leaving = await notes.openWith(browser, notes.caseId, { label: 'logging out' });
    const sameUserElsewhere = await notes.open(COORDINATOR_BERLIN);
    const seoul = await notes.open(ONCOLOGIST_SEOUL);

    expect((await browser.post('/api/auth/logout')).status).toBeLessThan(300);
    expect(await leaving.closed()).toBe(CLOSE_CODES.unauthenticated);
    // 4401 is permanent for the provider: it does not come back on its own.
    expect(leaving.provider.shouldConnect).toBe(false);

    addParagraph(sameUserElsewhere.doc, 'Still here after the other tab logged out');
    addParagraph(seoul.doc, 'Seoul too');
    const converged = await waitForConvergence([sameUserElsewhere, seoul]);
    expect(converged).toContain('Still here after the other tab logged out');
    expect(sameUserElsewhere.closeCodes).toEqual([]);
    expect(seoul.closeCodes).toEqual([]);
    // Nothing typed after the logout reaches the closed tab.
    expect(leaving.content()).not.toContain('Seoul too');
  });

  it("refuses the logged-out session's cookie when it is replayed", async () => {
    const browser = await notes.browser(COORDINATOR_BERLIN);
    const first = await notes.openWith(browser);
    const token = browser.cookie(SESSION_COOKIE) as string;
    await browser.post('/api/auth/logout');
    expect(await first.closed()).toBe(CLOSE_CODES.unauthenticated);
    browser.setCookie(SESSION_COOKIE, token);
    const again = notes.openUnsynced(browser);
    expect(await again.closed()).toBe(CLOSE_CODES.unauthenticated);
    expect(again.provider.synced).toBe(false);
  });
});
