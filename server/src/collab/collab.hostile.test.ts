import { CLOSE_CODES, LIMITS } from '@konsil/shared';
import { expect, it } from 'vitest';
import {
  addParagraph,
  type NotesClient,
  storedContent,
  waitForConvergence,
} from '../test/collabClient';
import { describeEachDatabase } from '../test/databases';
import {
  BARRAGE_MIX,
  HOSTILE_MARK,
  type HostileMessage,
  hostileBarrage,
} from '../test/hostileNotes';
import {
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
  SURGEON_BERLIN,
  useNotesBoard,
} from '../test/notesBoard';
import { RandomTypist } from '../test/notesTyping';
import { MESSAGE_QUERY_AWARENESS, openRawNotes } from '../test/rawNotesSocket';

const SEED = 4_400;
const PHASES = 4;
const PARALLEL_SOCKETS = 16;
const TOTAL = Object.values(BARRAGE_MIX).reduce((sum, count) => sum + count, 0);

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `work` over the next `count` items of `source`, `parallel` at a time. */
async function inParallel<T>(
  source: Iterator<T>,
  count: number,
  parallel: number,
  work: (item: T) => Promise<void>,
) {
  let taken = 0;
  const worker = async () => {
    while (taken < count) {
      taken += 1;
      const next = source.next();
      if (next.done) return;
      await work(next.value);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

/** Edits every 30 ms (well inside the per-connection message rate) until `stop` is called. */
function keepTyping(typists: RandomTypist[]) {
  let typing = true;
  const done = Promise.all(
    typists.map(async (typist) => {
      while (typing) {
        typist.edit();
        await pause(30);
      }
    }),
  );
  return () => {
    typing = false;
    return done;
  };
}

describeEachDatabase('collaborative notes under hostile input', (dialect) => {
  const notes = useNotesBoard(dialect);

  async function expectHonestConverged(honest: NotesClient[]) {
    const converged = await waitForConvergence(honest, undefined, 15_000);
    expect(converged).not.toContain(HOSTILE_MARK);
    for (const client of honest) expect(client.closeCodes, client.label).toEqual([]);
    return converged;
  }

  it(`closes ${TOTAL} hostile connections as bad input while two honest clients keep editing`, async () => {
    const berlin = await notes.open(ONCOLOGIST_BERLIN);
    const seoul = await notes.open(ONCOLOGIST_SEOUL);
    const typists = [new RandomTypist(berlin, SEED, 'hb'), new RandomTypist(seoul, SEED + 1, 'hs')];
    // A participant who may edit, sending crafted bytes: the worst case the policy admits.
    const attacker = await notes.browser(SURGEON_BERLIN);
    const barrage = hostileBarrage(SEED, () => berlin.doc);
    const wrongCloses: string[] = [];
    let opened = 0;
    let sent = 0;

    const sendOne = async (message: HostileMessage) => {
      // Five sockets per address, as a spread-out attack would come: the handshake flood guard
      // is not what this test is about.
      const address = `10.44.${Math.floor(opened / 1000)}.${Math.floor(opened / 5) % 200}`;
      opened += 1;
      const socket = notes.trackSocket(
        openRawNotes(notes.server.baseUrl, attacker, notes.caseId, { forwardedFor: address }),
      );
      // Half arrive while the connection is still being admitted, half once it is in sync.
      if (opened % 2 === 0) expect(await socket.received(1)).toBe(true);
      await socket.send(message.bytes);
      const close = await socket.closeWithin();
      sent += 1;
      if (!message.expected.includes(close.code)) {
        const bytes = Buffer.from(message.bytes.slice(0, 24)).toString('hex');
        wrongCloses.push(
          `${message.kind}: closed ${close.code} (${close.reason}), bytes ${bytes}…`,
        );
      }
    };

    for (let phase = 0; phase < PHASES; phase += 1) {
      const stopTyping = keepTyping(typists);
      await inParallel(barrage, TOTAL / PHASES, PARALLEL_SOCKETS, sendOne);
      await stopTyping();
      // Converged between phases of the barrage, not only after it.
      await expectHonestConverged([berlin, seoul]);
    }
    expect(sent).toBe(TOTAL);
    expect(wrongCloses).toEqual([]);

    // Still up and serving, and the honest clients go on as before.
    expect((await fetch(`${notes.server.baseUrl}/healthz`)).status).toBe(200);
    const stopTyping = keepTyping(typists);
    await pause(300);
    await stopTyping();
    const final = await expectHonestConverged([berlin, seoul]);
    expect(final).toMatch(/hb\d+/);
    expect(final).toMatch(/hs\d+/);

    // What the database holds is exactly what the honest clients show.
    berlin.destroy();
    seoul.destroy();
    await notes.unloaded();
    expect(await storedContent(notes.server.db, notes.caseId)).toBe(final);
    const newcomer = await notes.open(ONCOLOGIST_BERLIN);
    expect(newcomer.content()).toBe(final);
  }, 180_000);

  it('closes a text frame and an empty frame as bad input', async () => {
    const attacker = await notes.browser(SURGEON_BERLIN);
    for (const frame of ['hello', new Uint8Array(0)]) {
      const socket = notes.trackSocket(openRawNotes(notes.server.baseUrl, attacker, notes.caseId));
      expect(await socket.received(1)).toBe(true);
      socket.socket.send(frame);
      expect((await socket.closeWithin()).code).toBe(CLOSE_CODES.badMessage);
    }
  });

  it('cuts off a flood of valid messages with the transient rate-limit code', async () => {
    const berlin = await notes.open(ONCOLOGIST_BERLIN);
    const flooder = await notes.browser(SURGEON_BERLIN);
    const socket = notes.trackSocket(openRawNotes(notes.server.baseUrl, flooder, notes.caseId));
    expect(await socket.received(1)).toBe(true);
    const queryAwareness = new Uint8Array([MESSAGE_QUERY_AWARENESS]);
    for (let index = 0; index < LIMITS.collab.messageBurst + 60; index += 1) {
      socket.socket.send(queryAwareness);
    }
    expect((await socket.closeWithin()).code).toBe(CLOSE_CODES.rateLimited);
    // Only the flooding connection pays.
    addParagraph(berlin.doc, 'Unaffected');
    await expect
      .poll(() => storedContent(notes.server.db, notes.caseId))
      .toBe('<paragraph>Unaffected</paragraph>');
    expect(berlin.closeCodes).toEqual([]);
  });
});

describeEachDatabase('collaborative notes that would outgrow the document limit', (dialect) => {
  const notes = useNotesBoard(dialect);

  it('closes the writer whose update would take the document past its size limit, keeping the rest', async () => {
    const berlin = await notes.open(ONCOLOGIST_BERLIN);
    const seoul = await notes.open(ONCOLOGIST_SEOUL);
    // Each paragraph is one update just under the message limit; eight fit, the ninth does not.
    const chunk = 'x'.repeat(LIMITS.collab.maxMessageBytes - 4096);
    const fitting = Math.floor(LIMITS.collab.maxDocumentBytes / chunk.length);
    for (let index = 0; index < fitting; index += 1) {
      addParagraph(berlin.doc, `${index}${chunk}`);
      await expect.poll(() => seoul.doc.getXmlFragment('default').length).toBe(index + 1);
    }
    addParagraph(berlin.doc, `over${chunk}`);
    await expect.poll(() => berlin.closeCodes).toContain(CLOSE_CODES.tooLarge);

    // The ninth paragraph went nowhere; the eight before it are stored and still with Seoul.
    expect(seoul.doc.getXmlFragment('default').length).toBe(fitting);
    expect(seoul.closeCodes).toEqual([]);
    berlin.destroy();
    seoul.destroy();
    await notes.unloaded();
    const stored = await storedContent(notes.server.db, notes.caseId);
    expect(stored).not.toContain('over');
    expect(stored.split('<paragraph>')).toHaveLength(fitting + 1);
  }, 60_000);
});
