import { LIMITS } from '@konsil/shared';
import { expect, it } from 'vitest';
import { countNoteUpdates, loadNoteDocument } from '../storage/repositories/noteDocuments';
import {
  addParagraph,
  paragraphsOf,
  paragraphTexts,
  storedContent,
  waitForConvergence,
} from '../test/collabClient';
import { describeEachDatabase } from '../test/databases';
import {
  COORDINATOR_SEOUL,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
  SURGEON_BERLIN,
  useNotesBoard,
} from '../test/notesBoard';

describeEachDatabase('collaborative notes: durability', (dialect) => {
  const notes = useNotesBoard(dialect);

  it('has stored every edit by the time another client sees it', async () => {
    const berlin = await notes.open(ONCOLOGIST_BERLIN);
    const seoul = await notes.open(ONCOLOGIST_SEOUL);
    const text = addParagraph(berlin.doc, '');
    for (let edit = 1; edit <= 30; edit += 1) {
      text.insert(text.length, `e${edit};`);
      await expect.poll(() => seoul.content(), { timeout: 5_000 }).toContain(`e${edit};`);
      // Read once, no retry: forwarded means already stored.
      expect(await storedContent(notes.server.db, notes.caseId)).toContain(`e${edit};`);
    }
  });

  it('keeps an edit sent just before the tab closes', async () => {
    const seoul = await notes.open(ONCOLOGIST_SEOUL);
    const berlin = await notes.open(ONCOLOGIST_BERLIN);
    addParagraph(berlin.doc, 'Last words before closing the tab');
    berlin.destroy();
    await expect.poll(() => seoul.content()).toContain('Last words before closing the tab');
    seoul.destroy();
    await notes.unloaded();
    expect(await storedContent(notes.server.db, notes.caseId)).toBe(
      '<paragraph>Last words before closing the tab</paragraph>',
    );
  });

  it('merges the update log into one snapshot when the document unloads', async () => {
    const berlin = await notes.open(ONCOLOGIST_BERLIN);
    const text = addParagraph(berlin.doc, 'Staging: ');
    for (const word of ['cT2a ', 'cN2b ', 'cM0']) text.insert(text.length, word);
    await expect.poll(() => countNoteUpdates(notes.server.db, notes.caseId)).toBe(4);

    berlin.destroy();
    await notes.unloaded();
    const stored = await loadNoteDocument(notes.server.db, notes.caseId);
    expect(stored.updates).toEqual([]);
    expect(stored.snapshot).not.toBeNull();
    expect(await storedContent(notes.server.db, notes.caseId)).toBe(
      '<paragraph>Staging: cT2a cN2b cM0</paragraph>',
    );
    // And the next visit starts from that snapshot.
    const back = await notes.open(ONCOLOGIST_SEOUL);
    expect(paragraphsOf(back.doc)).toEqual(['Staging: cT2a cN2b cM0']);
  });

  it(`compacts the log every ${LIMITS.collab.compactEveryUpdates} updates while the notes stay open`, async () => {
    // Three writers keep each connection within its message burst.
    const writers = await Promise.all(
      [ONCOLOGIST_BERLIN, SURGEON_BERLIN, COORDINATOR_SEOUL].map((email) => notes.open(email)),
    );
    const perWriter = Math.ceil((LIMITS.collab.compactEveryUpdates + 30) / writers.length);
    writers.forEach((writer, index) => {
      addParagraph(writer.doc, `writer${index}:`);
    });
    await waitForConvergence(writers);
    for (let round = 0; round < perWriter; round += 1) {
      for (const writer of writers) {
        const own = paragraphTexts(writer.doc).find((text) =>
          text.toString().startsWith(`writer${writers.indexOf(writer)}:`),
        );
        own?.insert(own.length, '.');
      }
      // One event-loop turn per round, so the rounds do not all land in one append.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const converged = await waitForConvergence(writers, undefined, 15_000);
    expect(converged.match(/\./g)?.length).toBe(perWriter * writers.length);

    // Compaction follows the append that crossed the threshold; it need not be done yet.
    await expect
      .poll(async () => {
        const stored = await loadNoteDocument(notes.server.db, notes.caseId);
        return (
          stored.snapshot !== null && stored.updates.length < LIMITS.collab.compactEveryUpdates
        );
      })
      .toBe(true);
    expect(await storedContent(notes.server.db, notes.caseId)).toBe(converged);
    expect(writers.every((writer) => writer.closeCodes.length === 0)).toBe(true);
  });

  it('takes offline edits, and what is typed the moment the connection is back', async () => {
    const berlin = await notes.open(ONCOLOGIST_BERLIN);
    const seoul = await notes.open(ONCOLOGIST_SEOUL);
    const text = addParagraph(berlin.doc, 'Online;');
    await waitForConvergence([berlin, seoul]);

    berlin.dropConnection();
    text.insert(text.length, ' offline one; offline two;');
    // A keystroke right as the socket opens goes out before the sync exchange that carries
    // the offline edits it builds on: y-websocket sends updates as soon as it is connected.
    const onStatus = ({ status }: { status: string }) => {
      if (status !== 'connected') return;
      berlin.provider.off('status', onStatus);
      text.insert(text.length, ' reconnecting;');
    };
    berlin.provider.on('status', onStatus);
    berlin.provider.connect();

    const expected = '<paragraph>Online; offline one; offline two; reconnecting;</paragraph>';
    await waitForConvergence([berlin, seoul], expected);
    expect(berlin.closeCodes.filter((code) => code >= 4000)).toEqual([]);
    await expect.poll(() => storedContent(notes.server.db, notes.caseId)).toBe(expected);
  });
});
