/**
 * Awareness updates are re-encoded by the server: each state's `user` field is
 * replaced with the identity from the session, so a client cannot show up as
 * someone else, and a state too large to be a caret is refused.
 */
import type { NotesUser } from '@konsil/shared';
import { LIMITS } from '@konsil/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Awareness } from 'y-protocols/awareness';
import type { UserRecord } from '../storage/repositories/users';

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** null = the client left. */
  state: Record<string, unknown> | null;
}

export type AwarenessDecoding =
  | { ok: true; entries: AwarenessEntry[] }
  | { ok: false; reason: 'malformed' | 'tooLarge' };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads the entries `wanted` asks for; the others are only stepped over, not
 * parsed — y-websocket echoes every state it hears, and those echoes are dropped.
 */
export function decodeAwarenessUpdate(
  update: Uint8Array,
  wanted: (clientId: number) => boolean = () => true,
): AwarenessDecoding {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const entries: AwarenessEntry[] = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const bytes = decoding.readVarUint8Array(decoder);
      if (bytes.length > LIMITS.collab.maxAwarenessStateBytes) {
        return { ok: false, reason: 'tooLarge' };
      }
      if (!wanted(clientId)) continue;
      const state: unknown = JSON.parse(utf8.decode(bytes));
      if (state !== null && (typeof state !== 'object' || Array.isArray(state))) {
        return { ok: false, reason: 'malformed' };
      }
      entries.push({ clientId, clock, state: state as Record<string, unknown> | null });
    }
    if (decoding.hasContent(decoder)) return { ok: false, reason: 'malformed' };
    return { ok: true, entries };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}

export function encodeAwarenessUpdate(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}

export function stampUser(entry: AwarenessEntry, user: NotesUser): AwarenessEntry {
  return entry.state === null ? entry : { ...entry, state: { ...entry.state, user } };
}

/** The identity a connection's carets carry: from the session, never from the client. */
export function notesUserOf(user: UserRecord, isReadOnly: boolean): NotesUser {
  return {
    userId: user.id,
    name: user.name,
    color: user.institution.color,
    institutionCode: user.institution.code,
    role: user.role,
    readOnly: isReadOnly,
  };
}

/**
 * The given clients' current states stamped again with `user` and a clock one ahead, so that
 * everyone replaces what they hold (a role or read-only change shows on the caret at once).
 */
export function restampedEntries(
  awareness: Awareness,
  clientIds: readonly number[],
  user: NotesUser,
): AwarenessEntry[] {
  const states = awareness.getStates();
  return clientIds.flatMap((clientId) => {
    const state = states.get(clientId);
    if (!state) return [];
    const clock = (awareness.meta.get(clientId)?.clock ?? 0) + 1;
    return [stampUser({ clientId, clock, state }, user)];
  });
}

/**
 * The update without the entries `exclude` names, read at the byte level (states are not
 * parsed: they were stamped by the instance that sent them). The same bytes when nothing is
 * excluded; null when the update cannot be read.
 */
export function awarenessWithout(
  update: Uint8Array,
  exclude: (clientId: number) => boolean,
): Uint8Array | null {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const kept: { clientId: number; clock: number; state: Uint8Array }[] = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state = decoding.readVarUint8Array(decoder);
      if (!exclude(clientId)) kept.push({ clientId, clock, state });
    }
    if (decoding.hasContent(decoder)) return null;
    if (kept.length === count) return update;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, kept.length);
    for (const entry of kept) {
      encoding.writeVarUint(encoder, entry.clientId);
      encoding.writeVarUint(encoder, entry.clock);
      encoding.writeVarUint8Array(encoder, entry.state);
    }
    return encoding.toUint8Array(encoder);
  } catch {
    return null;
  }
}

/** Whether an awareness state was stamped for this user (the `user` the server put there). */
export function isStampedFor(state: Record<string, unknown>, userId: string): boolean {
  const user = state.user;
  return typeof user === 'object' && user !== null && 'userId' in user && user.userId === userId;
}
