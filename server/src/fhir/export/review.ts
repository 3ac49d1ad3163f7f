import type { CaseStatus } from '@konsil/shared';
import type { BoardRecord } from '../../storage/repositories/boards';
import type { CaseRecord } from '../../storage/repositories/cases';
import {
  type FhirResource,
  KONSIL,
  referenceTo,
  stableUuid,
  TUMOR_BOARD_REVIEW,
} from './konsilSystems';

/** How a case left the board, as the review's outcome (null while it is open). */
const OUTCOMES: Partial<Record<CaseStatus, { code: string; display: string }>> = {
  decided: { code: 'decided', display: 'Recommendation decided' },
  deferred: { code: 'deferred', display: 'Decision deferred' },
  re_present: { code: 're-present', display: 'To be presented again' },
  not_discussed: { code: 'not-discussed', display: 'Not reached at the board' },
};

/**
 * FHIR event status of the review: a closed case was reviewed (completed), one the board did not
 * reach was not (not-done), an open case is under review while the board is live or over, and
 * in preparation before it starts.
 */
function reviewStatus(item: CaseRecord, board: BoardRecord): string {
  if (item.status === 'not_discussed') return 'not-done';
  if (item.status === 'decided' || item.status === 'deferred' || item.status === 're_present')
    return 'completed';
  return board.status === 'scheduled' ? 'preparation' : 'in-progress';
}

export interface ReviewInput {
  item: CaseRecord;
  board: BoardRecord;
  /** When the board was held: its actual start, else its scheduled start. */
  heldAt: string;
  patient: FhirResource;
  condition: FhirResource | null;
}

/** The tumor board's review of a case as a Procedure (SNOMED CT 720006006). */
export function reviewOf({ item, board, heldAt, patient, condition }: ReviewInput): FhirResource {
  const status = reviewStatus(item, board);
  const outcome = OUTCOMES[item.status];
  return {
    resourceType: 'Procedure',
    id: stableUuid(item.id, 'review'),
    identifier: [{ system: KONSIL.caseId, value: item.id }],
    status,
    ...(status === 'not-done' ? { statusReason: { text: 'The board ended before the case' } } : {}),
    code: { coding: [TUMOR_BOARD_REVIEW], text: 'Tumor board review' },
    subject: referenceTo(patient),
    ...(status === 'completed' || status === 'in-progress' ? { performedDateTime: heldAt } : {}),
    ...(condition ? { reasonReference: [referenceTo(condition)] } : {}),
    ...(outcome
      ? {
          outcome: {
            coding: [{ system: KONSIL.caseOutcome, ...outcome }],
            ...(item.statusReason ? { text: item.statusReason } : {}),
          },
        }
      : {}),
    ...(item.content.question ? { note: [{ text: `Question: ${item.content.question}` }] } : {}),
  };
}
