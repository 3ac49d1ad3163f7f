import type { AmendMinutesInput, MinutesContent } from '@konsil/shared';

/** What the amend form holds: the correctable text of one signed version, plus the reason. */
export interface AmendmentDraft {
  reason: string;
  summary: string;
  /** By case id. */
  cases: Record<string, { notes: string; decisionText: string }>;
}

export type AmendmentProblem = 'reasonMissing' | 'nothingChanged';

export type AmendmentCheck =
  | { ok: true; input: AmendMinutesInput }
  | { ok: false; problems: AmendmentProblem[] };

/** The form starts from the signed text, so an untouched field is no change. */
export function draftFromMinutes(content: MinutesContent): AmendmentDraft {
  return {
    reason: '',
    summary: content.summary,
    cases: Object.fromEntries(
      content.cases.map((item) => [
        item.caseId,
        { notes: item.notes, decisionText: item.recommendation?.decisionText ?? '' },
      ]),
    ),
  };
}

// The server trims every text, so text that differs only in outer whitespace is the same text.
const isSame = (before: string, after: string) => before.trim() === after.trim();

/**
 * The amendment request for `draft` over the signed version it started from. Only cases whose
 * notes or decision text changed are sent (the server keeps the others as signed); a missing
 * reason or an amendment that changes nothing is caught here rather than by a refusal.
 */
export function buildAmendmentInput(
  signed: { version: number; content: MinutesContent },
  draft: AmendmentDraft,
): AmendmentCheck {
  const cases: AmendMinutesInput['cases'] = [];
  for (const item of signed.content.cases) {
    const edited = draft.cases[item.caseId];
    if (!edited) continue;
    const decisionText = item.recommendation?.decisionText ?? '';
    if (isSame(item.notes, edited.notes) && isSame(decisionText, edited.decisionText)) continue;
    cases.push({
      caseId: item.caseId,
      notes: edited.notes.trim(),
      decisionText: edited.decisionText.trim(),
    });
  }
  const isSummaryChanged = !isSame(signed.content.summary, draft.summary);
  const problems: AmendmentProblem[] = [];
  if (draft.reason.trim() === '') problems.push('reasonMissing');
  if (!isSummaryChanged && cases.length === 0) problems.push('nothingChanged');
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    input: {
      basedOnVersion: signed.version,
      reason: draft.reason.trim(),
      summary: isSummaryChanged ? draft.summary.trim() : signed.content.summary,
      cases,
    },
  };
}
