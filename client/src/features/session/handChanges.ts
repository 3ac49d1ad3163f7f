import type { SessionState } from '@konsil/shared';

export type HandChange =
  | { kind: 'raised' | 'lowered'; userId: string; name: string }
  | { kind: 'calledOn'; userId: string };

/**
 * What changed in the hand queue between two snapshots, for the screen-reader announcement:
 * a call-on wins over the lowered hand it implies; otherwise the newest raise, then a lower.
 */
export function handChange(
  previous: Pick<SessionState, 'hands' | 'speakerId'> | null,
  next: Pick<SessionState, 'hands' | 'speakerId'>,
): HandChange | null {
  if (!previous) return null;
  if (next.speakerId && next.speakerId !== previous.speakerId) {
    return { kind: 'calledOn', userId: next.speakerId };
  }
  const before = new Set(previous.hands.map((hand) => hand.userId));
  const after = new Set(next.hands.map((hand) => hand.userId));
  const raised = next.hands.filter((hand) => !before.has(hand.userId)).at(-1);
  if (raised) return { kind: 'raised', userId: raised.userId, name: raised.name };
  const lowered = previous.hands.find((hand) => !after.has(hand.userId));
  if (lowered) return { kind: 'lowered', userId: lowered.userId, name: lowered.name };
  return null;
}
