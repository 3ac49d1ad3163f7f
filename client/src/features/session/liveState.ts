import type { CaseStatus, PresenceEntry, PresenceList, SessionState } from '@konsil/shared';

/** A session snapshot and the monotonic time (performance.now) at which it arrived. */
export interface Snapshot {
  state: SessionState;
  receivedAt: number;
}

/**
 * What of a snapshot depends on who reads it: the server withholds a current case the viewer may
 * not read, so a re-sent snapshot can differ from the shown one without a new version.
 */
function sameProjection(a: SessionState, b: SessionState): boolean {
  return (
    a.currentCaseId === b.currentCaseId &&
    a.isCurrentCaseHidden === b.isCurrentCaseHidden &&
    a.timer.caseId === b.timer.caseId
  );
}

/**
 * The snapshot to show after `incoming` arrived. Snapshots are whole, so a newer version simply
 * replaces the old one and an older one (a late broadcast, an ack overtaken by a broadcast) is
 * dropped. A repeat of the current version is taken from a join reply, because it carries a fresh
 * `remainingMs` after a reconnect or a sleeping tab, and whenever the viewer's projection changed
 * (consent withdrawn or given for the current case re-sends the state without a new version).
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
    if (
      incoming.version === version &&
      !options.isResync &&
      sameProjection(current.state, incoming)
    ) {
      return current;
    }
  }
  return { state: incoming, receivedAt };
}

/**
 * The case the board discusses, as this viewer may see it: none yet, one they can open, or one
 * withheld from them. A current case missing from the viewer's agenda counts as withheld too: the
 * agenda (refetched over REST, consent-filtered) and the snapshot arrive separately, and whichever
 * says "not yours" first wins, so a withdrawn case is never shown for the moment between them.
 */
export type LiveCase = { kind: 'none' } | { kind: 'hidden' } | { kind: 'visible'; caseId: string };

export function liveCaseOf(
  state: Pick<SessionState, 'currentCaseId' | 'isCurrentCaseHidden'> | null,
  agenda: readonly { id: string }[],
): LiveCase {
  if (!state) return { kind: 'none' };
  if (state.isCurrentCaseHidden) return { kind: 'hidden' };
  const { currentCaseId } = state;
  if (currentCaseId === null) return { kind: 'none' };
  if (!agenda.some((item) => item.id === currentCaseId)) return { kind: 'hidden' };
  return { kind: 'visible', caseId: currentCaseId };
}

/** The id of the current case when the viewer may see it, else null. */
export function visibleCaseId(live: LiveCase): string | null {
  return live.kind === 'visible' ? live.caseId : null;
}

/**
 * The chair's "next case": the first one before anything is discussed, the one after the current
 * case, and none while a withheld case is on (it has no known place in this viewer's agenda).
 */
export function nextCaseFor<T extends { id: string }>(
  agenda: readonly T[],
  live: LiveCase,
): T | null {
  if (live.kind === 'hidden') return null;
  if (live.kind === 'none') return agenda[0] ?? null;
  const index = agenda.findIndex((item) => item.id === live.caseId);
  return index === -1 ? null : (agenda[index + 1] ?? null);
}

/** A case as some view loaded it: each change (closing, reopening, editing) bumps its version. */
interface VersionedStatus {
  version: number;
  status: CaseStatus;
}

/**
 * The case card's case with the agenda's word on its status. The card is fetched once when it is
 * opened; the agenda is fetched again whenever the room says it changed (a case was closed or
 * reopened), so an agenda entry of a newer version knows the status better, until the card is
 * fetched afresh.
 */
export function withAgendaStatus<T extends VersionedStatus>(
  card: T,
  agendaEntry: VersionedStatus | undefined,
): T {
  if (!agendaEntry || agendaEntry.version <= card.version) return card;
  return { ...card, status: agendaEntry.status };
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
