import type { AccessChangedReason, PresenceEntry, SessionEndedReason } from '@konsil/shared';

/**
 * What changed in the domain, as the live connections need to hear it. Published once, after
 * the transaction that made the change committed; every socket and notes connection that it
 * concerns re-checks with the same `can()` a fresh connection would be asked.
 */
export type DomainChange = AccessChange | LiveFact;

/** Why who may see or do what on a board may have changed. */
export type BoardAccessCause =
  | 'participants'
  /** Consent, content or status of a case. */
  | 'case_edited'
  | 'case_closed'
  | 'board_started'
  | 'board_ended'
  | 'minutes_signed';

export type SessionEndTarget = { sessionId: string } | { userId: string };

/** Changes that can narrow (or widen) access: connections re-check, then are cut or narrowed. */
export type AccessChange =
  | { kind: 'board.access'; boardId: string; cause: BoardAccessCause }
  | { kind: 'user.access'; userId: string; reason: AccessChangedReason }
  | {
      kind: 'session.ended';
      target: SessionEndTarget;
      reason: SessionEndedReason;
      /** A user's sessions end, but the one that asked for it goes on (own password change). */
      exceptSessionId?: string;
    }
  /** The session got a new id (password change): its connections now belong to the new one. */
  | { kind: 'session.rotated'; fromSessionId: string; toSessionId: string };

export type PresenceDelta =
  | { kind: 'joined' | 'changed'; version: number; entry: PresenceEntry }
  | { kind: 'left'; version: number; userId: string };

/** Facts the live board shows; each recipient hears them projected to what it may read. */
export type LiveFact =
  | { kind: 'live.state'; boardId: string }
  | {
      kind: 'live.presence';
      boardId: string;
      delta: PresenceDelta;
      /** The socket that joined: its join reply already carries the list. */
      exceptSocketId?: string;
    }
  | { kind: 'live.agenda'; boardId: string }
  | { kind: 'live.decision'; boardId: string; caseId: string };

export type DomainChangeKind = DomainChange['kind'];
export type DomainChangeOf<K extends DomainChangeKind> = Extract<DomainChange, { kind: K }>;
