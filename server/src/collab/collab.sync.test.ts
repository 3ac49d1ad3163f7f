import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { addParagraph, storedContent, waitForConvergence } from '../test/collabClient';
import { describeEachDatabase } from '../test/databases';
import { COORDINATOR_BERLIN, EDITORS, ONCOLOGIST_SEOUL, useNotesBoard } from '../test/notesBoard';
import { RandomTypist, typeRandomly } from '../test/notesTyping';

const SEED = 20_261_203;

describeEachDatabase('collaborative notes: sync and convergence', (dialect) => {
  const notes = useNotesBoard(dialect);

  /** Opens `count` editors (demo editors in turn, a second tab where there are more). */
  async function openEditors(count: number) {
    const clients = [];
    for (let index = 0; index < count; index += 1) {
      const email = EDITORS[index % EDITORS.length] as string;
      clients.push(await notes.open(email, notes.caseId, { label: `${email}#${index}` }));
    }
    return clients;
  }

  /** After everyone left and the document unloaded, a newcomer and the database show `expected`. */
  async function expectStored(expected: string) {
    await notes.unloaded();
    expect(await storedContent(notes.server.db, notes.caseId)).toBe(expected);
    const newcomer = await notes.open(ONCOLOGIST_SEOUL);
    expect(newcomer.content()).toBe(expected);
  }

  it('sends an edit to the other client and a newcomer gets it on first sync', async () => {
    const berlin = await notes.open(COORDINATOR_BERLIN);
    const seoul = await notes.open(ONCOLOGIST_SEOUL);
    addParagraph(berlin.doc, 'EGFR exon 19 deletion; discuss osimertinib');
    await waitForConvergence(
      [berlin, seoul],
      '<paragraph>EGFR exon 19 deletion; discuss osimertinib</paragraph>',
    );

    const late = await notes.open(EDITORS[2] as string);
    // The first sync already holds the content: no waiting for a later update.
    expect(late.content()).toBe(
      '<paragraph>EGFR exon 19 deletion; discuss osimertinib</paragraph>',
    );
  });

  it('converges two clients editing concurrently at random', async () => {
    const clients = await openEditors(2);
    const typists = clients.map(
      (client, index) => new RandomTypist(client, SEED + index, `w${'ab'[index]}`),
    );
    await Promise.all(typists.map((typist) => typeRandomly(typist, 150)));

    const converged = await waitForConvergence(clients);
    // The union of both clients' edits, and real text from each of them.
    expect(converged).toMatch(/wa\d+/);
    expect(converged).toMatch(/wb\d+/);
    expect(Y.encodeStateVector(clients[0]?.doc as Y.Doc)).toEqual(
      Y.encodeStateVector(clients[1]?.doc as Y.Doc),
    );

    for (const client of clients) client.destroy();
    await expectStored(converged);
  });

  it('converges ten clients editing concurrently at random, across a compaction', async () => {
    const clients = await openEditors(10);
    const typists = clients.map(
      (client, index) => new RandomTypist(client, SEED + 100 + index, `w${'abcdefghij'[index]}`),
    );
    // 10 × 80 updates: more than one compaction's worth (every 500) while everyone types.
    await Promise.all(typists.map((typist) => typeRandomly(typist, 80)));

    const converged = await waitForConvergence(clients, undefined, 20_000);
    const authors = new Set([...converged.matchAll(/w([a-j])\d+/g)].map((match) => match[1]));
    expect(authors.size).toBeGreaterThanOrEqual(8);

    for (const client of clients) client.destroy();
    await expectStored(converged);
  }, 60_000);
});
