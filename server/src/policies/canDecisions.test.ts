import { CLOSED_CASE_STATUSES } from '@konsil/shared';
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
  liveBerlinCase,
  seoulCoordinator,
  uninvitedSeoulRadiologist,
  viennaCoordinator,
  viennaOncologist,
} from './canFixtures';
import { caseLockOf } from './caseLock';

describe('can() on a case decision', () => {
  it('lets coordinators of both institutions and the presenter write the recommendation live', () => {
    for (const who of [berlinCoordinator, seoulCoordinator, invitedBerlinOncologist]) {
      expect(can(who, 'recommendation:edit', liveBerlinCase())).toBe(true);
    }
  });

  it('keeps other clinicians, observers and admins from writing it', () => {
    for (const who of [invitedSeoulOncologist, invitedBerlinObserver, berlinAdmin]) {
      expect(can(who, 'recommendation:edit', liveBerlinCase())).toBe(false);
    }
  });

  it('lets only coordinators correct it once the board has ended, and nobody before it starts', () => {
    const ended = liveBerlinCase({ board: jointBoard({ status: 'ended' }) });
    expect(can(berlinCoordinator, 'recommendation:edit', ended)).toBe(true);
    expect(can(invitedBerlinOncologist, 'recommendation:edit', ended)).toBe(false);
    expect(can(berlinCoordinator, 'recommendation:edit', berlinCase())).toBe(false);
  });

  it('lets clinicians and coordinators state a position while live, not observers or admins', () => {
    for (const who of [invitedBerlinOncologist, invitedSeoulOncologist, seoulCoordinator]) {
      expect(can(who, 'position:state', liveBerlinCase())).toBe(true);
    }
    for (const who of [invitedBerlinObserver, berlinAdmin]) {
      expect(can(who, 'position:state', liveBerlinCase())).toBe(false);
    }
    const ended = liveBerlinCase({ board: jointBoard({ status: 'ended' }) });
    expect(can(invitedSeoulOncologist, 'position:state', ended)).toBe(false);
  });

  it('lets coordinators close a case, not the clinicians', () => {
    expect(can(seoulCoordinator, 'case:close', liveBerlinCase())).toBe(true);
    expect(can(invitedBerlinOncologist, 'case:close', liveBerlinCase())).toBe(false);
    expect(can(berlinCoordinator, 'case:close', berlinCase())).toBe(false);
  });

  it('refuses everything to people outside the board, and keeps unconsented cases at home', () => {
    for (const who of [viennaOncologist, viennaCoordinator, uninvitedSeoulRadiologist]) {
      expect(can(who, 'decision:read', liveBerlinCase())).toBe(false);
      expect(can(who, 'position:state', liveBerlinCase())).toBe(false);
    }
    const unconsented = liveBerlinCase({ consent: false });
    expect(can(seoulCoordinator, 'decision:read', unconsented)).toBe(false);
    expect(can(seoulCoordinator, 'recommendation:edit', unconsented)).toBe(false);
    expect(can(invitedSeoulOncologist, 'position:state', unconsented)).toBe(false);
    expect(can(berlinCoordinator, 'case:close', unconsented)).toBe(true);
  });
});

describe('can() on a closed case', () => {
  const ended = jointBoard({ status: 'ended' });
  const signed = jointBoard({ status: 'ended', minutesSigned: true });

  it.each([...CLOSED_CASE_STATUSES])(
    'locks a %s case: no recommendation edits, positions or second closing',
    (status) => {
      const closed = liveBerlinCase({ status });
      for (const who of [berlinCoordinator, seoulCoordinator, invitedBerlinOncologist]) {
        expect(can(who, 'recommendation:edit', closed)).toBe(false);
      }
      for (const who of [invitedSeoulOncologist, seoulCoordinator]) {
        expect(can(who, 'position:state', closed)).toBe(false);
      }
      expect(can(berlinCoordinator, 'case:close', closed)).toBe(false);
      // Reopening is what a coordinator of the board does instead.
      expect(can(berlinCoordinator, 'case:reopen', closed)).toBe(true);
      expect(can(seoulCoordinator, 'case:reopen', closed)).toBe(true);
    },
  );

  it('lets only coordinators of the board reopen, and only a closed case', () => {
    const decided = liveBerlinCase({ status: 'decided' });
    for (const who of [
      invitedBerlinOncologist,
      invitedSeoulOncologist,
      invitedBerlinObserver,
      berlinAdmin,
      viennaCoordinator,
    ]) {
      expect(can(who, 'case:reopen', decided)).toBe(false);
    }
    for (const status of ['draft', 'submitted', 'ready'] as const) {
      expect(can(berlinCoordinator, 'case:reopen', liveBerlinCase({ status }))).toBe(false);
    }
    // Only the home institution's coordinator may touch a case it did not share.
    const unconsented = liveBerlinCase({ status: 'decided', consent: false });
    expect(can(berlinCoordinator, 'case:reopen', unconsented)).toBe(true);
    expect(can(seoulCoordinator, 'case:reopen', unconsented)).toBe(false);
  });

  it('reopens after the board for a correction, but not once the minutes are signed', () => {
    expect(
      can(berlinCoordinator, 'case:reopen', berlinCase({ board: ended, status: 'decided' })),
    ).toBe(true);
    expect(
      can(berlinCoordinator, 'case:reopen', berlinCase({ board: signed, status: 'decided' })),
    ).toBe(false);
  });

  it('names the state that stands in the way, for those who could otherwise act', () => {
    const decided = liveBerlinCase({ status: 'decided' });
    expect(caseLockOf(invitedSeoulOncologist, 'position:state', decided)).toBe('case_closed');
    expect(caseLockOf(invitedBerlinOncologist, 'recommendation:edit', decided)).toBe('case_closed');
    expect(caseLockOf(seoulCoordinator, 'case:close', decided)).toBe('case_closed');
    expect(caseLockOf(seoulCoordinator, 'case:reopen', liveBerlinCase())).toBe('case_not_closed');
    expect(
      caseLockOf(
        berlinCoordinator,
        'case:reopen',
        berlinCase({ board: signed, status: 'decided' }),
      ),
    ).toBe('minutes_signed');
    expect(
      caseLockOf(
        berlinCoordinator,
        'recommendation:edit',
        berlinCase({ board: signed, status: 'decided' }),
      ),
    ).toBe('minutes_signed');
  });

  it('leaves plain refusals alone: who may not act hears no more than that', () => {
    const decided = liveBerlinCase({ status: 'decided' });
    expect(caseLockOf(invitedBerlinObserver, 'position:state', decided)).toBeNull();
    expect(caseLockOf(invitedSeoulOncologist, 'recommendation:edit', decided)).toBeNull();
    expect(caseLockOf(invitedBerlinOncologist, 'case:reopen', decided)).toBeNull();
    expect(caseLockOf(viennaCoordinator, 'case:reopen', decided)).toBeNull();
    // Not live: a closed case is the lesser reason; stating a position is over anyway.
    const endedDecided = berlinCase({ board: ended, status: 'decided' });
    expect(caseLockOf(invitedSeoulOncologist, 'position:state', endedDecided)).toBeNull();
    // Allowed is allowed.
    expect(caseLockOf(seoulCoordinator, 'case:reopen', decided)).toBeNull();
    expect(caseLockOf(invitedSeoulOncologist, 'position:state', liveBerlinCase())).toBeNull();
  });
});

describe('can() on minutes', () => {
  it('lets everyone of the board read them, outsiders not', () => {
    const ended = jointBoard({ status: 'ended' });
    for (const who of [
      invitedBerlinObserver,
      invitedSeoulOncologist,
      berlinAdmin,
      seoulCoordinator,
    ]) {
      expect(can(who, 'minutes:read', ended)).toBe(true);
    }
    for (const who of [viennaOncologist, viennaCoordinator, uninvitedSeoulRadiologist]) {
      expect(can(who, 'minutes:read', ended)).toBe(false);
    }
  });

  it('lets coordinators of the board sign once it has ended', () => {
    const ended = jointBoard({ status: 'ended' });
    expect(can(berlinCoordinator, 'minutes:sign', ended)).toBe(true);
    expect(can(seoulCoordinator, 'minutes:sign', ended)).toBe(true);
    expect(can(berlinCoordinator, 'minutes:sign', jointBoard({ status: 'live' }))).toBe(false);
    for (const who of [
      invitedBerlinOncologist,
      invitedBerlinObserver,
      berlinAdmin,
      viennaCoordinator,
    ]) {
      expect(can(who, 'minutes:sign', ended)).toBe(false);
    }
  });
});
