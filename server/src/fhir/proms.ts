import {
  answersFromQuestionnaireResponse,
  QLQ_C30_SCALES,
  qlqC30ItemFromLinkId,
  scoreQlqC30,
} from '@konsil/shared';
import {
  asArray,
  asString,
  type FhirRecord,
  fullDate,
  isRecord,
  type PathNote,
} from './fhirValues';

export const QLQ_C30_INSTRUMENT = 'EORTC QLQ-C30';

export interface PromScore {
  instrument: string;
  scale: string;
  date: string;
  score: number;
}

/** A QLQ-C30 response names the questionnaire (e.g. MII mii-qst-pro-eortc-qlq-c30) or uses its linkIds. */
function isQlqC30(response: FhirRecord): boolean {
  if (/qlq-?c30/i.test(asString(response.questionnaire) ?? '')) return true;
  return asArray(response.item).some(
    (item) =>
      isRecord(item) &&
      /^qlq-c30-q/i.test(asString(item.linkId) ?? '') &&
      qlqC30ItemFromLinkId(String(item.linkId)) !== null,
  );
}

/**
 * Scores an EORTC QLQ-C30 QuestionnaireResponse into one PROM score per scale that has
 * enough answers. Other questionnaires, and responses that cannot be read, are reported
 * as unmapped with the FHIR path of each problem; they never refuse the whole bundle.
 */
export function mapQuestionnaireResponse(
  response: FhirRecord,
  path: string,
  unmapped: PathNote[],
): PromScore[] {
  if (!isQlqC30(response)) {
    unmapped.push({
      path,
      code: 'questionnaire_not_scored',
      reason: 'Only EORTC QLQ-C30 responses are scored',
    });
    return [];
  }
  const date = fullDate(response.authored);
  if (!date) {
    unmapped.push({
      path: `${path}.authored`,
      code: 'qlq_c30_undated',
      reason: 'QLQ-C30 response without the date it was answered',
    });
    return [];
  }
  const read = answersFromQuestionnaireResponse(response);
  const rebase = (problemPath: string) => problemPath.replace(/^QuestionnaireResponse/, path);
  if (read.problems.length > 0) {
    // The reader's problems carry English only: one id for all of them, the path says where.
    for (const problem of read.problems)
      unmapped.push({
        path: rebase(problem.path),
        code: 'qlq_c30_answer_unreadable',
        reason: problem.reason,
      });
    return [];
  }
  const scored = scoreQlqC30(read.answers);
  if (!scored.ok) {
    for (const problem of scored.problems)
      unmapped.push({
        path: `${path}.item`,
        code: 'qlq_c30_answer_out_of_range',
        params: { item: String(problem.item) },
        reason: `QLQ-C30 item ${problem.item}: ${problem.reason}`,
      });
    return [];
  }
  return QLQ_C30_SCALES.flatMap((scale) => {
    const score = scored.scores[scale.id];
    return score === null
      ? []
      : [
          {
            instrument: QLQ_C30_INSTRUMENT,
            scale: scale.name,
            date,
            score: Math.round(score * 10) / 10,
          },
        ];
  });
}
