import { NOTES_FRAGMENT } from '@konsil/shared';
import * as prng from 'lib0/prng';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeUpdate, mergeUpdateLog } from './updateLogMerge';

type Loader = (snapshot: Uint8Array | null, log: readonly Uint8Array[]) => Y.Doc;

/** How the server loaded notes before: every row applied on its own. */
const loadRowByRow: Loader = (snapshot, log) => {
  const doc = new Y.Doc();
  Y.transact(doc, () => {
    if (snapshot) Y.applyUpdate(doc, snapshot);
    for (const update of log) Y.applyUpdate(doc, update);
  });
  return doc;
};

const loadMerged: Loader = (snapshot, log) => {
  const doc = new Y.Doc();
  Y.transact(doc, () => {
    if (snapshot) Y.applyUpdate(doc, snapshot);
    const merged = mergeUpdateLog(doc, log);
    if (!merged) throw new Error('the log could not be merged');
    Y.applyUpdate(doc, merged);
  });
  return doc;
};

function expectSameDocument(actual: Y.Doc, expected: Y.Doc): void {
  expect(actual.store.pendingStructs).toBeNull();
  expect(actual.store.pendingDs).toBeNull();
  expect(actual.getXmlFragment(NOTES_FRAGMENT).toString()).toBe(
    expected.getXmlFragment(NOTES_FRAGMENT).toString(),
  );
  expect(Buffer.from(Y.encodeStateAsUpdate(actual))).toEqual(
    Buffer.from(Y.encodeStateAsUpdate(expected)),
  );
}

const structCount = (update: Uint8Array) => Y.decodeUpdate(update).structs.length;

/** One client typing `text` character by character into a new paragraph: one update per key. */
function typing(text: string, clientId = 7): { doc: Y.Doc; log: Uint8Array[] } {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const log: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => log.push(update));
  const paragraph = new Y.XmlElement('paragraph');
  const line = new Y.XmlText();
  doc.transact(() => {
    doc.getXmlFragment(NOTES_FRAGMENT).push([paragraph]);
    paragraph.insert(0, [line]);
  });
  let index = 0;
  for (const character of text) {
    line.insert(index, character);
    index += character.length;
  }
  return { doc, log };
}

interface Editor {
  doc: Y.Doc;
  outbox: Uint8Array[];
  /** Where this editor types next, so that runs of keystrokes happen as they do in the editor. */
  caret: { line: Y.XmlText; index: number } | null;
}

const REMOTE = Symbol('remote');

function paragraphLines(doc: Y.Doc): Y.XmlText[] {
  return doc
    .getXmlFragment(NOTES_FRAGMENT)
    .toArray()
    .flatMap((node) => (node instanceof Y.XmlElement ? node.toArray() : []))
    .filter((node): node is Y.XmlText => node instanceof Y.XmlText);
}

function editOnce(random: prng.PRNG, editor: Editor): void {
  const fragment = editor.doc.getXmlFragment(NOTES_FRAGMENT);
  const lines = paragraphLines(editor.doc);
  const caret = editor.caret;
  const roll = prng.uint32(random, 0, 99);
  if (lines.length === 0 || roll < 8) {
    const paragraph = new Y.XmlElement('paragraph');
    const line = new Y.XmlText();
    editor.doc.transact(() => {
      fragment.insert(prng.uint32(random, 0, fragment.length), [paragraph]);
      paragraph.insert(0, [line]);
    });
    editor.caret = { line, index: 0 };
    return;
  }
  if (caret && caret.index <= caret.line.length && roll < 70) {
    // Mostly: the next keystroke right after the previous one.
    const key = prng.oneOf(random, ['a', 'b', ' ', 'ü', '한', '😀']);
    caret.line.insert(caret.index, key);
    caret.index += key.length;
    return;
  }
  const line = prng.oneOf(random, lines);
  const length = line.length;
  const at = prng.uint32(random, 0, length);
  if (roll < 80 || length === 0) {
    const word = prng.word(random, 1, 4);
    line.insert(at, word);
    editor.caret = { line, index: at + word.length };
  } else if (roll < 88) {
    line.delete(Math.min(at, length - 1), prng.uint32(random, 1, Math.max(1, length - at)));
    editor.caret = null;
  } else if (roll < 93) {
    line.format(Math.min(at, length - 1), prng.uint32(random, 1, 3), { bold: prng.bool(random) });
  } else if (roll < 96) {
    const paragraph = line.parent;
    if (paragraph instanceof Y.XmlElement) {
      paragraph.setAttribute('textAlign', prng.oneOf(random, ['left', 'center', 'right']));
    }
  } else if (roll < 98) {
    line.insertEmbed(at, { image: prng.word(random, 2, 5) });
  } else if (fragment.length > 1) {
    fragment.delete(prng.uint32(random, 0, fragment.length - 1), 1);
    editor.caret = null;
  }
}

/**
 * A seeded editing session shaped like the server's: editors edit locally, send
 * what they have (each update, or all of it merged as after being offline) and
 * catch up with the server now and then. Returns the server's update log as
 * NoteDocument stores it: one row per update event of the server's document.
 */
function randomSession(seed: number): { log: Uint8Array[]; server: Y.Doc } {
  const random = prng.create(seed);
  const server = new Y.Doc();
  const log: Uint8Array[] = [];
  server.on('update', (update: Uint8Array) => log.push(update));
  const editors: Editor[] = Array.from({ length: prng.uint32(random, 2, 4) }, (_, index) => {
    const doc = new Y.Doc();
    doc.clientID = 1_000 + index * 17 + prng.uint32(random, 0, 16);
    const editor: Editor = { doc, outbox: [], caret: null };
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE) editor.outbox.push(update);
    });
    return editor;
  });
  const send = (editor: Editor) => {
    if (editor.outbox.length === 0) return;
    const updates = prng.uint32(random, 0, 9) < 2 ? [Y.mergeUpdates(editor.outbox)] : editor.outbox;
    for (const update of updates) Y.applyUpdate(server, update);
    editor.outbox = [];
  };
  const catchUp = (editor: Editor) => {
    const missing = Y.encodeStateAsUpdate(server, Y.encodeStateVector(editor.doc));
    Y.applyUpdate(editor.doc, missing, REMOTE);
  };
  for (let step = 0; step < 400; step += 1) {
    const editor = prng.oneOf(random, editors);
    const roll = prng.uint32(random, 0, 99);
    if (roll < 75) editOnce(random, editor);
    else if (roll < 90) send(editor);
    else {
      send(editor);
      catchUp(editor);
    }
  }
  for (const editor of editors) send(editor);
  return { log, server };
}

describe('mergeUpdateLog', () => {
  it('loads a keystroke-per-update history as one text item, identical to applying each row', () => {
    const { doc, log } = typing('Staging: cT2a cN1 cM0; EGFR exon 19 deletion. 다학제 회의 😀');
    const merged = mergeUpdateLog(new Y.Doc(), log);

    expect(merged).not.toBeNull();
    // Paragraph, its text, and the whole typed string as a single item.
    expect(structCount(merged as Uint8Array)).toBe(3);
    expectSameDocument(loadMerged(null, log), loadRowByRow(null, log));
    expect(loadMerged(null, log).getXmlFragment(NOTES_FRAGMENT).toString()).toBe(
      doc.getXmlFragment(NOTES_FRAGMENT).toString(),
    );
  });

  it.each(Array.from({ length: 40 }, (_, index) => 1_000 + index))(
    'gives the same document as row-by-row loading for random multi-editor session %i',
    (seed) => {
      const { log, server } = randomSession(seed);
      const rowByRow = loadRowByRow(null, log);

      expectSameDocument(loadMerged(null, log), rowByRow);
      expect(rowByRow.getXmlFragment(NOTES_FRAGMENT).toString()).toBe(
        server.getXmlFragment(NOTES_FRAGMENT).toString(),
      );
      // Every session types runs of keystrokes; at least a fifth of its items must have been joined.
      const merged = mergeUpdateLog(new Y.Doc(), log) as Uint8Array;
      const rowStructs = log.reduce((sum, update) => sum + structCount(update), 0);
      expect(structCount(merged)).toBeLessThan(rowStructs * 0.8);
    },
  );

  it.each(Array.from({ length: 20 }, (_, index) => 2_000 + index))(
    'gives the same document on top of a snapshot, also when the log repeats part of it (session %i)',
    (seed) => {
      const { log } = randomSession(seed);
      const random = prng.create(seed);
      const cut = prng.uint32(random, 1, log.length - 1);
      const snapshot = Y.encodeStateAsUpdate(loadRowByRow(null, log.slice(0, cut)));
      const tail = log.slice(cut);
      // Rows another process merged into the snapshot may still be in the log.
      const overlappingTail = log.slice(prng.uint32(random, 0, cut));

      expectSameDocument(loadMerged(snapshot, tail), loadRowByRow(snapshot, tail));
      expectSameDocument(
        loadMerged(snapshot, overlappingTail),
        loadRowByRow(snapshot, overlappingTail),
      );
      expectSameDocument(loadMerged(snapshot, tail), loadRowByRow(null, log));
    },
  );

  describe('map entries, whose next value replaces the previous one', () => {
    const mapEntry = (clock: number, origin: Y.ID | null, text: string) =>
      new Y.Item(
        Y.createID(5, clock),
        null,
        origin,
        null,
        null,
        // Decoded items name a root parent by its key; Yjs's typings leave that out.
        (origin ? null : NOTES_FRAGMENT) as unknown as Y.ID | null,
        origin ? null : 'title',
        new Y.ContentString(text),
      );
    const updateOf = (item: Y.Item) =>
      encodeUpdate(new Map([[5, [item]]]), Y.decodeUpdate(new Uint8Array([0, 0])).ds);
    const first = updateOf(mapEntry(0, null, 'a'));
    const second = updateOf(mapEntry(1, Y.createID(5, 0), 'b'));
    const third = updateOf(mapEntry(2, Y.createID(5, 1), 'c'));

    it('are not joined when the log holds the first value', () => {
      const log = [first, second, third];

      expect(structCount(mergeUpdateLog(new Y.Doc(), log) as Uint8Array)).toBe(3);
      expectSameDocument(loadMerged(null, log), loadRowByRow(null, log));
    });

    it('are not joined when the first value is in the snapshot', () => {
      const snapshot = Y.encodeStateAsUpdate(loadRowByRow(null, [first]));
      const snapshotDoc = loadRowByRow(snapshot, []);

      expect(structCount(mergeUpdateLog(snapshotDoc, [second, third]) as Uint8Array)).toBe(2);
      expectSameDocument(
        loadMerged(snapshot, [second, third]),
        loadRowByRow(snapshot, [second, third]),
      );
    });
  });

  describe('logs it cannot express as one update', () => {
    const { log } = typing('abcdef');

    it('gives null for a gap in a client’s clocks', () => {
      const withGap = [log[0], log[1], log[3]] as Uint8Array[];

      expect(mergeUpdateLog(new Y.Doc(), withGap)).toBeNull();
    });

    it('gives null for a row that repeats clocks already in the log', () => {
      const repeated = [log[0], log[1], log[2], log[1], log[3]] as Uint8Array[];

      expect(mergeUpdateLog(new Y.Doc(), repeated)).toBeNull();
    });
  });
});
