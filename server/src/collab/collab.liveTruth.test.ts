import { CLOSE_CODES } from '@konsil/shared';
import { afterEach, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { changeRole, withdrawConsent } from '../test/accessChanges';
import {
  addParagraph,
  NOTES_WAIT_MS,
  type NotesClient,
  paragraphsOf,
  storedContent,
  waitForConvergence,
} from '../test/collabClient';
import { describeEachDatabase } from '../test/databases';
import { connectLive, type LiveClient } from '../test/liveClient';
import { syncRoundTrip } from '../test/notesBarrier';
import {
  ADMIN_BERLIN,
  notesUserOf,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
  SURGEON_BERLIN,
  useNotesBoard,
} from '../test/notesBoard';
import { auditRows, userIdOf } from '../test/queries';
import { openRawNotes, updateMessage } from '../test/rawNotesSocket';

/** How a test waits for what another connection sees: polled, with its limit stated. */
const SEEN_WITHIN = { timeout: NOTES_WAIT_MS, interval: 20 };

describeEachDatabase('collaborative notes: access that changes while connected', (dialect) => {
  const notes = useNotesBoard(dialect);
  const tabs: LiveClient[] = [];
  afterEach(() => {
    for (const tab of tabs.splice(0)) tab.close();
  });

  /** Waits until `client` shows a paragraph with exactly `text`. */
  async function shows(client: NotesClient, text: string) {
    await vi.waitFor(() => expect(paragraphsOf(client.doc)).toContain(text), SEEN_WITHIN);
  }

  it("closes Seoul's notes with 4404 within a second of consent being withdrawn; nothing passes after", async () => {
    const berlin = await notes.open(ONCOLOGIST_BERLIN);
    const colleague = await notes.open(SURGEON_BERLIN);
    const seoulBrowser = await notes.browser(ONCOLOGIST_SEOUL);
    const seoul = await notes.openWith(seoulBrowser, notes.caseId, { label: 'Seoul' });
    addParagraph(berlin.doc, 'Shared while consented');
    await waitForConvergence([berlin, colleague, seoul]);

    await withdrawConsent(
      notes.server,
      { boardId: notes.board.id, caseId: notes.caseId },
      ONCOLOGIST_BERLIN,
    );
    expect(await seoul.closed(1_000)).toBe(CLOSE_CODES.notFound);
    // 4404 is final for the provider: it does not come back for more.
    expect(seoul.provider.shouldConnect).toBe(false);

    // Seoul writes on: in its closed editor, and over a fresh socket that sends an edit at once.
    addParagraph(seoul.doc, 'Seoul after the withdrawal');
    const attempt = new Y.Doc();
    addParagraph(attempt, 'Seoul over a new socket');
    const raw = notes.trackSocket(openRawNotes(notes.server.baseUrl, seoulBrowser, notes.caseId));
    await raw.send(updateMessage(Y.encodeStateAsUpdate(attempt)));
    expect(await raw.closeWithin()).toEqual({
      code: CLOSE_CODES.notFound,
      reason: 'not_found',
      messagesBeforeClose: 0,
    });

    // Berlin goes on writing; once its colleague has it, it is stored, and Seoul never got it.
    addParagraph(berlin.doc, 'Berlin after the withdrawal');
    await shows(colleague, 'Berlin after the withdrawal');
    const stored = await storedContent(notes.server.db, notes.caseId);
    expect(stored).toContain('Berlin after the withdrawal');
    expect(stored).not.toContain('Seoul after the withdrawal');
    expect(stored).not.toContain('Seoul over a new socket');
    expect(paragraphsOf(seoul.doc)).not.toContain('Berlin after the withdrawal');
    expect(paragraphsOf(colleague.doc)).not.toContain('Seoul after the withdrawal');
    expect(berlin.closeCodes).toEqual([]);
  });

  it('turns an open editor read-only within a second of a demotion to observer, and back on promotion', async () => {
    const clinician = await notes.browser(ONCOLOGIST_BERLIN);
    const typing = await notes.openWith(clinician, notes.caseId, { label: 'typing tab' });
    const idle = await notes.openWith(clinician, notes.caseId, { label: 'idle tab' });
    const writer = await notes.open(SURGEON_BERLIN);
    const watcher = await notes.open(ONCOLOGIST_SEOUL);
    const tab = await connectLive(notes.server, clinician, ONCOLOGIST_BERLIN);
    tabs.push(tab);
    expect(typing.grants).toEqual([{ mode: 'edit' }]);
    const admin = await notes.browser(ADMIN_BERLIN);

    await changeRole(notes.server, admin, ONCOLOGIST_BERLIN, 'observer');
    for (const editor of [typing, idle]) {
      expect(await editor.grant(2, 1_000), editor.label).toEqual({ mode: 'read', reason: 'role' });
    }
    expect(await tab.next('auth:accessChanged', undefined, 1_000)).toEqual({
      reason: 'role_changed',
    });

    // An edit sent after the grant is dropped. The sync reply comes after the server handled
    // it; a later edit by someone else then reaches the watcher, with nothing before it.
    addParagraph(typing.doc, 'Typed as an observer');
    await syncRoundTrip(typing);
    addParagraph(writer.doc, 'Written by a clinician');
    await shows(watcher, 'Written by a clinician');
    expect(paragraphsOf(watcher.doc)).not.toContain('Typed as an observer');
    expect(paragraphsOf(idle.doc)).not.toContain('Typed as an observer');
    expect(await storedContent(notes.server.db, notes.caseId)).not.toContain(
      'Typed as an observer',
    );
    const actorUserId = await userIdOf(notes.server.db, ONCOLOGIST_BERLIN);
    const refusals = async () =>
      (await auditRows(notes.server.db, { action: 'notes.edit_refused', actorUserId })).map(
        (row) => row.object_id,
      );
    await expect.poll(refusals, SEEN_WITHIN).toEqual([notes.caseId]);
    // Everyone sees the demoted caret as read-only.
    idle.awareness.setLocalStateField('marker', 'after the demotion');
    await vi.waitFor(
      () => expect(watcher.stateOf(idle)?.marker).toBe('after the demotion'),
      SEEN_WITHIN,
    );
    expect(watcher.stateOf(idle)?.user).toMatchObject({ role: 'observer', readOnly: true });

    await changeRole(notes.server, admin, ONCOLOGIST_BERLIN, 'clinician');
    for (const editor of [typing, idle]) {
      expect(await editor.grant(3, 1_000), editor.label).toEqual({ mode: 'edit' });
    }
    expect(await tab.next('auth:accessChanged', undefined, 1_000)).toEqual({
      reason: 'role_changed',
    });
    addParagraph(idle.doc, 'Written after the promotion');
    await shows(watcher, 'Written after the promotion');
    await vi.waitFor(
      async () =>
        expect(await storedContent(notes.server.db, notes.caseId)).toContain(
          'Written after the promotion',
        ),
      SEEN_WITHIN,
    );
    expect(watcher.stateOf(idle)?.user).toEqual(
      await notesUserOf(notes.server, ONCOLOGIST_BERLIN, false),
    );
  });
});
