import { type CaseStatus, TUMOR_ENTITIES, type TumorEntity } from '@konsil/shared';
import type { CaseRecord } from '../storage/repositories/cases';

/** A case the board reached and talked about: decided, deferred, or to be presented again. */
const DISCUSSED: readonly CaseStatus[] = ['decided', 'deferred', 're_present'];

/**
 * ICD-10 three-character ranges (GM and KCD share them) and the board entity they belong to,
 * as tumor boards are usually divided. Codes outside every range (C76–C80, unknown primary;
 * benign D codes) name no entity.
 */
const RANGES: readonly [from: string, to: string, entity: TumorEntity][] = [
  ['C00', 'C14', 'head_and_neck'],
  ['C15', 'C21', 'gastrointestinal'],
  ['C22', 'C25', 'hepatobiliary_pancreatic'],
  ['C26', 'C26', 'gastrointestinal'],
  ['C30', 'C32', 'head_and_neck'],
  ['C33', 'C39', 'thoracic'],
  ['C40', 'C41', 'sarcoma'],
  ['C43', 'C44', 'skin'],
  ['C45', 'C45', 'thoracic'],
  ['C46', 'C49', 'sarcoma'],
  ['C50', 'C50', 'breast'],
  ['C51', 'C58', 'gynecologic'],
  ['C60', 'C68', 'urologic'],
  ['C69', 'C72', 'neuro'],
  ['C73', 'C73', 'head_and_neck'],
  ['C81', 'C96', 'hematologic'],
];

/** The board entity an ICD-10 code belongs to, or null when it names none. */
export function entityOfIcd10(code: string): TumorEntity | null {
  const category = code.slice(0, 3).toUpperCase();
  for (const [from, to, entity] of RANGES) {
    if (category >= from && category <= to) return entity;
  }
  return null;
}

/**
 * The tumor entities of the cases a board discussed, in the order the entity list has them.
 * When no discussed case names one by its diagnosis, the board's own entity stands in
 * (unless it is the catch-all "general").
 */
export function discussedEntities(
  cases: readonly Pick<CaseRecord, 'status' | 'content'>[],
  boardEntity: TumorEntity | null,
): TumorEntity[] {
  const found = new Set<TumorEntity>();
  for (const item of cases) {
    if (!DISCUSSED.includes(item.status)) continue;
    const code = item.content.diagnosis.icd10?.code;
    const entity = code ? entityOfIcd10(code) : null;
    if (entity) found.add(entity);
  }
  if (found.size === 0 && boardEntity && boardEntity !== 'general') found.add(boardEntity);
  return TUMOR_ENTITIES.filter((entity) => found.has(entity));
}

/** How many cases the board discussed (a count says nothing about any patient). */
export function discussedCaseCount(cases: readonly Pick<CaseRecord, 'status'>[]): number {
  return cases.filter((item) => DISCUSSED.includes(item.status)).length;
}
