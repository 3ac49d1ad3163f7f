import type { Role } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import { livePermissions } from './livePermissions';

const BERLIN = { id: 'berlin' };
const SEOUL = { id: 'seoul' };
const VIENNA = { id: 'vienna' };
const board = { hostInstitution: BERLIN, institutions: [BERLIN, SEOUL] };

function user(role: Role, institution = BERLIN) {
  return { id: 'me', role, institution };
}

describe('who may do what on the live board', () => {
  it('coordinators of every participating institution chair and name co-chairs', () => {
    for (const institution of [BERLIN, SEOUL]) {
      expect(livePermissions(user('coordinator', institution), board, null)).toEqual({
        canChair: true,
        canAppoint: true,
        canRaiseHand: true,
      });
    }
  });

  it('a coordinator of an institution not taking part does not chair', () => {
    expect(livePermissions(user('coordinator', VIENNA), board, null)).toMatchObject({
      canChair: false,
      canAppoint: false,
    });
  });

  it('clinicians raise hands, and chair only once named co-chair (without naming others)', () => {
    const clinician = user('clinician', SEOUL);
    expect(livePermissions(clinician, board, { coChairIds: [] })).toEqual({
      canChair: false,
      canAppoint: false,
      canRaiseHand: true,
    });
    expect(livePermissions(clinician, board, { coChairIds: ['me'] })).toEqual({
      canChair: true,
      canAppoint: false,
      canRaiseHand: true,
    });
    expect(livePermissions(clinician, board, { coChairIds: ['someone-else'] }).canChair).toBe(
      false,
    );
  });

  it('observers and admins only watch', () => {
    for (const role of ['observer', 'admin'] as const) {
      expect(livePermissions(user(role), board, { coChairIds: [] })).toEqual({
        canChair: false,
        canAppoint: false,
        canRaiseHand: false,
      });
    }
  });
});
