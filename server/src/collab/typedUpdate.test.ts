import { NOTES_FRAGMENT } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readTypedText } from './typedUpdate';

/** Every update a small editing session produces, keystrokes and everything else. */
function sessionUpdates(): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const paragraph = new Y.XmlElement('paragraph');
  const line = new Y.XmlText();
  doc.transact(() => {
    doc.getXmlFragment(NOTES_FRAGMENT).push([paragraph]);
    paragraph.insert(0, [line]);
  });
  let at = 0;
  for (const key of ['S', 't', 'a', 'g', 'e', ' ', 'ü', '한', '😀', '\uFEFF', 'x'.repeat(40)]) {
    line.insert(at, key);
    at += key.length;
  }
  line.insert(1, 'middle');
  line.insert(0, 'first');
  line.format(0, 3, { bold: true });
  line.delete(2, 2);
  paragraph.setAttribute('textAlign', 'center');
  line.insert(line.length, 'end');
  return updates;
}

describe('readTypedText', () => {
  const updates = sessionUpdates();

  it('reads what Yjs’s decoder reads from every keystroke, and nothing else', () => {
    let typedCount = 0;
    for (const update of updates) {
      const typed = readTypedText(update);
      const { structs, ds } = Y.decodeUpdate(update);
      const [only] = structs;
      const isKeystroke =
        structs.length === 1 &&
        ds.clients.size === 0 &&
        only instanceof Y.Item &&
        only.origin !== null &&
        only.content instanceof Y.ContentString;
      expect(typed !== null).toBe(isKeystroke);
      if (!typed || !(only instanceof Y.Item) || !(only.content instanceof Y.ContentString)) {
        continue;
      }
      typedCount += 1;
      expect(typed.id).toEqual(only.id);
      expect(typed.origin).toEqual(only.origin);
      expect(typed.rightOrigin).toEqual(only.rightOrigin);
      expect(typed.text).toBe(only.content.str);
    }
    // Every insert but the two at the very start of the line, which have no left origin.
    expect(typedCount).toBe(12);
  });

  it('reads a keystroke placed before a neighbour (with a right origin)', () => {
    const middle = updates.map(readTypedText).find((typed) => typed?.text === 'middle');

    expect(middle?.rightOrigin).not.toBeNull();
  });

  it('leaves truncated and extended bytes to Yjs', () => {
    const keystroke = updates.find((update) => readTypedText(update)?.text === 'ü') as Uint8Array;

    for (let length = 0; length < keystroke.length; length += 1) {
      expect(readTypedText(keystroke.subarray(0, length))).toBeNull();
    }
    expect(readTypedText(new Uint8Array([...keystroke, 0]))).toBeNull();
  });
});
