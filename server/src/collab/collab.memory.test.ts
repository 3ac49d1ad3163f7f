import { expect, it } from 'vitest';
import {
  addParagraph,
  openSyncedNotes,
  paragraphsOf,
  storedContent,
  waitForConvergence,
} from '../test/collabClient';
import { describeEachDatabase } from '../test/databases';
import { EDITORS, ONCOLOGIST_BERLIN, ONCOLOGIST_SEOUL, useNotesBoard } from '../test/notesBoard';

const CASES = 5;
const CYCLES = 50;

describeEachDatabase('collaborative notes: documents leave memory', (dialect) => {
  const notes = useNotesBoard(dialect, { caseCount: CASES });

  it('keeps a document while anyone has it open and unloads it after the last one leaves', async () => {
    const collab = notes.server.app.collab;
    expect(collab.isLoaded(notes.caseId)).toBe(false);
    const berlin = await notes.open(ONCOLOGIST_BERLIN);
    const seoul = await notes.open(ONCOLOGIST_SEOUL);
    expect(collab.isLoaded(notes.caseId)).toBe(true);
    expect(collab.loadedDocumentCount()).toBe(1);

    addParagraph(berlin.doc, 'Written before Berlin left');
    await waitForConvergence([berlin, seoul]);
    berlin.destroy();
    // Seoul stops seeing Berlin once the server has handled the leave; the document stays.
    await expect.poll(() => seoul.stateOf(berlin), { timeout: 5_000 }).toBeUndefined();
    expect(collab.isLoaded(notes.caseId)).toBe(true);
    addParagraph(seoul.doc, 'Written while alone');
    await expect
      .poll(() => storedContent(notes.server.db, notes.caseId))
      .toContain('Written while alone');

    seoul.destroy();
    await notes.unloaded();
    expect(collab.loadedDocumentCount()).toBe(0);

    const back = await notes.open(ONCOLOGIST_BERLIN);
    expect(paragraphsOf(back.doc)).toEqual(['Written before Berlin left', 'Written while alone']);
  });

  it(`returns to no loaded documents after ${CYCLES} open/close cycles over ${CASES} cases`, async () => {
    const collab = notes.server.app.collab;
    const browsers = await Promise.all(EDITORS.slice(0, 4).map((email) => notes.browser(email)));
    const written = new Map<string, string[]>(notes.caseIds.map((id) => [id, []]));

    for (let cycle = 0; cycle < CYCLES; cycle += 1) {
      const caseId = notes.caseIds[cycle % CASES] as string;
      const browser = browsers[cycle % browsers.length];
      if (!browser) throw new Error('no browser');
      const client = notes.track(
        await openSyncedNotes(browser, caseId, { label: `cycle ${cycle}` }),
      );
      // Each visit finds everything earlier visits to this case wrote.
      expect(paragraphsOf(client.doc)).toEqual(written.get(caseId));
      addParagraph(client.doc, `cycle ${cycle}`);
      written.get(caseId)?.push(`cycle ${cycle}`);
      await expect
        .poll(() => storedContent(notes.server.db, caseId))
        .toContain(`<paragraph>cycle ${cycle}</paragraph>`);
      // Half the visits leave at once, half drop their connection without a goodbye.
      if (cycle % 2 === 0) client.destroy();
      else client.dropConnection();
    }

    await expect.poll(() => collab.loadedDocumentCount(), { timeout: 10_000 }).toBe(0);
    for (const caseId of notes.caseIds) {
      expect(collab.isLoaded(caseId)).toBe(false);
      const expected = written.get(caseId) ?? [];
      expect(expected).toHaveLength(CYCLES / CASES);
      const reopened = await notes.open(ONCOLOGIST_BERLIN, caseId);
      expect(paragraphsOf(reopened.doc)).toEqual(expected);
      reopened.destroy();
    }
    await expect.poll(() => collab.loadedDocumentCount(), { timeout: 10_000 }).toBe(0);
  }, 60_000);
});
