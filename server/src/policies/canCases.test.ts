import { type Action, CASE_STATUSES } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import { type BoardScope, can } from './can';
import {
  berlinAdmin,
  berlinCase,
  berlinCoordinator,
  check,
  invitedBerlinObserver,
  invitedBerlinOncologist,
  invitedSeoulOncologist,
  jointBoard,
  seoulAdmin,
  seoulCoordinator,
  uninvitedBerlinSurgeon,
  uninvitedSeoulRadiologist,
  viennaCoordinator,
  viennaOncologist,
} from './canFixtures';

describe('can()', () => {
  describe('case:create', () => {
    const create = check('case:create');

    it.each([
      ['an invited clinician of the host', invitedBerlinOncologist],
      ['an invited clinician of a guest institution', invitedSeoulOncologist],
      ['an uninvited coordinator of the host', berlinCoordinator],
      ['an uninvited coordinator of a guest institution', seoulCoordinator],
    ])('lets %s submit a case', (_who, who) => {
      expect(create(who)).toBe(true);
    });

    it.each([
      ['an invited observer', invitedBerlinObserver],
      ['an admin of the host', berlinAdmin],
      ['an admin of a guest institution', seoulAdmin],
      ['an uninvited clinician of the host', uninvitedBerlinSurgeon],
      ['an uninvited clinician of a guest institution', uninvitedSeoulRadiologist],
      ['a clinician of a non-participating institution', viennaOncologist],
      ['a coordinator of a non-participating institution', viennaCoordinator],
    ])('refuses %s', (_who, who) => {
      expect(create(who)).toBe(false);
    });
  });

  describe('case:read', () => {
    const read = check('case:read');

    it.each([
      ['the invited clinician of the home institution', invitedBerlinOncologist],
      ['an invited clinician of the other institution', invitedSeoulOncologist],
      ['an invited observer', invitedBerlinObserver],
      ['the coordinator of the other institution', seoulCoordinator],
      ['the admin of the other institution', seoulAdmin],
    ])('with consent, lets %s read', (_who, who) => {
      expect(read(who)).toBe(true);
    });

    it.each([
      ['an uninvited clinician of the home institution', uninvitedBerlinSurgeon],
      ['a clinician of a non-participating institution', viennaOncologist],
      ['a coordinator of a non-participating institution', viennaCoordinator],
    ])('refuses %s, who cannot read the board', (_who, who) => {
      expect(read(who)).toBe(false);
    });

    describe('without consent', () => {
      const private_ = berlinCase({ consent: false });

      it.each([
        ['the invited clinician of the home institution', invitedBerlinOncologist],
        ['the coordinator of the home institution', berlinCoordinator],
        ['the admin of the home institution', berlinAdmin],
        ['an invited observer of the home institution', invitedBerlinObserver],
      ])('lets %s read', (_who, who) => {
        expect(read(who, private_)).toBe(true);
      });

      it.each([
        ['an invited clinician of the other institution', invitedSeoulOncologist],
        ['the coordinator of the other institution', seoulCoordinator],
        ['the admin of the other institution', seoulAdmin],
      ])('refuses %s', (_who, who) => {
        expect(read(who, private_)).toBe(false);
      });
    });
  });

  describe('case:readHomeReference', () => {
    const readReference = check('case:readHomeReference');

    it.each([
      ['the invited clinician', invitedBerlinOncologist],
      ['the coordinator', berlinCoordinator],
    ])(
      'shows the home reference to %s of the home institution (the treating team)',
      (_who, who) => {
        expect(readReference(who)).toBe(true);
      },
    );

    it.each([
      ['an invited observer', invitedBerlinObserver],
      ['the admin', berlinAdmin],
    ])('hides it from %s of the home institution, who may read the case', (_who, who) => {
      expect(can(who, 'case:read', berlinCase())).toBe(true);
      expect(readReference(who)).toBe(false);
    });

    it.each([
      ['an invited clinician', invitedSeoulOncologist],
      ['the coordinator', seoulCoordinator],
      ['the admin', seoulAdmin],
    ])('never shows it to %s of the other institution, even with consent', (_who, who) => {
      expect(readReference(who)).toBe(false);
    });

    it('hides it from a home-institution clinician who may not read the board', () => {
      expect(readReference(uninvitedBerlinSurgeon)).toBe(false);
    });
  });

  describe('case:edit', () => {
    const edit = check('case:edit');

    it.each([
      ['the invited clinician', invitedBerlinOncologist],
      ['the coordinator', berlinCoordinator],
    ])('lets %s of the home institution edit', (_who, who) => {
      expect(edit(who)).toBe(true);
    });

    it.each([
      ['an invited clinician of the other institution', invitedSeoulOncologist],
      ['the coordinator of the other institution', seoulCoordinator],
      ['the admin of the home institution', berlinAdmin],
      ['an invited observer of the home institution', invitedBerlinObserver],
      ['an uninvited clinician of the home institution', uninvitedBerlinSurgeon],
    ])('refuses %s', (_who, who) => {
      expect(edit(who)).toBe(false);
    });

    it.each(
      CASE_STATUSES.map((status) => [status, ['draft', 'submitted', 'ready'].includes(status)]),
    )('for a case that is %s: %s', (status, expected) => {
      expect(edit(invitedBerlinOncologist, berlinCase({ status }))).toBe(expected);
    });

    it('lets the home institution edit a case without consent', () => {
      expect(edit(invitedBerlinOncologist, berlinCase({ consent: false }))).toBe(true);
    });
  });

  describe('case:markReady', () => {
    const markReady = check('case:markReady');

    it.each([
      ['the host', berlinCoordinator],
      ['the other institution', seoulCoordinator],
    ])('lets the coordinator of %s mark a case ready', (_where, who) => {
      expect(markReady(who)).toBe(true);
    });

    it.each([
      ['the invited clinician of the home institution', invitedBerlinOncologist],
      ['an admin of the home institution', berlinAdmin],
      ['an invited observer', invitedBerlinObserver],
      ['a coordinator of a non-participating institution', viennaCoordinator],
    ])('refuses %s', (_who, who) => {
      expect(markReady(who)).toBe(false);
    });

    it('refuses the other institution coordinator a case they may not see (no consent)', () => {
      expect(markReady(seoulCoordinator, berlinCase({ consent: false }))).toBe(false);
      expect(markReady(berlinCoordinator, berlinCase({ consent: false }))).toBe(true);
    });
  });

  describe('an ended board', () => {
    const ended = jointBoard({ status: 'ended' });
    const live = jointBoard({ status: 'live' });
    // Each change, by someone who may make it while the board is open.
    const CHANGES: [Action, (board: BoardScope) => boolean][] = [
      ['board:edit', (board) => can(berlinCoordinator, 'board:edit', board)],
      ['agenda:edit', (board) => can(seoulCoordinator, 'agenda:edit', board)],
      ['case:create', (board) => can(invitedSeoulOncologist, 'case:create', board)],
      ['case:edit', (board) => can(invitedBerlinOncologist, 'case:edit', berlinCase({ board }))],
      ['case:markReady', (board) => can(seoulCoordinator, 'case:markReady', berlinCase({ board }))],
    ];

    it.each(CHANGES)('refuses %s, which a live board allows', (_action, isAllowedOn) => {
      expect(isAllowedOn(live)).toBe(true);
      expect(isAllowedOn(ended)).toBe(false);
    });

    it('still lets participants read the board and its cases', () => {
      expect(can(invitedSeoulOncologist, 'board:read', ended)).toBe(true);
      expect(can(invitedSeoulOncologist, 'case:read', berlinCase({ board: ended }))).toBe(true);
      expect(
        can(invitedBerlinOncologist, 'case:readHomeReference', berlinCase({ board: ended })),
      ).toBe(true);
    });
  });
});
