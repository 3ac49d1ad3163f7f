import { findDuplicatedParagraphs, NOTES_FRAGMENT } from '@konsil/shared';
import { splitBlock } from '@tiptap/pm/commands';
import { splitListItem } from '@tiptap/pm/schema-list';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoundEditor, notesSchema } from './boundEditors.testkit';
import { duplicatedParagraphsIn, notesLinesOf } from './duplicatedParagraphs';

/**
 * What TipTap's Yjs binding (@tiptap/y-tiptap, the binding the notes editor uses) does with two
 * Enters pressed in the same paragraph by people who have not seen each other's edit. These
 * tests characterise the binding as it is: if an upgrade stops duplicating, they fail and say
 * so, and the warning before signing can be reconsidered.
 */

const SPINE = 'Palliative radiotherapy of the spine: 30 Gy/10 fractions possible';
const TAIL = '30 Gy/10 fractions possible';
/** Enter is splitBlock in a paragraph (TipTap's keymap ends in it) and splitListItem in a list. */
const enter = splitBlock;

let editors: BoundEditor[] = [];
afterEach(() => {
  for (const editor of editors) editor.destroy();
  editors = [];
});

/** Two editors on the same notes, the first of which has typed `text` while both were online. */
function twoEditorsWith(text: string): [BoundEditor, BoundEditor] {
  const [berlin, seoul] = BoundEditor.connected([1, 2]);
  if (!berlin || !seoul) throw new Error('two editors');
  editors = [berlin, seoul];
  berlin.insertText(text);
  expect(seoul.paragraphs()).toEqual([text]);
  return [berlin, seoul];
}

describe('two Enters in one paragraph, one person offline', () => {
  it('leaves the text after the cursor twice, in both editors and in Yjs', () => {
    const [berlin, seoul] = twoEditorsWith(SPINE);
    seoul.goOffline();
    berlin.placeCursorBefore(TAIL);
    berlin.run(enter);
    seoul.placeCursorBefore(TAIL);
    seoul.run(enter);
    expect(berlin.paragraphs()).toEqual(['Palliative radiotherapy of the spine: ', TAIL]);
    expect(seoul.paragraphs()).toEqual(['Palliative radiotherapy of the spine: ', TAIL]);

    seoul.reconnect();

    const merged = ['Palliative radiotherapy of the spine: ', TAIL, TAIL];
    expect(berlin.paragraphs()).toEqual(merged);
    expect(seoul.paragraphs()).toEqual(merged);
    // Stored that way, so the minutes (generated from the Yjs document) carry it too.
    const stored = berlin.doc
      .getXmlFragment(NOTES_FRAGMENT)
      .toArray()
      .map((node) => (node instanceof Y.XmlElement ? node.toString() : ''));
    expect(stored).toEqual([
      '<paragraph>Palliative radiotherapy of the spine: </paragraph>',
      `<paragraph>${TAIL}</paragraph>`,
      `<paragraph>${TAIL}</paragraph>`,
    ]);
    expect(findDuplicatedParagraphs(merged)).toEqual([{ text: TAIL, index: 2, repeats: 1 }]);
    // Both people's editors say so under the notes.
    for (const editor of [berlin, seoul]) {
      expect(duplicatedParagraphsIn(editor.pmDoc)).toEqual([{ text: TAIL, index: 2, repeats: 1 }]);
    }
  });

  it('is how the binding writes a split: the tail deleted, a new paragraph inserted with it', () => {
    const [berlin] = twoEditorsWith(SPINE);
    const fragment = berlin.doc.getXmlFragment(NOTES_FRAGMENT);
    const original = fragment.get(0);
    const changes: unknown[] = [];
    fragment.observeDeep((events) => {
      for (const event of events) {
        changes.push(
          event.delta.map((op) =>
            op.insert ? { insert: (op.insert as Y.XmlElement[]).map(String) } : op,
          ),
        );
      }
    });

    berlin.placeCursorBefore(TAIL);
    berlin.run(enter);

    // The first paragraph is still the same Yjs element, only shortened: there is no "split".
    expect(fragment.get(0)).toBe(original);
    expect(changes).toEqual([
      [{ retain: 1 }, { insert: [`<paragraph>${TAIL}</paragraph>`] }],
      [{ retain: SPINE.length - TAIL.length }, { delete: TAIL.length }],
    ]);
  });

  it('with the cursors at different places, leaves the later tail inside the earlier one', () => {
    const [berlin, seoul] = twoEditorsWith(SPINE);
    seoul.goOffline();
    berlin.placeCursorBefore(TAIL);
    berlin.run(enter);
    seoul.placeCursorBefore('10 fractions');
    seoul.run(enter);

    seoul.reconnect();

    const merged = ['Palliative radiotherapy of the spine: ', TAIL, '10 fractions possible'];
    expect(berlin.paragraphs()).toEqual(merged);
    expect(seoul.paragraphs()).toEqual(merged);
    expect(findDuplicatedParagraphs(merged)).toEqual([
      { text: '10 fractions possible', index: 2, repeats: 1 },
    ]);
  });

  it('keeps both copies apart when each person typed into their new paragraph', () => {
    const [berlin, seoul] = twoEditorsWith(SPINE);
    seoul.goOffline();
    berlin.placeCursorBefore(TAIL);
    berlin.run(enter);
    berlin.insertText('Dose: ');
    seoul.placeCursorBefore(TAIL);
    seoul.run(enter);

    seoul.reconnect();

    const merged = ['Palliative radiotherapy of the spine: ', `Dose: ${TAIL}`, TAIL];
    expect(berlin.paragraphs()).toEqual(merged);
    expect(findDuplicatedParagraphs(merged)).toEqual([{ text: TAIL, index: 2, repeats: 1 }]);
  });

  it('does the same in a bullet list: the item is split, its tail lands in two items', () => {
    const [berlin, seoul] = BoundEditor.connected([1, 2]);
    if (!berlin || !seoul) throw new Error('two editors');
    editors = [berlin, seoul];
    const { bulletList, listItem, paragraph } = notesSchema.nodes;
    if (!bulletList || !listItem || !paragraph) throw new Error('list nodes in the schema');
    const list = bulletList.create(
      null,
      listItem.create(null, paragraph.create(null, notesSchema.text(SPINE))),
    );
    berlin.view.dispatch(berlin.view.state.tr.replaceWith(0, berlin.pmDoc.content.size, list));
    expect(seoul.paragraphs()).toEqual([SPINE]);
    seoul.goOffline();
    berlin.placeCursorBefore(TAIL);
    berlin.run(splitListItem(listItem));
    seoul.placeCursorBefore(TAIL);
    seoul.run(splitListItem(listItem));

    seoul.reconnect();

    const merged = ['Palliative radiotherapy of the spine: ', TAIL, TAIL];
    expect(berlin.paragraphs()).toEqual(merged);
    expect(seoul.paragraphs()).toEqual(merged);
    expect(berlin.pmDoc.firstChild?.childCount).toBe(3);
    // As the minutes write a list: "• " before each item.
    expect(findDuplicatedParagraphs(merged.map((text) => `• ${text}`))).toHaveLength(1);
  });
  it('in a paragraph with a line break, leaves the text before the cursor twice instead', () => {
    const [berlin, seoul] = BoundEditor.connected([1, 2]);
    if (!berlin || !seoul) throw new Error('two editors');
    editors = [berlin, seoul];
    const { paragraph, hardBreak } = notesSchema.nodes;
    if (!paragraph || !hardBreak) throw new Error('paragraph and hard break in the schema');
    const withBreak = paragraph.create(null, [
      notesSchema.text(SPINE),
      hardBreak.create(),
      notesSchema.text('Start next week'),
    ]);
    berlin.view.dispatch(berlin.view.state.tr.replaceWith(0, berlin.pmDoc.content.size, withBreak));
    seoul.goOffline();
    berlin.placeCursorBefore(TAIL);
    berlin.run(enter);
    seoul.placeCursorBefore(TAIL);
    seoul.run(enter);

    seoul.reconnect();

    // The binding kept the original paragraph for the part after the cursor (it shares the
    // line break and the second line with it) and inserted the part before it anew.
    const head = 'Palliative radiotherapy of the spine: ';
    const merged = [head, head, `${TAIL}Start next week`];
    expect(berlin.paragraphs()).toEqual(merged);
    expect(seoul.paragraphs()).toEqual(merged);
    expect(findDuplicatedParagraphs(merged)).toEqual([{ text: head.trim(), index: 1, repeats: 0 }]);
    // Line by line, as the minutes write the notes: the line break starts a line of its own.
    expect(notesLinesOf(berlin.pmDoc)).toEqual([head, head, TAIL, 'Start next week']);
    expect(duplicatedParagraphsIn(berlin.pmDoc)).toEqual([
      { text: head.trim(), index: 1, repeats: 0 },
    ]);
  });
});

describe('the same Enters while both are online', () => {
  it('split once: the second Enter sees the first and only adds an empty paragraph', () => {
    const [berlin, seoul] = twoEditorsWith(SPINE);
    berlin.placeCursorBefore(TAIL);
    berlin.run(enter);
    seoul.placeCursorBefore(TAIL);
    seoul.run(enter);

    const expected = ['Palliative radiotherapy of the spine: ', '', TAIL];
    expect(berlin.paragraphs()).toEqual(expected);
    expect(seoul.paragraphs()).toEqual(expected);
    expect(findDuplicatedParagraphs(expected)).toEqual([]);
    expect(duplicatedParagraphsIn(berlin.pmDoc)).toEqual([]);
  });
});
