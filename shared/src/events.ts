import type { Ack } from './errors';
import type {
  BoardRef,
  CallOnInput,
  ExtendTimerInput,
  HandTargetInput,
  JoinResult,
  PresenceEntry,
  PresenceList,
  SessionState,
  SetCaseInput,
  SetCoChairInput,
  StartBoardInput,
} from './schemas/session';

/**
 * Socket.IO event maps: the whole realtime contract. Names are `domain:verb`;
 * broadcasts name what they carry. Every command is acknowledged with
 * `Ack<T>`; payloads are parsed with the schemas in schemas/session.ts.
 */
/** Why a session ended: its sockets and notes connections are closed at once. */
export type SessionEndedReason = 'logout' | 'deactivated' | 'expired' | 'password_changed';
/** Why this user's own permissions changed while connected: the client refetches who it is. */
export type AccessChangedReason = 'role_changed';
export type AccessRevokedReason = 'uninvited' | 'consent_withdrawn' | 'board_deleted';

export interface ServerToClientEvents {
  /** Sent just before the server disconnects a socket whose session ended. */
  'auth:sessionEnded': (payload: { reason: SessionEndedReason }) => void;
  /**
   * The whole live-board snapshot, after every change, projected for the viewer: a current case
   * the viewer may not read arrives as `currentCaseId: null` with `isCurrentCaseHidden: true`.
   * After an access change (consent withdrawn, say) the same version may be sent again with a
   * different projection: a client takes a same-version snapshot whose view differs.
   */
  'session:state': (state: SessionState) => void;
  'presence:joined': (payload: { boardId: string; version: number; entry: PresenceEntry }) => void;
  'presence:changed': (payload: { boardId: string; version: number; entry: PresenceEntry }) => void;
  'presence:left': (payload: { boardId: string; version: number; userId: string }) => void;
  /** The agenda changed (order, status, consent): refetch the board over REST. */
  'agenda:changed': (payload: { boardId: string; agendaVersion: number }) => void;
  /** A case's recommendation, positions or outcome changed: refetch its decision over REST. */
  'decision:changed': (payload: { boardId: string; caseId: string }) => void;
  /**
   * This user's own permissions changed (an admin changed the role): refetch `/api/auth/me`;
   * the server has already re-checked every room and notes connection of the user.
   */
  'auth:accessChanged': (payload: { reason: AccessChangedReason }) => void;
  /** This user may no longer see the board; the socket has left its room. */
  'board:accessRevoked': (payload: { boardId: string; reason: AccessRevokedReason }) => void;
}

type Command<P, R> = (payload: P, ack: (reply: Ack<R>) => void) => void;

export interface ClientToServerEvents {
  'board:join': Command<BoardRef, JoinResult>;
  'board:leave': Command<BoardRef, null>;
  /** More than 30 minutes before `startsAt` only with `confirmEarly: true` (`early_start_unconfirmed`). */
  'board:start': Command<StartBoardInput, SessionState>;
  'board:end': Command<BoardRef, SessionState>;
  'session:setCase': Command<SetCaseInput, SessionState>;
  'session:setCoChair': Command<SetCoChairInput, SessionState>;
  'timer:start': Command<BoardRef, SessionState>;
  'timer:pause': Command<BoardRef, SessionState>;
  'timer:extend': Command<ExtendTimerInput, SessionState>;
  'hand:raise': Command<BoardRef, SessionState>;
  'hand:lower': Command<HandTargetInput, SessionState>;
  'hand:callOn': Command<CallOnInput, SessionState>;
  'presence:sync': Command<BoardRef, PresenceList>;
}

export type InterServerEvents = Record<string, never>;

export interface SocketData {
  userId: string;
  sessionId: string;
}
