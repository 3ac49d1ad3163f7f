import { type Action, type CaseStatus, isClosedCaseStatus, type Role } from '@konsil/shared';

/** What the policy layer needs to know about the acting user. */
export interface Actor {
  id: string;
  role: Role;
  institutionId: string;
  isActive: boolean;
}

export interface InstitutionScope {
  institutionId: string;
}

/** An institution whose people someone wants to list for an invitation. */
export interface DirectoryScope extends InstitutionScope {
  /** The asker's institution and this one take part in some board together. */
  sharesBoard: boolean;
}

export interface BoardScope {
  hostInstitutionId: string;
  institutionIds: string[];
  participantIds: string[];
  status: 'scheduled' | 'live' | 'ended';
  minutesSigned: boolean;
}

export interface CaseScope {
  board: BoardScope;
  homeInstitutionId: string;
  consent: boolean;
  status: CaseStatus;
  presenterId: string | null;
}

export interface SessionScope {
  board: BoardScope;
  coChairIds: string[];
}

export interface PolicyObjects {
  'users:manage': InstitutionScope;
  'audit:read': InstitutionScope;
  /** The viewer's own institution: analytics cover the boards it takes part in. */
  'analytics:read': InstitutionScope;
  'board:read': BoardScope;
  'board:create': InstitutionScope;
  'board:edit': BoardScope;
  'agenda:edit': BoardScope;
  'case:create': BoardScope;
  'case:read': CaseScope;
  'case:readHomeReference': CaseScope;
  'case:edit': CaseScope;
  'case:markReady': CaseScope;
  'directory:read': DirectoryScope;
  'session:join': BoardScope;
  'session:chair': SessionScope;
  'session:appoint': BoardScope;
  'session:raiseHand': BoardScope;
  'notes:read': CaseScope;
  'notes:edit': CaseScope;
  'decision:read': CaseScope;
  'recommendation:edit': CaseScope;
  'position:state': CaseScope;
  'case:close': CaseScope;
  'case:reopen': CaseScope;
  'case:carryOver': CaseScope;
  'minutes:read': BoardScope;
  'minutes:sign': BoardScope;
  'attendance:export': BoardScope;
  /** Open to anyone with a code: there is nothing to scope. */
  'certificate:verify': Record<string, never>;
}

type Rule<A extends Action> = (actor: Actor, object: PolicyObjects[A]) => boolean;

const isAdminOf = (actor: Actor, scope: InstitutionScope) =>
  actor.role === 'admin' && actor.institutionId === scope.institutionId;

const isCoordinator = (actor: Actor) => actor.role === 'coordinator';
const takesPart = (actor: Actor, board: BoardScope) =>
  board.institutionIds.includes(actor.institutionId);
const isOpen = (board: BoardScope) => board.status !== 'ended';

// Invited participants, plus coordinators and admins of participating institutions.
const canReadBoard = (actor: Actor, board: BoardScope) =>
  board.participantIds.includes(actor.id) ||
  ((actor.role === 'coordinator' || actor.role === 'admin') && takesPart(actor, board));

// Without consent a case never leaves its home institution.
const canReadCase = (actor: Actor, item: CaseScope) =>
  canReadBoard(actor, item.board) &&
  (item.consent || actor.institutionId === item.homeInstitutionId);

const isLive = (board: BoardScope) => board.status === 'live';
const discusses = (actor: Actor) => actor.role === 'clinician' || actor.role === 'coordinator';

const EDITABLE_CASE_STATUSES: CaseStatus[] = ['draft', 'submitted', 'ready'];

const RULES: { [A in Action]: Rule<A> } = {
  'users:manage': isAdminOf,
  'audit:read': isAdminOf,
  // Oversight of the boards is for those who run them and those who administer the institution.
  'analytics:read': (actor, scope) =>
    (isCoordinator(actor) || actor.role === 'admin') && actor.institutionId === scope.institutionId,
  'board:read': canReadBoard,
  'board:create': (actor, scope) =>
    isCoordinator(actor) && actor.institutionId === scope.institutionId,
  'board:edit': (actor, board) =>
    isCoordinator(actor) && actor.institutionId === board.hostInstitutionId && isOpen(board),
  'agenda:edit': (actor, board) => isCoordinator(actor) && takesPart(actor, board) && isOpen(board),
  'case:create': (actor, board) =>
    (actor.role === 'clinician' || actor.role === 'coordinator') &&
    takesPart(actor, board) &&
    canReadBoard(actor, board) &&
    isOpen(board),
  'case:read': canReadCase,
  // The MRN is for the treating team at home: not for observers (trainees, guests) or admins.
  'case:readHomeReference': (actor, item) =>
    (actor.role === 'clinician' || actor.role === 'coordinator') &&
    canReadCase(actor, item) &&
    actor.institutionId === item.homeInstitutionId,
  'case:edit': (actor, item) =>
    (actor.role === 'clinician' || actor.role === 'coordinator') &&
    actor.institutionId === item.homeInstitutionId &&
    canReadCase(actor, item) &&
    isOpen(item.board) &&
    EDITABLE_CASE_STATUSES.includes(item.status),
  'case:markReady': (actor, item) =>
    isCoordinator(actor) &&
    takesPart(actor, item.board) &&
    canReadCase(actor, item) &&
    isOpen(item.board),
  // Coordinators invite from their own institution and those they already hold boards with;
  // admins see only their own institution's people.
  'directory:read': (actor, scope) =>
    (isCoordinator(actor) && (actor.institutionId === scope.institutionId || scope.sharesBoard)) ||
    isAdminOf(actor, scope),
  'session:join': canReadBoard,
  // Coordinators of participating institutions run the live board, and whoever they name co-chair.
  'session:chair': (actor, session) =>
    canReadBoard(actor, session.board) &&
    ((isCoordinator(actor) && takesPart(actor, session.board)) ||
      session.coChairIds.includes(actor.id)),
  'session:appoint': (actor, board) => isCoordinator(actor) && takesPart(actor, board),
  // Observers (and admins, who administer rather than discuss) watch without a hand to raise.
  'session:raiseHand': (actor, board) =>
    (actor.role === 'clinician' || actor.role === 'coordinator') && canReadBoard(actor, board),
  // Whoever may read the case reads its notes; observers and admins follow without writing.
  'notes:read': canReadCase,
  // Signed minutes freeze the notes they quote.
  'notes:edit': (actor, item) =>
    (actor.role === 'clinician' || actor.role === 'coordinator') &&
    canReadCase(actor, item) &&
    !item.board.minutesSigned,
  'decision:read': canReadCase,
  // Coordinators capture the recommendation (and may correct it after the board, for the
  // minutes); the presenting clinician may write it while the board is live.
  // A closed case is locked: reopening it (with a reason) comes first.
  'recommendation:edit': (actor, item) =>
    !isClosedCaseStatus(item.status) &&
    canReadCase(actor, item) &&
    ((isCoordinator(actor) && takesPart(actor, item.board) && item.board.status !== 'scheduled') ||
      (discusses(actor) && item.presenterId === actor.id && isLive(item.board))),
  // Everyone who discusses states a position, live; observers and admins do not.
  'position:state': (actor, item) =>
    discusses(actor) &&
    canReadCase(actor, item) &&
    isLive(item.board) &&
    !isClosedCaseStatus(item.status),
  'minutes:read': canReadBoard,
  // Any coordinator of the board's institutions signs (and amends) once the board has ended.
  'minutes:sign': (actor, board) =>
    isCoordinator(actor) &&
    takesPart(actor, board) &&
    canReadBoard(actor, board) &&
    board.status === 'ended',
  'case:close': (actor, item) =>
    isCoordinator(actor) &&
    takesPart(actor, item.board) &&
    canReadCase(actor, item) &&
    item.board.status !== 'scheduled' &&
    !isClosedCaseStatus(item.status),
  // Whoever may close may reopen, with a reason, until the minutes are signed.
  'case:reopen': (actor, item) =>
    isCoordinator(actor) &&
    takesPart(actor, item.board) &&
    canReadCase(actor, item) &&
    item.board.status !== 'scheduled' &&
    !item.board.minutesSigned &&
    isClosedCaseStatus(item.status),
  // A case the board did not reach moves on; the target board is checked where it is named.
  'case:carryOver': (actor, item) =>
    isCoordinator(actor) &&
    takesPart(actor, item.board) &&
    canReadCase(actor, item) &&
    item.board.status === 'ended' &&
    item.status === 'not_discussed',
  // Who attended, with certificate codes: for the coordinators who run the boards.
  'attendance:export': (actor, board) =>
    isCoordinator(actor) && takesPart(actor, board) && canReadBoard(actor, board),
  'certificate:verify': () => true,
};

/**
 * Actions open to someone who is not signed in. A certificate of attendance goes to third
 * parties (a medical chamber) who have no account; its unguessable code is the credential.
 */
const ANONYMOUS_ACTIONS: ReadonlySet<Action> = new Set<Action>(['certificate:verify']);

/** Whether `action` may be taken without signing in (see `ANONYMOUS_ACTIONS`). */
export function canAnonymously(action: Action): boolean {
  return ANONYMOUS_ACTIONS.has(action);
}

/** The single place that decides access. Inactive users may do nothing. */
export function can<A extends Action>(actor: Actor, action: A, object: PolicyObjects[A]): boolean {
  if (!actor.isActive) return false;
  const rule = RULES[action] as Rule<A>;
  return rule(actor, object);
}
