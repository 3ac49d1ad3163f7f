import { ACTIONS, ROLES } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import { can } from './can';
import {
  ALLOWED,
  actor,
  BERLIN,
  berlinAdmin,
  berlinCoordinator,
  check,
  invitedBerlinObserver,
  invitedBerlinOncologist,
  invitedSeoulOncologist,
  jointBoard,
  SEOUL,
  seoulCoordinator,
  VIENNA,
  viennaCoordinator,
} from './canFixtures';

describe('can()', () => {
  it('covers every action the contract declares', () => {
    // A new action must get its rule tested here before this list is extended.
    expect([...ACTIONS].sort()).toEqual([
      'agenda:edit',
      'analytics:read',
      'attendance:export',
      'audit:read',
      'board:create',
      'board:edit',
      'board:read',
      'case:carryOver',
      'case:close',
      'case:create',
      'case:edit',
      'case:markReady',
      'case:read',
      'case:readHomeReference',
      'case:reopen',
      'certificate:verify',
      'decision:read',
      'directory:read',
      'minutes:read',
      'minutes:sign',
      'notes:edit',
      'notes:read',
      'position:state',
      'recommendation:edit',
      'session:appoint',
      'session:chair',
      'session:join',
      'session:raiseHand',
      'users:manage',
    ]);
    expect(Object.keys(ALLOWED).sort()).toEqual([...ACTIONS].sort());
  });

  describe.each([...ACTIONS])('%s', (action) => {
    it('is allowed for its example actor and refused once that actor is inactive', () => {
      const { who } = ALLOWED[action];
      expect(check(action)(who)).toBe(true);
      expect(check(action)({ ...who, isActive: false })).toBe(false);
    });
  });

  describe('analytics:read', () => {
    it.each(ROLES.map((role) => [role, role === 'admin' || role === 'coordinator'] as const))(
      'for a %s of the same institution: %s',
      (role, expected) => {
        expect(can(actor(role, BERLIN), 'analytics:read', { institutionId: BERLIN })).toBe(
          expected,
        );
      },
    );
    it("is refused for another institution's coordinator and admin", () => {
      expect(can(actor('coordinator', SEOUL), 'analytics:read', { institutionId: BERLIN })).toBe(
        false,
      );
      expect(can(actor('admin', SEOUL), 'analytics:read', { institutionId: BERLIN })).toBe(false);
    });
  });

  describe.each(['users:manage', 'audit:read'] as const)('%s', (action) => {
    it.each(ROLES.map((role) => [role, role === 'admin'] as const))(
      'for a %s of the same institution: %s',
      (role, expected) => {
        expect(can(actor(role, BERLIN), action, { institutionId: BERLIN })).toBe(expected);
      },
    );

    it.each(ROLES)('refuses a %s of another institution', (role) => {
      expect(can(actor(role, SEOUL), action, { institutionId: BERLIN })).toBe(false);
    });

    it('refuses an inactive admin of the same institution', () => {
      expect(
        can(actor('admin', BERLIN, { isActive: false }), action, { institutionId: BERLIN }),
      ).toBe(false);
    });
  });

  describe('board:create', () => {
    it.each(ROLES.map((role) => [role, role === 'coordinator'] as const))(
      'for a %s of the institution: %s',
      (role, expected) => {
        expect(can(actor(role, BERLIN), 'board:create', { institutionId: BERLIN })).toBe(expected);
      },
    );

    it('refuses a coordinator of another institution', () => {
      expect(can(seoulCoordinator, 'board:create', { institutionId: BERLIN })).toBe(false);
    });
  });

  describe('directory:read', () => {
    const own = { institutionId: BERLIN, sharesBoard: false };
    const partner = { institutionId: SEOUL, sharesBoard: true };
    const stranger = { institutionId: VIENNA, sharesBoard: false };

    it.each([
      ['coordinator', own, true],
      ['coordinator', partner, true],
      ['coordinator', stranger, false],
      ['admin', own, true],
      ['admin', partner, false],
      ['clinician', own, false],
      ['clinician', partner, false],
      ['observer', own, false],
    ] as const)('for a Berlin %s asking about %o: %s', (role, scope, expected) => {
      expect(can(actor(role, BERLIN), 'directory:read', scope)).toBe(expected);
    });
  });

  describe('board:read', () => {
    const board = jointBoard();

    it.each([
      ['an invited clinician', invitedSeoulOncologist],
      ['an invited observer', invitedBerlinObserver],
    ])('lets %s read', (_who, participant) => {
      expect(can(participant, 'board:read', board)).toBe(true);
    });

    it.each([
      ['coordinator', BERLIN],
      ['admin', BERLIN],
      ['coordinator', SEOUL],
      ['admin', SEOUL],
    ] as const)('lets an uninvited %s of a participating institution read', (role, institution) => {
      expect(can(actor(role, institution), 'board:read', board)).toBe(true);
    });

    it.each([
      ['clinician', BERLIN],
      ['observer', BERLIN],
      ['clinician', SEOUL],
      ['observer', SEOUL],
    ] as const)('refuses an uninvited %s of a participating institution', (role, institution) => {
      expect(can(actor(role, institution), 'board:read', board)).toBe(false);
    });

    it.each(ROLES)('refuses an uninvited %s of a non-participating institution', (role) => {
      expect(can(actor(role, VIENNA), 'board:read', board)).toBe(false);
    });

    it('refuses invited and coordinating users once they are inactive', () => {
      const inactiveInvitee = { ...invitedSeoulOncologist, isActive: false };
      expect(can(inactiveInvitee, 'board:read', board)).toBe(false);
      expect(can(actor('coordinator', BERLIN, { isActive: false }), 'board:read', board)).toBe(
        false,
      );
    });

    it('stays readable after the board ended', () => {
      expect(can(invitedSeoulOncologist, 'board:read', jointBoard({ status: 'ended' }))).toBe(true);
    });
  });

  describe('board:edit', () => {
    const edit = check('board:edit');

    it('lets only coordinators of the host institution edit the board', () => {
      expect(edit(berlinCoordinator)).toBe(true);
      expect(edit(actor('coordinator', BERLIN))).toBe(true);
    });

    it.each([
      ['the coordinator of a guest institution', seoulCoordinator],
      ['the admin of the host', berlinAdmin],
      ['an invited clinician of the host', invitedBerlinOncologist],
      ['an invited observer of the host', invitedBerlinObserver],
      ['a coordinator of a non-participating institution', viennaCoordinator],
    ])('refuses %s', (_who, who) => {
      expect(edit(who)).toBe(false);
    });
  });

  describe('agenda:edit', () => {
    const edit = check('agenda:edit');

    it.each([
      ['the host', berlinCoordinator],
      ['a guest institution', seoulCoordinator],
    ])('lets the coordinator of %s reorder, invited or not', (_where, who) => {
      expect(edit(who)).toBe(true);
    });

    it.each([
      ['a coordinator of a non-participating institution', viennaCoordinator],
      ['an admin of the host', berlinAdmin],
      ['an invited clinician', invitedSeoulOncologist],
      ['an invited observer', invitedBerlinObserver],
    ])('refuses %s', (_who, who) => {
      expect(edit(who)).toBe(false);
    });
  });
});
