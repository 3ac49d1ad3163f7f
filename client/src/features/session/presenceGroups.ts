import type { PresenceEntry } from '@konsil/shared';

export interface PresenceInstitution {
  id: string;
  code: string;
  name: string;
}

export interface PresenceGroup<I extends PresenceInstitution> {
  institution: I;
  entries: PresenceEntry[];
  onlineCount: number;
}

/**
 * Who is here, by institution: the board's institutions in their order (host first), then any
 * other institution someone present belongs to; each group sorted by name.
 */
export function groupPresence<I extends PresenceInstitution>(
  institutions: readonly I[],
  entries: readonly PresenceEntry[],
  locale: string,
  toInstitution: (entry: PresenceEntry) => I,
): PresenceGroup<I>[] {
  const collator = new Intl.Collator(locale);
  const known = [...institutions];
  for (const entry of entries) {
    if (!known.some((institution) => institution.id === entry.institution.id)) {
      known.push(toInstitution(entry));
    }
  }
  return known.map((institution) => {
    const members = entries
      .filter((entry) => entry.institution.id === institution.id)
      .sort((a, b) => collator.compare(a.name, b.name));
    return {
      institution,
      entries: members,
      onlineCount: members.filter((entry) => entry.status === 'online').length,
    };
  });
}

/**
 * The list as the viewer should read it while their own connection is down: the others see them
 * as reconnecting, so their own entry says so too rather than a stale "online".
 */
export function withOwnConnection(
  entries: readonly PresenceEntry[],
  viewerId: string,
  isConnected: boolean,
): readonly PresenceEntry[] {
  if (isConnected) return entries;
  return entries.map((entry) =>
    entry.userId === viewerId && entry.status === 'online'
      ? { ...entry, status: 'reconnecting' }
      : entry,
  );
}
