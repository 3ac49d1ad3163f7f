import { type CaseContent, futureDateIssues, todayIn } from '@konsil/shared';
import type { Clock } from '../clock';
import { HttpError } from '../http/httpError';
import type { Db } from '../storage/db';
import { findUserById, type UserRecord } from '../storage/repositories/users';

/**
 * Checks that need the clock or the database: no clinical date after today
 * in the submitter's zone, and a presenter from the case's home institution.
 * Returns the presenter id to store.
 */
export async function checkCaseContent(
  db: Db,
  clock: Clock,
  submitter: UserRecord,
  homeInstitutionId: string,
  content: CaseContent,
): Promise<string | null> {
  const issues = futureDateIssues(content, todayIn(submitter.institution.timeZone, clock.now()));
  if (content.presenterId !== null) {
    const presenter = await findUserById(db, content.presenterId);
    const canPresent =
      presenter?.isActive &&
      presenter.institution.id === homeInstitutionId &&
      (presenter.role === 'clinician' || presenter.role === 'coordinator');
    if (!canPresent)
      issues.push({
        path: 'presenterId',
        message: 'The presenter must be a clinician of the home institution',
      });
  }
  if (issues.length > 0)
    throw new HttpError(400, 'validation_failed', undefined, { fields: issues });
  if (content.presenterId !== null) return content.presenterId;
  return submitter.role === 'clinician' ? submitter.id : null;
}
