import type { FieldError } from '../errors';
import type { CaseContent } from '../schemas/case';

type DatedContent = Pick<CaseContent, 'diagnosis' | 'priorTherapies' | 'references' | 'proms'>;

/**
 * Clinical dates may not lie in the future. `today` is the calendar date in
 * the submitter's time zone (Seoul is already on the next day while Berlin
 * is still on the previous one).
 */
export function futureDateIssues(content: DatedContent, today: string): FieldError[] {
  const issues: FieldError[] = [];
  const check = (value: string | null, path: string) => {
    if (value !== null && value > today)
      issues.push({ path, message: `Date is in the future (today is ${today})` });
  };
  check(content.diagnosis.diagnosedOn, 'diagnosis.diagnosedOn');
  for (const [index, therapy] of content.priorTherapies.entries()) {
    check(therapy.startedOn, `priorTherapies.${index}.startedOn`);
    check(therapy.endedOn, `priorTherapies.${index}.endedOn`);
  }
  for (const [index, reference] of content.references.entries())
    check(reference.date, `references.${index}.date`);
  for (const [index, prom] of content.proms.entries()) check(prom.date, `proms.${index}.date`);
  return issues;
}
