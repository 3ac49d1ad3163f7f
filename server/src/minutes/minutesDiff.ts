import type { MinutesChange, MinutesContent, MinutesDiff } from '@konsil/shared';
import { diffText } from './textDiff';

/**
 * What an amendment changed, passage by passage: the summary, and per case
 * its notes and decision text. Cases are matched by id, in the later order.
 */
export function diffMinutes(
  from: { version: number; content: MinutesContent },
  to: { version: number; content: MinutesContent },
): MinutesDiff {
  const changes: MinutesChange[] = [];
  const compare = (
    field: MinutesChange['field'],
    item: { caseId: string; pseudonym: string } | null,
    before: string,
    after: string,
  ) => {
    if (before === after) return;
    changes.push({
      field,
      caseId: item?.caseId ?? null,
      pseudonym: item?.pseudonym ?? null,
      parts: diffText(before, after),
    });
  };
  compare('summary', null, from.content.summary, to.content.summary);
  for (const item of to.content.cases) {
    const earlier = from.content.cases.find((entry) => entry.caseId === item.caseId);
    compare('notes', item, earlier?.notes ?? '', item.notes);
    compare(
      'decisionText',
      item,
      earlier?.recommendation?.decisionText ?? '',
      item.recommendation?.decisionText ?? '',
    );
  }
  return { from: from.version, to: to.version, changes };
}
