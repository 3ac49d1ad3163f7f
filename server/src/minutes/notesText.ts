import { NOTES_FRAGMENT } from '@konsil/shared';
import * as Y from 'yjs';
import { applyStoredNotes } from '../collab/storedNotes';
import type { StoredNoteDocument } from '../storage/repositories/noteDocuments';

/**
 * A case's notes (TipTap's Yjs document) as plain text for the minutes: one
 * line per paragraph or heading, list items with "•" or their number. Marks
 * (bold, italic) are dropped; the text is data, never markup.
 */
export function notesText(doc: Y.Doc): string {
  const lines: string[] = [];
  for (const node of doc.getXmlFragment(NOTES_FRAGMENT).toArray()) collect(node, '', lines);
  return lines.join('\n').trim();
}

/** Stored notes (snapshot plus log) as plain text. */
export function notesTextOf(stored: StoredNoteDocument): string {
  const doc = new Y.Doc();
  applyStoredNotes(doc, stored);
  const text = notesText(doc);
  doc.destroy();
  return text;
}

type Node = Y.XmlElement | Y.XmlText | Y.XmlHook;

function inlineText(element: Y.XmlElement): string {
  let text = '';
  for (const child of element.toArray()) {
    if (child instanceof Y.XmlText) text += plain(child);
    else if (child instanceof Y.XmlElement)
      text += child.nodeName === 'hardBreak' ? '\n' : inlineText(child);
  }
  return text;
}

function plain(text: Y.XmlText): string {
  return (text.toDelta() as { insert: unknown }[])
    .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
    .join('');
}

function collect(node: Node, indent: string, lines: string[]): void {
  if (node instanceof Y.XmlText) {
    lines.push(indent + plain(node));
    return;
  }
  if (!(node instanceof Y.XmlElement)) return;
  if (node.nodeName === 'bulletList' || node.nodeName === 'orderedList') {
    const start = Number(node.getAttribute('start') ?? 1) || 1;
    node.toArray().forEach((item, index) => {
      const marker = node.nodeName === 'bulletList' ? '•' : `${start + index}.`;
      if (!(item instanceof Y.XmlElement)) return;
      const [first, ...rest] = item.toArray();
      if (first instanceof Y.XmlElement) lines.push(`${indent}${marker} ${inlineText(first)}`);
      for (const child of rest) collect(child, `${indent}  `, lines);
    });
    return;
  }
  if (node.nodeName === 'paragraph' || node.nodeName === 'heading') {
    lines.push(indent + inlineText(node));
    return;
  }
  for (const child of node.toArray()) collect(child, indent, lines);
}
