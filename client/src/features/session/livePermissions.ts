import type { Role, SessionState } from '@konsil/shared';

export interface LivePermissions {
  /** Runs the board: start/end, current case, timer, calling on and lowering others' hands. */
  canChair: boolean;
  /** Names co-chairs (coordinators of participating institutions only). */
  canAppoint: boolean;
  /** Takes part in the discussion with a raised hand (clinicians and coordinators). */
  canRaiseHand: boolean;
}

/**
 * What the viewer may do on the live board: a mirror of the server's `session:*` policies, used
 * only to choose which controls to show (the server decides every command again).
 */
export function livePermissions(
  user: { id: string; role: Role; institution: { id: string } },
  board: { hostInstitution: { id: string }; institutions: readonly { id: string }[] },
  state: Pick<SessionState, 'coChairIds'> | null,
): LivePermissions {
  const takesPart =
    board.hostInstitution.id === user.institution.id ||
    board.institutions.some((institution) => institution.id === user.institution.id);
  const isChairingCoordinator = user.role === 'coordinator' && takesPart;
  const isCoChair = state?.coChairIds.includes(user.id) ?? false;
  return {
    canChair: isChairingCoordinator || isCoChair,
    canAppoint: isChairingCoordinator,
    canRaiseHand: user.role === 'clinician' || user.role === 'coordinator',
  };
}
