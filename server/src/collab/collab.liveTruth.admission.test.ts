import { randomUUID } from 'node:crypto';
import { CLOSE_CODES, MinutesResponseSchema, NOTES_ACCESS_MESSAGE } from '@konsil/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signIn } from '../test/api';
import { type NotesClient, openSyncedNotes } from '../test/collabClient';
import { describeEachDatabase } from '../test/databases';
import { buildCase } from '../test/factories';
import { COORDINATOR_BERLIN, ONCOLOGIST_BERLIN, runBoardToEnd } from '../test/minutesBoard';
import { ONCOLOGIST_SEOUL, ONCOLOGIST_VIENNA, useNotesBoard } from '../test/notesBoard';
import { auditRows, userIdOf } from '../test/queries';
import {
  MESSAGE_SYNC,
  openRawNotes,
  type RawClose,
  type RawNotesSocket,
} from '../test/rawNotesSocket';
import { startTestServer, type TestServer } from '../test/testServer';

/** The access message for "read-only, because the minutes are signed": type, mode, reason. */
const READ_BECAUSE_SIGNED = [NOTES_ACCESS_MESSAGE, 1, 2];

describeEachDatabase(
  'collaborative notes: signed minutes make every connection read-only',
  (dialect) => {
    let server: TestServer;
    let ended: Awaited<ReturnType<typeof runBoardToEnd>>;
    const editors: NotesClient[] = [];
    const sockets: RawNotesSocket[] = [];

    beforeEach(async () => {
      server = await startTestServer({ dialect });
      ended = await runBoardToEnd(server);
    });

    afterEach(async () => {
      for (const editor of editors.splice(0)) editor.destroy();
      for (const socket of sockets.splice(0)) socket.terminate();
      ended.chair.close();
      await server.close();
    });

    async function open(email: string): Promise<NotesClient> {
      const editor = await openSyncedNotes(await signIn(server, email), ended.berlinCase.id, {
        label: email,
      });
      editors.push(editor);
      return editor;
    }

    /** The Berlin coordinator signs the draft as reviewed. */
    async function signMinutes(): Promise<void> {
      const coordinator = await signIn(server, COORDINATOR_BERLIN);
      const path = `/api/boards/${ended.board.id}/minutes`;
      const draft = MinutesResponseSchema.parse((await coordinator.get(path)).body);
      const signed = await coordinator.post(`${path}/sign`, { draftHash: draft.minutes.draftHash });
      expect(signed.status).toBe(201);
    }

    it('says so as the first message of a connection opened after signing, before any sync', async () => {
      await signMinutes();
      const browser = await signIn(server, ONCOLOGIST_BERLIN);
      const raw = openRawNotes(server.baseUrl, browser, ended.berlinCase.id);
      sockets.push(raw);
      expect(await raw.received(2)).toBe(true);
      expect([...(raw.messages[0] ?? [])]).toEqual(READ_BECAUSE_SIGNED);
      expect(raw.messages[1]?.[0]).toBe(MESSAGE_SYNC);

      const editor = await open(ONCOLOGIST_BERLIN);
      expect(editor.grants).toEqual([{ mode: 'read', reason: 'minutes_signed' }]);
      expect(editor.grantsAfterSync).toEqual([false]);
    });

    it('turns a connection that is open when the minutes are signed read-only within a second', async () => {
      const editor = await open(ONCOLOGIST_BERLIN);
      expect(editor.grants).toEqual([{ mode: 'edit' }]);
      await signMinutes();
      expect(await editor.grant(2, 1_000)).toEqual({ mode: 'read', reason: 'minutes_signed' });
      expect(editor.closeCodes).toEqual([]);
    });
  },
);

describeEachDatabase('collaborative notes: a case you may not read is not there', (dialect) => {
  const notes = useNotesBoard(dialect);

  const closeOf = async (email: string, caseId: string): Promise<RawClose> => {
    const browser = await notes.browser(email);
    const raw = notes.trackSocket(openRawNotes(notes.server.baseUrl, browser, caseId));
    return raw.closeWithin();
  };

  const refusalsOf = async (email: string) => {
    const actorUserId = await userIdOf(notes.server.db, email);
    const rows = await auditRows(notes.server.db, { action: 'access.refused', actorUserId });
    return rows.map((row) => row.object_id);
  };

  describe('answers 4404 exactly as for a case that does not exist, and audits the refusal', () => {
    it('for Seoul and an unconsented Berlin case', async () => {
      const unconsented = await buildCase(notes.server.db, {
        board: notes.board,
        home: 'CCCC',
        consent: false,
      });
      const refused = await closeOf(ONCOLOGIST_SEOUL, unconsented.id);
      const missing = await closeOf(ONCOLOGIST_SEOUL, randomUUID());
      expect(refused).toEqual(missing);
      expect(refused).toEqual({
        code: CLOSE_CODES.notFound,
        reason: 'not_found',
        messagesBeforeClose: 0,
      });
      expect(await refusalsOf(ONCOLOGIST_SEOUL)).toEqual([unconsented.id]);
    });

    it('for Vienna, whose institution is not on the board', async () => {
      const refused = await closeOf(ONCOLOGIST_VIENNA, notes.caseId);
      const missing = await closeOf(ONCOLOGIST_VIENNA, randomUUID());
      expect(refused).toEqual(missing);
      expect(refused.code).toBe(CLOSE_CODES.notFound);
      expect(await refusalsOf(ONCOLOGIST_VIENNA)).toEqual([notes.caseId]);
    });
  });
});
