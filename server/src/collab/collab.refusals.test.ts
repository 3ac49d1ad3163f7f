import { randomUUID } from 'node:crypto';
import { CLOSE_CODES, NOTES_ACCESS_MESSAGE } from '@konsil/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { addParagraph, storedContent } from '../test/collabClient';
import { describeEachDatabase } from '../test/databases';
import { buildCase } from '../test/factories';
import {
  COORDINATOR_BERLIN,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
  ONCOLOGIST_VIENNA,
  useNotesBoard,
} from '../test/notesBoard';
import { auditRows, userIdOf } from '../test/queries';
import { openRawNotes, type RawNotesSocket } from '../test/rawNotesSocket';
import type { TestClient } from '../test/testClient';

const SECRET = 'Patient prefers surgery over radiotherapy';

describeEachDatabase('collaborative notes: refused connections', (dialect) => {
  const notes = useNotesBoard(dialect);

  // Something worth leaking: a refused socket must not receive a byte of it.
  beforeEach(async () => {
    const author = await notes.open(ONCOLOGIST_BERLIN);
    addParagraph(author.doc, SECRET);
    await expect.poll(() => storedContent(notes.server.db, notes.caseId)).toContain(SECRET);
    author.destroy();
    await notes.unloaded();
  });

  function raw(
    browser: TestClient | null,
    room: string,
    options: Parameters<typeof openRawNotes>[3] = {},
  ) {
    return notes.trackSocket(openRawNotes(notes.server.baseUrl, browser, room, options));
  }

  /** The socket was upgraded and then closed with `code`, with nothing sent before the close. */
  async function expectRefused(socket: RawNotesSocket, code: number) {
    const close = await socket.closeWithin();
    expect({
      code: close.code,
      messagesBeforeClose: close.messagesBeforeClose,
      httpStatus: close.httpStatus,
    }).toEqual({ code, messagesBeforeClose: 0, httpStatus: undefined });
  }

  async function expectNotOpened(email: string) {
    const actorUserId = await userIdOf(notes.server.db, email);
    expect(await auditRows(notes.server.db, { action: 'notes.opened', actorUserId })).toEqual([]);
  }

  async function expectRefusalAudited(email: string, caseId: string) {
    const actorUserId = await userIdOf(notes.server.db, email);
    const rows = await auditRows(notes.server.db, { action: 'access.refused', actorUserId });
    expect(rows.map((row) => ({ object: row.object_id, outcome: row.outcome }))).toEqual([
      { object: caseId, outcome: 'refused' },
    ]);
  }

  describe('without a valid session: 4401', () => {
    it('refuses a socket that carries no session cookie', async () => {
      await expectRefused(raw(null, notes.caseId), CLOSE_CODES.unauthenticated);
    });

    it('refuses a forged session cookie', async () => {
      const socket = raw(null, notes.caseId, { cookie: 'konsil_session=forged-token' });
      await expectRefused(socket, CLOSE_CODES.unauthenticated);
    });

    it('refuses a session that has logged out', async () => {
      const browser = await notes.browser(COORDINATOR_BERLIN);
      const cookie = browser.cookieHeader;
      expect((await browser.post('/api/auth/logout')).status).toBeLessThan(300);
      await expectRefused(raw(null, notes.caseId, { cookie }), CLOSE_CODES.unauthenticated);
    });
  });

  describe('unknown cases: 4404', () => {
    it('refuses a case id that does not exist', async () => {
      const browser = await notes.browser(COORDINATOR_BERLIN);
      await expectRefused(raw(browser, randomUUID()), CLOSE_CODES.notFound);
      await expectNotOpened(COORDINATOR_BERLIN);
    });

    it('refuses a path that is not a case id', async () => {
      const browser = await notes.browser(COORDINATOR_BERLIN);
      for (const room of ['not-a-case', `${notes.caseId}x`, `${notes.caseId}/extra`]) {
        await expectRefused(raw(browser, room), CLOSE_CODES.notFound);
      }
      await expectNotOpened(COORDINATOR_BERLIN);
    });
  });

  // "Not yours" answers like "not there" (4404), so a refusal does not say the case exists.
  describe('not allowed to read the case: 4404 as for no case, audited', () => {
    it('refuses the Vienna oncologist, whose institution is not on the board', async () => {
      const vienna = await notes.browser(ONCOLOGIST_VIENNA);
      await expectRefused(raw(vienna, notes.caseId), CLOSE_CODES.notFound);
      await expectRefusalAudited(ONCOLOGIST_VIENNA, notes.caseId);
      await expectNotOpened(ONCOLOGIST_VIENNA);
    });

    it('refuses a Seoul participant the notes of an unconsented Berlin case', async () => {
      const unconsented = await buildCase(notes.server.db, {
        board: notes.board,
        home: 'CCCC',
        consent: false,
      });
      const seoul = await notes.browser(ONCOLOGIST_SEOUL);
      await expectRefused(raw(seoul, unconsented.id), CLOSE_CODES.notFound);
      await expectRefusalAudited(ONCOLOGIST_SEOUL, unconsented.id);
      await expectNotOpened(ONCOLOGIST_SEOUL);
      // The same person reads the consented case's notes: the refusal was about consent.
      const consented = await notes.openWith(seoul);
      expect(consented.content()).toBe(`<paragraph>${SECRET}</paragraph>`);
    });

    it('tells the y-websocket provider, which stops and never syncs', async () => {
      const vienna = await notes.browser(ONCOLOGIST_VIENNA);
      const client = notes.openUnsynced(vienna);
      expect(await client.closed()).toBe(CLOSE_CODES.notFound);
      expect(client.provider.synced).toBe(false);
      expect(client.provider.shouldConnect).toBe(false);
      expect(client.content()).toBe('');
    });
  });

  describe('origins outside the allow-list: 4405', () => {
    it('refuses a foreign Origin even with a valid session', async () => {
      const browser = await notes.browser(COORDINATOR_BERLIN);
      const socket = raw(browser, notes.caseId, { origin: 'https://evil.example' });
      await expectRefused(socket, CLOSE_CODES.originNotAllowed);
      await expectNotOpened(COORDINATOR_BERLIN);
    });

    it('refuses an upgrade without an Origin', async () => {
      const browser = await notes.browser(COORDINATOR_BERLIN);
      await expectRefused(
        raw(browser, notes.caseId, { origin: null }),
        CLOSE_CODES.originNotAllowed,
      );
      await expectNotOpened(COORDINATOR_BERLIN);
    });
  });

  it('admits the same browser with the allowed Origin (the refusals above are not blanket)', async () => {
    const browser = await notes.browser(COORDINATOR_BERLIN);
    const socket = raw(browser, notes.caseId);
    expect(await socket.opened).toBe(true);
    // The first thing an admitted socket gets is whether it may edit, then the server's sync step 1.
    expect(await socket.received(2)).toBe(true);
    expect(socket.messages[0]).toEqual(new Uint8Array([NOTES_ACCESS_MESSAGE, 0, 0]));
    expect(socket.messages[1]?.slice(0, 2)).toEqual(new Uint8Array([0, 0]));
    const actorUserId = await userIdOf(notes.server.db, COORDINATOR_BERLIN);
    const opened = await auditRows(notes.server.db, { action: 'notes.opened', actorUserId });
    expect(opened.map((row) => [row.object_id, JSON.parse(row.details ?? '{}')])).toEqual([
      [notes.caseId, { mode: 'edit' }],
    ]);
  });
});
