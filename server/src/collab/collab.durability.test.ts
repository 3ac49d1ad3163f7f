import { LIMITS } from '@konsil/shared';
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  appendNoteUpdates,
  countNoteUpdates,
  loadNoteDocument,
} from '../storage/repositories/noteDocuments';
import {
  addParagraph,
  contentOf,
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

/** Two writers typing one keystroke per update, as the log holds them when nothing compacted it. */
function keystrokeHistory(words: readonly string[]): { log: Uint8Array[]; content: string } {
  const writers = [new Y.Doc(), new Y.Doc()];
  const log: Uint8Array[] = [];
  for (const writer of writers) {
    writer.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'sync') return;
      log.push(update);
      for (const other of writers) if (other !== writer) Y.applyUpdate(other, update, 'sync');
    });
  }
  const lines = writers.map((writer, index) => addParagraph(writer, `W${index}:`));
  for (const word of words) {
    for (const [index, line] of lines.entries()) {
      for (const character of ` ${word}${index}`) line.insert(line.length, character);
    }
  }
  return { log, content: contentOf(writers[0] as Y.Doc) };
}

describeEachDatabase('collaborative notes: loading a long update log', (dialect) => {
  const notes = useNotesBoard(dialect, { caseCount: 2 });
  const words = ['cT2a', 'cN2b', 'cM0', 'EGFR', '엑손19', 'Lobektomie', '😀', 'ÖGHO'];

  async function storeInTurns(logs: ReadonlyMap<string, readonly Uint8Array[]>) {
    const at = new Date();
    // Small batches in turns, so the cases' rows interleave in the table as they do live.
    for (let start = 0; [...logs.values()].some((log) => start < log.length); start += 7) {
      for (const [caseId, log] of logs) {
        const batch = log.slice(start, start + 7).map((payload) => ({ payload, userId: null }));
        await appendNoteUpdates(notes.server.db, caseId, batch, at);
      }
    }
  }

  it('gives a new client exactly what was typed, keystroke by keystroke, into each case', async () => {
    const [firstCase, secondCase] = notes.caseIds as [string, string];
    const first = keystrokeHistory(words.concat(words, words));
    const second = keystrokeHistory([...words].reverse());
    await storeInTurns(
      new Map([
        [firstCase, first.log],
        [secondCase, second.log],
      ]),
    );
    const stored = await loadNoteDocument(notes.server.db, firstCase);
    expect(stored.updates.map((row) => Buffer.from(row.payload))).toEqual(
      first.log.map((update) => Buffer.from(update)),
    );

    const reader = await notes.open(ONCOLOGIST_SEOUL, firstCase);
    const other = await notes.open(ONCOLOGIST_BERLIN, secondCase);
    expect(reader.content()).toBe(first.content);
    expect(other.content()).toBe(second.content);
    expect(first.content).toContain('W1: cT2a1 cN2b1 cM01 EGFR1 엑손191 Lobektomie1 😀1 ÖGHO1');
  });

  it('also opens a log that repeats a row, which cannot be merged into one update', async () => {
    const { log, content } = keystrokeHistory(words);
    const repeated = [...log.slice(0, 40), ...log.slice(20, 30), ...log.slice(40)];
    await storeInTurns(new Map([[notes.caseId, repeated]]));

    const reader = await notes.open(ONCOLOGIST_SEOUL);
    expect(reader.content()).toBe(content);
  });
});
