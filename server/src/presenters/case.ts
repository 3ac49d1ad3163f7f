import {
  assessReadiness,
  type CaseDetail,
  type CaseSummary,
  DIAGNOSIS_SYSTEMS,
  formatTnm,
  ICD_O_VERSION,
} from '@konsil/shared';
import { type Actor, can } from '../policies/can';
import { caseScopeOf } from '../policies/scopes';
import type { BoardRecord } from '../storage/repositories/boards';
import type { CaseRecord } from '../storage/repositories/cases';

export function stageSummary(item: CaseRecord): string | null {
  const { staging } = item.content;
  if (staging.notApplicable) return null;
  const tnm = formatTnm(staging);
  const parts = [tnm, staging.uiccStage ? `UICC ${staging.uiccStage}` : null].filter(Boolean);
  if (parts.length === 0) return null;
  return `${parts.join(' · ')}${staging.edition ? ` (TNM ${staging.edition})` : ''}`;
}

/**
 * One agenda row. The home reference is added only for the home institution:
 * for everyone else the key does not exist in the response at all.
 */
export function presentCaseSummary(
  board: BoardRecord,
  item: CaseRecord,
  actor: Actor,
): CaseSummary {
  const icd10 = item.content.diagnosis.icd10;
  const showsHomeReference = can(actor, 'case:readHomeReference', caseScopeOf(board, item));
  return {
    id: item.id,
    boardId: item.boardId,
    pseudonym: item.pseudonym,
    position: item.position,
    allottedMinutes: item.allottedMinutes,
    status: item.status,
    version: item.version,
    homeInstitution: item.homeInstitution,
    presenter: item.presenter,
    diagnosisSummary: icd10 ? `${icd10.code} ${icd10.text}` : null,
    stageSummary: stageSummary(item),
    consent: item.consent,
    readiness: assessReadiness(item.content),
    ...(showsHomeReference ? { homeReference: item.homeReference } : {}),
  };
}

export function presentCaseDetail(board: BoardRecord, item: CaseRecord, actor: Actor): CaseDetail {
  const scope = caseScopeOf(board, item);
  const { content } = item;
  const icd10 = content.diagnosis.icd10;
  return {
    ...presentCaseSummary(board, item, actor),
    ageYears: content.ageYears,
    ageBand: content.ageBand,
    sex: content.sex,
    diagnosis: {
      ...content.diagnosis,
      icd10: icd10 ? { ...icd10, version: DIAGNOSIS_SYSTEMS[icd10.system].version } : null,
      icdO3Version: ICD_O_VERSION,
    },
    staging: content.staging,
    biomarkers: content.biomarkers,
    ecog: content.ecog,
    comorbidities: content.comorbidities,
    priorTherapies: content.priorTherapies,
    references: content.references,
    proms: content.proms,
    question: content.question,
    permissions: {
      canEdit: can(actor, 'case:edit', scope),
      canSubmit: can(actor, 'case:edit', scope),
      canMarkReady: can(actor, 'case:markReady', scope),
    },
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  };
}
