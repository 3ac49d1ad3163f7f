import { CLOSE_CODES, type NotesUser, NotesUserSchema, type Role } from '@konsil/shared';

/**
 * Observers and admins read the notes without writing (policy `notes:edit`). The server drops
 * their edits anyway; the client says so up front instead of letting them type into the void.
 */
export function isReadOnlyRole(role: Role): boolean {
  return role === 'observer' || role === 'admin';
}

/** The `user` field of an awareness state, if it has the shape the server stamps. */
export function notesUserOf(state: unknown): NotesUser | null {
  const user = typeof state === 'object' && state !== null ? Reflect.get(state, 'user') : null;
  const parsed = NotesUserSchema.safeParse(user);
  return parsed.success ? parsed.data : null;
}

/**
 * Read-only by role, or because the server stamped our own awareness state read-only
 * (for example once the minutes are signed). Either one is enough.
 */
export function isNotesReadOnly(role: Role, ownUser: NotesUser | null): boolean {
  return isReadOnlyRole(role) || ownUser?.readOnly === true;
}

export type NotesRefusal =
  | 'sessionEnded'
  | 'forbidden'
  | 'notFound'
  | 'origin'
  | 'tooLarge'
  | 'rejected';

/** Why the server closed the notes for good, from its close code (shared/src/closeCodes.ts). */
export function notesRefusalOf(code: number): NotesRefusal {
  switch (code) {
    case CLOSE_CODES.unauthenticated:
      return 'sessionEnded';
    case CLOSE_CODES.forbidden:
      return 'forbidden';
    case CLOSE_CODES.notFound:
      return 'notFound';
    case CLOSE_CODES.originNotAllowed:
      return 'origin';
    case CLOSE_CODES.tooLarge:
      return 'tooLarge';
    default:
      return 'rejected';
  }
}

/** What the page does after a refusal. */
export interface RefusalHandling {
  /**
   * Take the text off the screen: the viewer may no longer read this case (consent withdrawn,
   * removed from the board) or never got it.
   */
  hidesNotes: boolean;
  /** The next step: sign in again (reload), or connect again (the server may accept it now). */
  action: 'signIn' | 'reconnect' | null;
}

export function refusalHandling(refusal: NotesRefusal): RefusalHandling {
  switch (refusal) {
    case 'sessionEnded':
      // The text stays readable so that unsaved words can be copied before signing in again.
      return { hidesNotes: false, action: 'signIn' };
    case 'forbidden':
    case 'notFound':
    case 'origin':
      return { hidesNotes: true, action: null };
    case 'tooLarge':
    case 'rejected':
      return { hidesNotes: false, action: 'reconnect' };
  }
}
