import { randomUUID } from 'node:crypto';
import { ACTIONS, ROLES, type Role } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import { type Actor, type BoardScope, can } from './can';

const BERLIN = randomUUID();
const SEOUL = randomUUID();
const VIENNA = randomUUID();

function actor(role: Role, institutionId: string, overrides: Partial<Actor> = {}): Actor {
  return { id: randomUUID(), role, institutionId, isActive: true, ...overrides };
}

describe('can()', () => {
  it('covers every action the contract declares', () => {
    // A new action must get its rule tested here before this list is extended.
    expect([...ACTIONS].sort()).toEqual(['audit:read', 'board:read', 'users:manage']);
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

  describe('board:read', () => {
    // Hosted by Berlin with Seoul taking part.
    const invitedSeoulClinician = actor('clinician', SEOUL);
    const invitedBerlinObserver = actor('observer', BERLIN);
    const board: BoardScope = {
      hostInstitutionId: BERLIN,
      status: 'scheduled',
      institutionIds: [BERLIN, SEOUL],
      participantIds: [invitedSeoulClinician.id, invitedBerlinObserver.id],
    };

    it.each([
      ['an invited clinician', invitedSeoulClinician],
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
      const inactiveInvitee = { ...invitedSeoulClinician, isActive: false };
      expect(can(inactiveInvitee, 'board:read', board)).toBe(false);
      expect(can(actor('coordinator', BERLIN, { isActive: false }), 'board:read', board)).toBe(
        false,
      );
    });
  });
});
