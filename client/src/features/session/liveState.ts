import type { PresenceEntry, PresenceList, SessionState } from '@konsil/shared';

/** A session snapshot and the monotonic time (performance.now) at which it arrived. */
export interface Snapshot {
  state: SessionState;
  receivedAt: number;
}

/**
 * The snapshot to show after `incoming` arrived. Snapshots are whole, so a newer version simply
 * replaces the old one and an older one (a late broadcast, an ack overtaken by a broadcast) is
 * dropped. A join reply may repeat the current version: it is taken, because it carries a fresh
 * `remainingMs` after a reconnect or a sleeping tab.
 */
export function acceptSnapshot(
  current: Snapshot | null,
  incoming: SessionState,
  receivedAt: number,
  options: { isResync?: boolean } = {},
): Snapshot | null {
  if (current && current.state.boardId === incoming.boardId) {
    const { version } = current.state;
    if (incoming.version < version) return current;
    if (incoming.version === version && !options.isResync) return current;
  }
  return { state: incoming, receivedAt };
}

export type PresenceDelta =
  | { kind: 'joined' | 'changed'; version: number; entry: PresenceEntry }
  | { kind: 'left'; version: number; userId: string };

/** Who is here, as of `version`, plus deltas that arrived ahead of a missing one. */
export interface Presence {
  version: number;
  entries: PresenceEntry[];
  /** Deltas newer than version + 1, held until the gap before them is filled (or a sync). */
  pending: PresenceDelta[];
}

/** The whole list from a join or a `presence:sync`; held deltas it already covers are dropped. */
export function presenceFromList(
  list: PresenceList,
  held: readonly PresenceDelta[] = [],
): Presence {
  const start: Presence = { version: list.version, entries: list.entries, pending: [] };
  return drain(start, held);
}

function applyOne(entries: readonly PresenceEntry[], delta: PresenceDelta): PresenceEntry[] {
  if (delta.kind === 'left') return entries.filter((entry) => entry.userId !== delta.userId);
  const index = entries.findIndex((entry) => entry.userId === delta.entry.userId);
  if (index === -1) return [...entries, delta.entry];
  // A changed entry keeps its place so the list does not jump around on a shared screen.
  return entries.map((entry, at) => (at === index ? delta.entry : entry));
}

/** Applies every held delta that now follows on without a gap; keeps the rest. */
function drain(presence: Presence, held: readonly PresenceDelta[]): Presence {
  let { version, entries } = presence;
  const waiting = [...held]
    .filter((delta) => delta.version > version)
    .sort((a, b) => a.version - b.version);
  const pending: PresenceDelta[] = [];
  for (const delta of waiting) {
    if (delta.version === version + 1) {
      entries = applyOne(entries, delta);
      version = delta.version;
    } else if (delta.version > version + 1 && !pending.some((p) => p.version === delta.version)) {
      pending.push(delta);
    }
  }
  return { version, entries, pending };
}

/**
 * Applies one presence delta in order. A delta the list already covers is ignored; one that
 * skips a version is held, and `hasGap` tells the caller to ask the server for the whole list.
 */
export function applyPresenceDelta(
  presence: Presence,
  delta: PresenceDelta,
): { presence: Presence; hasGap: boolean } {
  if (delta.version <= presence.version) return { presence, hasGap: presence.pending.length > 0 };
  const next = drain({ version: presence.version, entries: presence.entries, pending: [] }, [
    ...presence.pending,
    delta,
  ]);
  return { presence: next, hasGap: next.pending.length > 0 };
}
