/**
 * The people, board and case of one joint board (hosted by Berlin, Seoul taking
 * part) that the can() tests ask about, and one allowed example per action.
 */
import { randomUUID } from 'node:crypto';
import type { Action, Role } from '@konsil/shared';
import { type Actor, type BoardScope, type CaseScope, can, type PolicyObjects } from './can';

export const BERLIN = randomUUID();
export const SEOUL = randomUUID();
export const VIENNA = randomUUID();

export function actor(role: Role, institutionId: string, overrides: Partial<Actor> = {}): Actor {
  return { id: randomUUID(), role, institutionId, isActive: true, ...overrides };
}

// The people of one joint board, hosted by Berlin with Seoul taking part.
export const berlinCoordinator = actor('coordinator', BERLIN);
export const seoulCoordinator = actor('coordinator', SEOUL);
export const viennaCoordinator = actor('coordinator', VIENNA);
export const berlinAdmin = actor('admin', BERLIN);
export const seoulAdmin = actor('admin', SEOUL);
export const invitedBerlinOncologist = actor('clinician', BERLIN);
export const invitedSeoulOncologist = actor('clinician', SEOUL);
export const invitedBerlinObserver = actor('observer', BERLIN);
export const viennaOncologist = actor('clinician', VIENNA);
export const uninvitedBerlinSurgeon = actor('clinician', BERLIN);
export const uninvitedSeoulRadiologist = actor('clinician', SEOUL);

export function jointBoard(overrides: Partial<BoardScope> = {}): BoardScope {
  return {
    hostInstitutionId: BERLIN,
    status: 'scheduled',
    minutesSigned: false,
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
export function berlinCase(overrides: Partial<CaseScope> = {}): CaseScope {
  return {
    board: jointBoard(),
    homeInstitutionId: BERLIN,
    consent: true,
    status: 'submitted',
    presenterId: invitedBerlinOncologist.id,
    ...overrides,
  };
}

/** The same case while the board is live. */
export function liveBerlinCase(overrides: Partial<CaseScope> = {}): CaseScope {
  return berlinCase({ board: jointBoard({ status: 'live' }), status: 'ready', ...overrides });
}

/**
 * For every action, one actor who may do it on one object. Typed over all
 * actions, so a new action does not compile until it has an example here.
 */
export const ALLOWED: { [A in Action]: { who: Actor; object: PolicyObjects[A] } } = {
  'users:manage': { who: berlinAdmin, object: { institutionId: BERLIN } },
  'audit:read': { who: seoulAdmin, object: { institutionId: SEOUL } },
  'analytics:read': { who: berlinCoordinator, object: { institutionId: BERLIN } },
  'board:read': { who: invitedSeoulOncologist, object: jointBoard() },
  'board:create': { who: berlinCoordinator, object: { institutionId: BERLIN } },
  'board:edit': { who: berlinCoordinator, object: jointBoard() },
  'agenda:edit': { who: seoulCoordinator, object: jointBoard() },
  'case:create': { who: invitedSeoulOncologist, object: jointBoard() },
  'case:read': { who: invitedSeoulOncologist, object: berlinCase() },
  'case:readHomeReference': { who: invitedBerlinOncologist, object: berlinCase() },
  'case:edit': { who: invitedBerlinOncologist, object: berlinCase() },
  'case:markReady': { who: seoulCoordinator, object: berlinCase() },
  'directory:read': {
    who: seoulCoordinator,
    object: { institutionId: BERLIN, sharesBoard: true },
  },
  'session:join': { who: invitedSeoulOncologist, object: jointBoard() },
  'session:chair': { who: seoulCoordinator, object: { board: jointBoard(), coChairIds: [] } },
  'session:appoint': { who: berlinCoordinator, object: jointBoard() },
  'session:raiseHand': { who: invitedSeoulOncologist, object: jointBoard() },
  'notes:read': { who: invitedBerlinObserver, object: berlinCase() },
  'notes:edit': { who: invitedSeoulOncologist, object: berlinCase() },
  'decision:read': { who: invitedBerlinObserver, object: berlinCase() },
  'recommendation:edit': { who: seoulCoordinator, object: liveBerlinCase() },
  'position:state': { who: invitedSeoulOncologist, object: liveBerlinCase() },
  'case:close': { who: seoulCoordinator, object: liveBerlinCase() },
  'case:reopen': { who: seoulCoordinator, object: liveBerlinCase({ status: 'decided' }) },
  'case:carryOver': {
    who: berlinCoordinator,
    object: berlinCase({ board: jointBoard({ status: 'ended' }), status: 'not_discussed' }),
  },
  'minutes:read': { who: invitedBerlinObserver, object: jointBoard({ status: 'ended' }) },
  'minutes:sign': { who: seoulCoordinator, object: jointBoard({ status: 'ended' }) },
  'attendance:export': { who: seoulCoordinator, object: jointBoard({ status: 'ended' }) },
  'certificate:verify': { who: invitedBerlinObserver, object: {} },
};

export const check = <A extends Action>(action: A) => {
  const example = ALLOWED[action];
  return (who: Actor, object: PolicyObjects[A] = example.object) => can(who, action, object);
};
