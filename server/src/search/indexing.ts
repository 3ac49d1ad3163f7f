import type { MinutesContent, RecommendationContent } from '@konsil/shared';
import type { Db } from '../storage/db';
import type { CaseRecord } from '../storage/repositories/cases';
import { moveCaseSearchEntries, replaceSearchEntry } from '../storage/repositories/searchEntries';
import { indexTerms } from './searchTokens';

/**
 * Keeps the search index in step with its sources. Called inside the
 * transaction of the change, so the index never shows what was not stored.
 * Home-institution references are never indexed.
 */
const joinText = (parts: readonly (string | null | undefined)[]) =>
  parts.filter((part): part is string => Boolean(part?.trim())).join('\n');

async function store(
  db: Db,
  source: { boardId: string; caseId: string | null; kind: 'minutes' | 'recommendation' | 'case' },
  text: string,
  at: Date,
) {
  await replaceSearchEntry(db, { ...source, text, terms: indexTerms(text) }, at);
}

/** A case by its pseudonym and diagnosis. */
export function indexCase(db: Db, item: CaseRecord, at: Date): Promise<void> {
  const { diagnosis } = item.content;
  const text = joinText([
    item.pseudonym,
    diagnosis.icd10 ? `${diagnosis.icd10.code} ${diagnosis.icd10.text}` : null,
    diagnosis.topography,
    diagnosis.morphology,
  ]);
  return store(db, { boardId: item.boardId, caseId: item.id, kind: 'case' }, text, at);
}

/** A case carried over to another board: its entries follow it, so search finds it there. */
export function moveCaseInIndex(db: Db, caseId: string, toBoardId: string): Promise<void> {
  return moveCaseSearchEntries(db, caseId, toBoardId);
}

export function indexRecommendation(
  db: Db,
  item: { boardId: string; id: string; pseudonym: string },
  content: RecommendationContent,
  at: Date,
): Promise<void> {
  const text = joinText([
    content.decisionText,
    content.nonConcordanceReason,
    content.guideline ? `${content.guideline.name} ${content.guideline.version}` : null,
    content.trialRegistryId,
    item.pseudonym,
  ]);
  return store(db, { boardId: item.boardId, caseId: item.id, kind: 'recommendation' }, text, at);
}

/** The latest signed minutes of a board: its summary and every case's text. */
export function indexMinutes(db: Db, content: MinutesContent, at: Date): Promise<void> {
  const text = joinText([
    content.board.title,
    content.summary,
    ...content.cases.flatMap((item) => [
      `${item.pseudonym}: ${item.diagnosis ?? ''}`,
      item.question,
      item.notes,
      item.recommendation?.decisionText,
      ...item.positions.map((entry) => entry.note),
      item.statusReason,
    ]),
  ]);
  return store(db, { boardId: content.board.id, caseId: null, kind: 'minutes' }, text, at);
}
