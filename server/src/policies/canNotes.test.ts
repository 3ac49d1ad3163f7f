import { describe, expect, it } from 'vitest';
import { can } from './can';
import {
  berlinAdmin,
  berlinCase,
  berlinCoordinator,
  invitedBerlinObserver,
  invitedBerlinOncologist,
  invitedSeoulOncologist,
  jointBoard,
  seoulCoordinator,
  uninvitedSeoulRadiologist,
  viennaCoordinator,
  viennaOncologist,
} from './canFixtures';

describe('can() on case notes', () => {
  it('lets invited clinicians and coordinators of both institutions edit', () => {
    for (const who of [invitedBerlinOncologist, invitedSeoulOncologist, seoulCoordinator]) {
      expect(can(who, 'notes:edit', berlinCase())).toBe(true);
      expect(can(who, 'notes:read', berlinCase())).toBe(true);
    }
  });

  it('gives observers and admins the notes to read but not to edit', () => {
    for (const who of [invitedBerlinObserver, berlinAdmin]) {
      expect(can(who, 'notes:read', berlinCase())).toBe(true);
      expect(can(who, 'notes:edit', berlinCase())).toBe(false);
    }
  });

  it('refuses people outside the board, read and edit alike', () => {
    for (const who of [viennaOncologist, viennaCoordinator, uninvitedSeoulRadiologist]) {
      expect(can(who, 'notes:read', berlinCase())).toBe(false);
      expect(can(who, 'notes:edit', berlinCase())).toBe(false);
    }
  });

  it('keeps the notes of an unconsented case at its home institution', () => {
    const unconsented = berlinCase({ consent: false });
    expect(can(invitedSeoulOncologist, 'notes:read', unconsented)).toBe(false);
    expect(can(seoulCoordinator, 'notes:edit', unconsented)).toBe(false);
    expect(can(invitedBerlinOncologist, 'notes:edit', unconsented)).toBe(true);
  });

  it('keeps the notes editable after the board ended, until the minutes are signed', () => {
    const ended = berlinCase({ board: jointBoard({ status: 'ended' }) });
    expect(can(berlinCoordinator, 'notes:edit', ended)).toBe(true);
    const signed = berlinCase({ board: jointBoard({ status: 'ended', minutesSigned: true }) });
    expect(can(berlinCoordinator, 'notes:edit', signed)).toBe(false);
    expect(can(invitedSeoulOncologist, 'notes:edit', signed)).toBe(false);
    expect(can(invitedSeoulOncologist, 'notes:read', signed)).toBe(true);
  });
});
