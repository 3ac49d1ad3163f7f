import type { PositionEntry } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import { groupPositions, isCounted, outdatedOwnPosition, ownPosition } from './positionGroups';

const INSTITUTION_IDS: Record<string, string> = {
  CHB: '00000000-0000-4000-8000-000000000001',
  SNUH: '00000000-0000-4000-8000-000000000002',
};

let serial = 0;
function entry(
  name: string,
  code: string,
  position: PositionEntry['position'],
  recommendationVersion: number | null = 1,
): PositionEntry {
  serial += 1;
  return {
    participant: {
      id: `00000000-0000-4000-8000-${String(100 + serial).padStart(12, '0')}`,
      name,
      institution: { id: INSTITUTION_IDS[code] ?? '', code },
    },
    position,
    note: '',
    statedAt: '2026-12-03T08:20:00.000Z',
    recommendationVersion,
  };
}

describe('positions by institution', () => {
  it('groups by institution code in the order the server sorted them', () => {
    const positions = [
      entry('Dr. Anna Weber', 'CHB', 'agree'),
      entry('Dr. Jonas Brandt', 'CHB', 'disagree'),
      entry('Dr. Ji-woo Park', 'SNUH', 'abstain'),
    ];
    const groups = groupPositions(positions);
    expect(groups.map((group) => group.code)).toEqual(['CHB', 'SNUH']);
    expect(groups[0]?.entries.map((item) => item.participant.name)).toEqual([
      'Dr. Anna Weber',
      'Dr. Jonas Brandt',
    ]);
  });

  it('has no groups while nobody has stated a position', () => {
    expect(groupPositions([])).toEqual([]);
  });

  it("finds the viewer's own position, and none for someone who has not stated one", () => {
    const mine = entry('Dr. Anna Weber', 'CHB', 'agree');
    const positions = [mine, entry('Dr. Ji-woo Park', 'SNUH', 'agree')];
    expect(ownPosition(positions, mine.participant.id)).toBe(mine);
    expect(ownPosition(positions, '00000000-0000-4000-8000-999999999999')).toBeNull();
  });

  it('counts a position only on the version now current', () => {
    expect(isCounted(entry('A', 'CHB', 'agree', 2), 2)).toBe(true);
    expect(isCounted(entry('B', 'CHB', 'agree', 1), 2)).toBe(false);
    // Stated before positions were bound to versions, without a recommendation.
    expect(isCounted(entry('C', 'CHB', 'agree', null), 2)).toBe(false);
    expect(isCounted(entry('D', 'CHB', 'agree', 1), null)).toBe(false);
  });

  it('asks the viewer again only when their own position is on an earlier version', () => {
    const mine = entry('Dr. Anna Weber', 'CHB', 'disagree', 1);
    const theirs = entry('Dr. Ji-woo Park', 'SNUH', 'agree', 1);
    const positions = [mine, theirs];
    expect(outdatedOwnPosition(positions, mine.participant.id, 2)).toBe(mine);
    expect(outdatedOwnPosition(positions, mine.participant.id, 1)).toBeNull();
    expect(outdatedOwnPosition(positions, '00000000-0000-4000-8000-999999999999', 2)).toBeNull();
    expect(outdatedOwnPosition(positions, mine.participant.id, null)).toBeNull();
  });
});
