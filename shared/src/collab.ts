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

/**
 * Our own message type on the notes websocket, beside y-websocket's sync (0), awareness (1),
 * auth (2) and query-awareness (3): the server's word on whether this connection may edit. It
 * is the first message of every admitted connection, before any document byte, and is sent
 * again whenever access changes while connected — so a client never lets someone type into a
 * document whose edits the server would drop.
 *
 * Wire: three bytes, each a one-byte lib0 varUint: [NOTES_ACCESS_MESSAGE, mode, reason].
 */
export const NOTES_ACCESS_MESSAGE = 100;

export const NOTES_ACCESS_MODES = ['edit', 'read'] as const;
/** Why a connection is read-only: the role (observer, admin) or signed minutes. */
export const NOTES_READ_ONLY_REASONS = ['role', 'minutes_signed'] as const;

export const NotesAccessStateSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('edit') }),
  z.object({ mode: z.literal('read'), reason: z.enum(NOTES_READ_ONLY_REASONS) }),
]);
export type NotesAccessState = z.infer<typeof NotesAccessStateSchema>;

export function encodeNotesAccess(access: NotesAccessState): Uint8Array {
  const reason = access.mode === 'read' ? NOTES_READ_ONLY_REASONS.indexOf(access.reason) + 1 : 0;
  return Uint8Array.from([NOTES_ACCESS_MESSAGE, NOTES_ACCESS_MODES.indexOf(access.mode), reason]);
}

/** The state from the two bytes after the message type, or null when they make no sense. */
export function decodeNotesAccessBody(mode: number, reason: number): NotesAccessState | null {
  if (mode === 0 && reason === 0) return { mode: 'edit' };
  const readReason = NOTES_READ_ONLY_REASONS[reason - 1];
  if (mode === 1 && readReason) return { mode: 'read', reason: readReason };
  return null;
}
