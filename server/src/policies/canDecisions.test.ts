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
