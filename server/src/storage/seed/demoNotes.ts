/**
 * Case notes for the demo, written as TipTap would store them (paragraph,
 * heading and bulletList nodes in the `default` XmlFragment), so a newcomer
 * opens a case and finds the pre-discussion already there.
 */
import { NOTES_FRAGMENT } from '@konsil/shared';
import * as Y from 'yjs';

export type DemoNoteBlock = { heading: string } | { paragraph: string } | { bullets: string[] };

function textNode(name: string, text: string): Y.XmlElement {
  const element = new Y.XmlElement(name);
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

function nodeOf(block: DemoNoteBlock): Y.XmlElement {
  if ('heading' in block) {
    const heading = textNode('heading', block.heading);
    // TipTap keeps the level as a number; Yjs's typing only admits strings here.
    heading.setAttribute('level', 3 as unknown as string);
    return heading;
  }
  if ('paragraph' in block) return textNode('paragraph', block.paragraph);
  const list = new Y.XmlElement('bulletList');
  list.insert(
    0,
    block.bullets.map((bullet) => {
      const item = new Y.XmlElement('listItem');
      item.insert(0, [textNode('paragraph', bullet)]);
      return item;
    }),
  );
  return list;
}

/** The notes as one Yjs update, ready to be stored as the document's snapshot. */
export function demoNotesState(blocks: readonly DemoNoteBlock[]): Uint8Array {
  const doc = new Y.Doc();
  doc.getXmlFragment(NOTES_FRAGMENT).insert(0, blocks.map(nodeOf));
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}
