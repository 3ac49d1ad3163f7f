import { randomUUID } from 'node:crypto';
import { ACTIONS, type Action, CASE_STATUSES, ROLES, type Role } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import { type Actor, type BoardScope, type CaseScope, can, type PolicyObjects } from './can';

const BERLIN = randomUUID();
const SEOUL = randomUUID();
const VIENNA = randomUUID();

function actor(role: Role, institutionId: string, overrides: Partial<Actor> = {}): Actor {
  return { id: randomUUID(), role, institutionId, isActive: true, ...overrides };
}

// The people of one joint board, hosted by Berlin with Seoul taking part.
const berlinCoordinator = actor('coordinator', BERLIN);
const seoulCoordinator = actor('coordinator', SEOUL);
const viennaCoordinator = actor('coordinator', VIENNA);
const berlinAdmin = actor('admin', BERLIN);
const seoulAdmin = actor('admin', SEOUL);
const invitedBerlinOncologist = actor('clinician', BERLIN);
const invitedSeoulOncologist = actor('clinician', SEOUL);
const invitedBerlinObserver = actor('observer', BERLIN);
const viennaOncologist = actor('clinician', VIENNA);
const uninvitedBerlinSurgeon = actor('clinician', BERLIN);
const uninvitedSeoulRadiologist = actor('clinician', SEOUL);

function jointBoard(overrides: Partial<BoardScope> = {}): BoardScope {
  return {
    hostInstitutionId: BERLIN,
    status: 'scheduled',
    institutionIds: [BERLIN, SEOUL],
    participantIds: [
      invitedBerlinOncologist.id,
      invitedSeoulOncologist.id,
      invitedBerlinObserver.id,
    ],
    ...overrides,
  };
}

/** A Berlin patient on the joint board, with consent to cross-institution discussion. */
function berlinCase(overrides: Partial<CaseScope> = {}): CaseScope {
  return {
    board: jointBoard(),
    homeInstitutionId: BERLIN,
    consent: true,
    status: 'submitted',
    ...overrides,
  };
}

/**
 * For every action, one actor who may do it on one object. Typed over all
 * actions, so a new action does not compile until it has an example here.
 */
const ALLOWED: { [A in Action]: { who: Actor; object: PolicyObjects[A] } } = {
  'users:manage': { who: berlinAdmin, object: { institutionId: BERLIN } },
  'audit:read': { who: seoulAdmin, object: { institutionId: SEOUL } },
  'board:read': { who: invitedSeoulOncologist, object: jointBoard() },
  'board:create': { who: berlinCoordinator, object: { institutionId: BERLIN } },
  'board:edit': { who: berlinCoordinator, object: jointBoard() },
  'agenda:edit': { who: seoulCoordinator, object: jointBoard() },
  'case:create': { who: invitedSeoulOncologist, object: jointBoard() },
  'case:read': { who: invitedSeoulOncologist, object: berlinCase() },
  'case:readHomeReference': { who: invitedBerlinOncologist, object: berlinCase() },
  'case:edit': { who: invitedBerlinOncologist, object: berlinCase() },
  'case:markReady': { who: seoulCoordinator, object: berlinCase() },
  'directory:read': { who: seoulCoordinator, object: { institutionId: SEOUL } },
  'session:join': { who: invitedSeoulOncologist, object: jointBoard() },
  'session:chair': { who: seoulCoordinator, object: { board: jointBoard(), coChairIds: [] } },
  'session:appoint': { who: berlinCoordinator, object: jointBoard() },
  'session:raiseHand': { who: invitedSeoulOncologist, object: jointBoard() },
};

const check = <A extends Action>(action: A) => {
  const example = ALLOWED[action];
  return (who: Actor, object: PolicyObjects[A] = example.object) => can(who, action, object);
};

describe('can()', () => {
  it('covers every action the contract declares', () => {
    // A new action must get its rule tested here before this list is extended.
    expect([...ACTIONS].sort()).toEqual([
      'agenda:edit',
      'audit:read',
      'board:create',
      'board:edit',
      'board:read',
      'case:create',
      'case:edit',
      'case:markReady',
      'case:read',
      'case:readHomeReference',
      'directory:read',
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

  describe.each(['board:create', 'directory:read'] as const)('%s', (action) => {
    it.each(ROLES.map((role) => [role, role === 'coordinator'] as const))(
      'for a %s of the institution: %s',
      (role, expected) => {
        expect(can(actor(role, BERLIN), action, { institutionId: BERLIN })).toBe(expected);
      },
    );

    it('refuses a coordinator of another institution', () => {
      expect(can(seoulCoordinator, action, { institutionId: BERLIN })).toBe(false);
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
