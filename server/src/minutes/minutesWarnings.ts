import { findDuplicatedParagraphs, type MinutesContent, type MinutesWarning } from '@konsil/shared';

/**
 * What the coordinator should check in a draft before signing it: paragraphs of a case's notes
 * that repeat their neighbour, as a merge of two concurrent Enters in one paragraph leaves them
 * (TipTap's Yjs binding has no split; see findDuplicatedParagraphs). Only reported — the notes
 * and so the minutes stay exactly as written.
 */
export function minutesWarnings(content: MinutesContent): MinutesWarning[] {
  return content.cases.flatMap((item) =>
    findDuplicatedParagraphs(item.notes.split('\n')).map(({ text }) => ({
      caseId: item.caseId,
      pseudonym: item.pseudonym,
      kind: 'duplicated_paragraph' as const,
      text,
    })),
  );
}
