import { CLOSE_CODES, type Role } from '@konsil/shared';
import type { NotesAccess } from './notesAccessMessage';

/**
 * Observers and admins read the notes without writing (policy `notes:edit`). Only the caret's
 * first awareness state uses this; the server's access message decides what the editor does.
 */
export function isReadOnlyRole(role: Role): boolean {
  return role === 'observer' || role === 'admin';
}

/** Why the notes are read-only, for the badge; null while the server allows editing or is silent. */
export function readOnlyReasonOf(access: NotesAccess | null): ReadOnlyReason | null {
  return access?.mode === 'read' ? access.reason : null;
}

export type ReadOnlyReason = Extract<NotesAccess, { mode: 'read' }>['reason'];

export type NotesRefusal = 'sessionEnded' | 'notShared' | 'origin' | 'tooLarge' | 'rejected';

/** Why the server closed the notes for good, from its close code (shared/src/closeCodes.ts). */
export function notesRefusalOf(code: number): NotesRefusal {
  switch (code) {
    case CLOSE_CODES.unauthenticated:
      return 'sessionEnded';
    // A case the viewer may not read answers like one that does not exist (4404), so neither
    // says which; older servers answered 4403 and mean the same.
    case CLOSE_CODES.forbidden:
    case CLOSE_CODES.notFound:
      return 'notShared';
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
    case 'notShared':
    case 'origin':
      return { hidesNotes: true, action: null };
    case 'tooLarge':
    case 'rejected':
      return { hidesNotes: false, action: 'reconnect' };
  }
}
