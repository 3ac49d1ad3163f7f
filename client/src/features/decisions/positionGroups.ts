import type { PositionEntry } from '@konsil/shared';

export interface PositionGroup {
  /** The institution's short code (e.g. CHB, SNUH). */
  code: string;
  entries: PositionEntry[];
}

/**
 * Positions by institution, in the order the server sends them (by institution code, then name),
 * so that each centre's view reads the same.
 */
export function groupPositions(positions: readonly PositionEntry[]): PositionGroup[] {
  const groups: PositionGroup[] = [];
  for (const entry of positions) {
    const code = entry.participant.institution.code;
    const group = groups.find((candidate) => candidate.code === code);
    if (group) group.entries.push(entry);
    else groups.push({ code, entries: [entry] });
  }
  return groups;
}

/** The viewer's own stated position, if any. */
export function ownPosition(
  positions: readonly PositionEntry[],
  userId: string,
): PositionEntry | null {
  return positions.find((entry) => entry.participant.id === userId) ?? null;
}

/** Whether a position counts: only one on the recommendation version now current does. */
export function isCounted(entry: PositionEntry, currentVersion: number | null): boolean {
  return currentVersion !== null && entry.recommendationVersion === currentVersion;
}

/**
 * The viewer's position when it judged an earlier recommendation version (or none): it no
 * longer counts, and they are asked to state it again. Null when it counts or there is none.
 */
export function outdatedOwnPosition(
  positions: readonly PositionEntry[],
  userId: string,
  currentVersion: number | null,
): PositionEntry | null {
  const own = ownPosition(positions, userId);
  if (!own || currentVersion === null || isCounted(own, currentVersion)) return null;
  return own;
}
