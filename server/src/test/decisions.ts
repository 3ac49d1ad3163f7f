import { CaseDecisionResponseSchema, type Position } from '@konsil/shared';

/** The decision in a decisions API answer, parsed by the contract. */
export const decisionOf = (response: { body: unknown }) =>
  CaseDecisionResponseSchema.parse(response.body).decision;

/** A position as a participant states it: on the recommendation version they read. */
export const onVersion = (recommendationVersion: number, position: Position, note = '') => ({
  position,
  note,
  recommendationVersion,
});
