import type { AnalyticsFigure, AnalyticsQuery, AnalyticsResponse } from '@konsil/shared';
import { DomainError } from '../errors/domainError';
import type { Db } from '../storage/db';
import { casesPerBoard, casesPerMonth, closingRates } from './caseCounts';
import { decisionsByIntent, decisionsByModality, guidelineConcordance } from './decisions';
import { filterOptions } from './filterOptions';
import { participationByInstitution, participationBySpecialty } from './participation';
import type { AnalyticsScope } from './scope';
import { daysToDecision, timePerCase } from './timing';

/** The institution filter names a code (any case) or an id; an unknown one is a bad filter. */
async function resolveInstitution(
  db: Db,
  given: string | undefined,
): Promise<{ id: string; code: string } | null> {
  if (given === undefined) return null;
  const found = await db
    .selectFrom('institutions')
    .select(['id', 'code'])
    .where((eb) => eb.or([eb('id', '=', given), eb('code', '=', given.toUpperCase())]))
    .executeTakeFirst();
  if (found) return found;
  throw new DomainError('validation_failed', undefined, {
    fields: [{ path: 'institution', message: 'Unknown institution' }],
  });
}

/** The viewer's scope with the query's filters applied, and the filters as they were applied. */
export async function scopeOf(
  db: Db,
  viewerInstitutionId: string,
  query: AnalyticsQuery,
): Promise<{ scope: AnalyticsScope; filters: AnalyticsResponse['filters'] }> {
  const institution = await resolveInstitution(db, query.institution);
  const filters = {
    from: query.from ?? null,
    to: query.to ?? null,
    series: query.series ?? null,
    institution: institution?.code ?? null,
    entity: query.entity ?? null,
  };
  return {
    scope: { ...filters, viewerInstitutionId, institutionId: institution?.id ?? null },
    filters,
  };
}

type Figures = AnalyticsResponse['figures'];

/** One query module per figure; the CSV route runs only the one it exports. */
export const FIGURE_QUERIES: {
  [F in AnalyticsFigure]: (db: Db, scope: AnalyticsScope) => Promise<Figures[F]>;
} = {
  casesPerBoard,
  casesPerMonth,
  timePerCase,
  decisionsByIntent,
  decisionsByModality,
  guidelineConcordance,
  closingRates,
  daysToDecision,
  participationByInstitution,
  participationBySpecialty,
};

/** Every figure for one scope, one query after the other (the pool is shared with live work). */
export async function computeFigures(db: Db, scope: AnalyticsScope): Promise<Figures> {
  return {
    casesPerBoard: await casesPerBoard(db, scope),
    casesPerMonth: await casesPerMonth(db, scope),
    timePerCase: await timePerCase(db, scope),
    decisionsByIntent: await decisionsByIntent(db, scope),
    decisionsByModality: await decisionsByModality(db, scope),
    guidelineConcordance: await guidelineConcordance(db, scope),
    closingRates: await closingRates(db, scope),
    daysToDecision: await daysToDecision(db, scope),
    participationByInstitution: await participationByInstitution(db, scope),
    participationBySpecialty: await participationBySpecialty(db, scope),
  };
}

export async function computeAnalytics(
  db: Db,
  viewerInstitutionId: string,
  query: AnalyticsQuery,
): Promise<AnalyticsResponse> {
  const { scope, filters } = await scopeOf(db, viewerInstitutionId, query);
  return {
    filters,
    options: await filterOptions(db, viewerInstitutionId),
    figures: await computeFigures(db, scope),
  };
}
