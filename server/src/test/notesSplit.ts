import { NOTES_FRAGMENT } from '@konsil/shared';
import * as Y from 'yjs';

/**
 * Enter pressed just before `text`, written to the notes as TipTap's Yjs binding writes it (the
 * client's concurrentSplit test shows the binding doing exactly this): in one transaction, the
 * rest of the paragraph is deleted from it and inserted as a new paragraph right after it.
 * Yjs has no split, so two of these on one paragraph by people who have not seen each other's
 * edit leave the rest of the paragraph twice.
 */
export function pressEnterBefore(doc: Y.Doc, text: string): void {
  const fragment = doc.getXmlFragment(NOTES_FRAGMENT);
  const index = fragment
    .toArray()
    .findIndex((node) => node instanceof Y.XmlElement && bodyOf(node)?.toString().includes(text));
  const paragraph = fragment.get(index);
  const body = paragraph instanceof Y.XmlElement ? bodyOf(paragraph) : undefined;
  if (!(paragraph instanceof Y.XmlElement) || !body)
    throw new Error(`"${text}" is not in the notes`);
  const at = body.toString().indexOf(text);
  const rest = body.toString().slice(at);
  doc.transact(() => {
    const next = new Y.XmlElement(paragraph.nodeName);
    const nextBody = new Y.XmlText();
    nextBody.insert(0, rest);
    next.insert(0, [nextBody]);
    fragment.insert(index + 1, [next]);
    body.delete(at, rest.length);
  });
}

function bodyOf(paragraph: Y.XmlElement): Y.XmlText | undefined {
  const first = paragraph.get(0);
  return first instanceof Y.XmlText ? first : undefined;
}
