import { ACTIONS } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import { canAnonymously } from './can';
import {
  berlinAdmin,
  berlinCoordinator,
  check,
  invitedBerlinObserver,
  invitedSeoulOncologist,
  jointBoard,
  seoulCoordinator,
  viennaCoordinator,
} from './canFixtures';

describe('can()', () => {
  describe('attendance:export', () => {
    const exportAttendance = check('attendance:export');
    const ended = jointBoard({ status: 'ended' });

    it('lets coordinators of the host and of a guest institution export', () => {
      expect(exportAttendance(berlinCoordinator, ended)).toBe(true);
      expect(exportAttendance(seoulCoordinator, ended)).toBe(true);
    });

    it.each([
      ['an invited clinician', invitedSeoulOncologist],
      ['an invited observer', invitedBerlinObserver],
      ['an admin of the host, who reads but does not run boards', berlinAdmin],
      ['a coordinator of an institution not on the board', viennaCoordinator],
    ])('refuses %s', (_who, who) => {
      expect(exportAttendance(who, ended)).toBe(false);
    });
  });

  describe('certificate:verify', () => {
    it('is the one action open without signing in', () => {
      expect(ACTIONS.filter(canAnonymously)).toEqual(['certificate:verify']);
    });
  });
});
