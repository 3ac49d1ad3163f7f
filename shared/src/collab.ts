import { z } from 'zod';

/**
 * The collaborative-notes websocket. y-websocket's provider connects to
 * `${origin-as-ws}${COLLAB_PATH}/${caseId}`, so the provider's server URL is
 * the origin plus COLLAB_PATH and its room name is the case id.
 */
export const COLLAB_PATH = '/collab';

/** TipTap's default field: the Yjs XmlFragment that holds a case's notes. */
export const NOTES_FRAGMENT = 'default';

export function collabPathOf(caseId: string): string {
  return `${COLLAB_PATH}/${caseId}`;
}

/**
 * The `user` field of every awareness state, stamped by the server from the
 * session: whatever a client puts there itself is overwritten, so nobody can
 * appear as someone else.
 */
export const NotesUserSchema = z.object({
  userId: z.string(),
  name: z.string(),
  /** The institution's colour, used for the caret and the name flag. */
  color: z.string(),
  institutionCode: z.string(),
  role: z.string(),
  /** True for observers and once the minutes are signed: the server drops their edits. */
  readOnly: z.boolean(),
});
export type NotesUser = z.infer<typeof NotesUserSchema>;
