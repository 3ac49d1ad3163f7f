import { type DuplicatedParagraph, findDuplicatedParagraphs } from '@konsil/shared';
import type { Node as PmNode } from '@tiptap/pm/model';

/**
 * The lines of the notes as the minutes will show them — one per paragraph, heading or list
 * item, a line break starting a new line — without list markers, which the check ignores.
 */
export function notesLinesOf(doc: PmNode): string[] {
  const lines: string[] = [];
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    lines.push(...node.textBetween(0, node.content.size, '\n', '\n').split('\n'));
    return false;
  });
  return lines;
}

/** Text that is in the notes twice, as two concurrent Enters in one paragraph leave it. */
export function duplicatedParagraphsIn(doc: PmNode): DuplicatedParagraph[] {
  return findDuplicatedParagraphs(notesLinesOf(doc));
}
