import type { Participant } from '@konsil/shared';

export interface ParticipantGroup<I extends { id: string }> {
  institution: I;
  participants: Participant[];
}

/** People grouped by institution, in the institutions' order, each group sorted by name. */
export function groupByInstitution<I extends { id: string }>(
  institutions: readonly I[],
  participants: readonly Participant[],
  locale: string,
): ParticipantGroup<I>[] {
  const collator = new Intl.Collator(locale);
  return institutions.map((institution) => ({
    institution,
    participants: participants
      .filter((participant) => participant.institution.id === institution.id)
      .sort((a, b) => collator.compare(a.name, b.name)),
  }));
}

/** Merges lists of people, first occurrence wins (the directory and a board's invitees). */
export function uniqueParticipants(...lists: readonly (readonly Participant[])[]): Participant[] {
  const byId = new Map<string, Participant>();
  for (const participant of lists.flat()) {
    if (!byId.has(participant.id)) byId.set(participant.id, participant);
  }
  return [...byId.values()];
}
