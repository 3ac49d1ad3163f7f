import { expect, it } from 'vitest';
import { countNoteUpdates } from '../storage/repositories/noteDocuments';
import {
  addParagraph,
  type NotesClient,
  paragraphTexts,
  storedContent,
  waitForConvergence,
} from '../test/collabClient';
import { describeEachDatabase } from '../test/databases';
import {
  ADMIN_BERLIN,
  notesUserOf,
  OBSERVER_BERLIN,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
  useNotesBoard,
} from '../test/notesBoard';
import { auditRows, userIdOf } from '../test/queries';

const AGREED = '<paragraph>Tumor board recommends lobectomy</paragraph>';

describeEachDatabase('collaborative notes: read-only connections', (dialect) => {
  const notes = useNotesBoard(dialect);

  async function refusalsOf(email: string) {
    const actorUserId = await userIdOf(notes.server.db, email);
    return auditRows(notes.server.db, { action: 'notes.edit_refused', actorUserId });
  }

  /** Waits until `viewer` sees the awareness marker `value` that `subject` set last. */
  async function seesMarker(viewer: NotesClient, subject: NotesClient, value: string) {
    await expect.poll(() => viewer.stateOf(subject)?.marker, { timeout: 5_000 }).toBe(value);
  }

  it("drops an observer's edits: nobody else and no storage gets them; audited once", async () => {
    const berlin = await notes.open(ONCOLOGIST_BERLIN);
    const seoul = await notes.open(ONCOLOGIST_SEOUL);
    addParagraph(berlin.doc, 'Tumor board recommends lobectomy');
    await waitForConvergence([berlin, seoul], AGREED);
    await expect.poll(() => storedContent(notes.server.db, notes.caseId)).toBe(AGREED);

    const observer = await notes.open(OBSERVER_BERLIN);
    expect(observer.content()).toBe(AGREED);
    const storedUpdates = await countNoteUpdates(notes.server.db, notes.caseId);

    // Two attempts: a new paragraph, then deleting what the others agreed on.
    addParagraph(observer.doc, 'Observer: chemotherapy instead');
    paragraphTexts(observer.doc)[0]?.delete(0, 11);
    observer.awareness.setLocalStateField('marker', 'after both edits');
    await seesMarker(berlin, observer, 'after both edits');

    expect(berlin.content()).toBe(AGREED);
    expect(seoul.content()).toBe(AGREED);
    expect(await countNoteUpdates(notes.server.db, notes.caseId)).toBe(storedUpdates);
    expect(await storedContent(notes.server.db, notes.caseId)).toBe(AGREED);
    const refusals = await refusalsOf(OBSERVER_BERLIN);
    expect(refusals.map((row) => [row.object_id, row.outcome])).toEqual([
      [notes.caseId, 'refused'],
    ]);

    // The observer still follows what the others write.
    addParagraph(seoul.doc, 'Adjuvant osimertinib');
    await expect
      .poll(() => observer.content())
      .toContain('<paragraph>Adjuvant osimertinib</paragraph>');
    await waitForConvergence(
      [berlin, seoul],
      `${AGREED}<paragraph>Adjuvant osimertinib</paragraph>`,
    );
    expect(berlin.content()).not.toContain('chemotherapy');
  });

  it('does not count merely reading as an attempt to edit', async () => {
    const berlin = await notes.open(ONCOLOGIST_BERLIN);
    addParagraph(berlin.doc, 'Tumor board recommends lobectomy');
    await expect.poll(() => storedContent(notes.server.db, notes.caseId)).toBe(AGREED);

    const observer = await notes.open(OBSERVER_BERLIN);
    expect(observer.content()).toBe(AGREED);
    // The marker reaches Berlin only after the server handled everything the observer sent before.
    observer.awareness.setLocalStateField('marker', 'reading');
    await seesMarker(berlin, observer, 'reading');
    expect(await refusalsOf(OBSERVER_BERLIN)).toEqual([]);
  });

  it('shows observers and admins as read-only in awareness, editors as editors', async () => {
    const berlin = await notes.open(ONCOLOGIST_BERLIN);
    const observer = await notes.open(OBSERVER_BERLIN);
    const admin = await notes.open(ADMIN_BERLIN);
    for (const client of [berlin, observer, admin]) {
      client.awareness.setLocalStateField('marker', client.label);
    }
    const seoul = await notes.open(ONCOLOGIST_SEOUL);
    for (const client of [berlin, observer, admin]) await seesMarker(seoul, client, client.label);

    expect(seoul.stateOf(observer)?.user).toEqual(
      await notesUserOf(notes.server, OBSERVER_BERLIN, true),
    );
    expect(seoul.stateOf(admin)?.user).toEqual(await notesUserOf(notes.server, ADMIN_BERLIN, true));
    expect(seoul.stateOf(berlin)?.user).toEqual(
      await notesUserOf(notes.server, ONCOLOGIST_BERLIN, false),
    );

    const opened = await auditRows(notes.server.db, { action: 'notes.opened' });
    const modes = new Map<string | null, unknown>(
      opened.map((row) => [row.actor_user_id, JSON.parse(row.details ?? '{}').mode]),
    );
    expect(modes.get(await userIdOf(notes.server.db, OBSERVER_BERLIN))).toBe('read');
    expect(modes.get(await userIdOf(notes.server.db, ADMIN_BERLIN))).toBe('read');
    expect(modes.get(await userIdOf(notes.server.db, ONCOLOGIST_BERLIN))).toBe('edit');
  });

  it("drops an admin's edits too", async () => {
    const berlin = await notes.open(ONCOLOGIST_BERLIN);
    const admin = await notes.open(ADMIN_BERLIN);
    addParagraph(admin.doc, 'Admin note');
    admin.awareness.setLocalStateField('marker', 'after the edit');
    await seesMarker(berlin, admin, 'after the edit');
    expect(await refusalsOf(ADMIN_BERLIN)).toHaveLength(1);
    addParagraph(berlin.doc, 'Clinician note');
    await expect.poll(() => admin.content()).toContain('Clinician note');
    expect(berlin.content()).toBe('<paragraph>Clinician note</paragraph>');
    await expect
      .poll(() => storedContent(notes.server.db, notes.caseId))
      .toBe('<paragraph>Clinician note</paragraph>');
  });
});
