import type { NotesUser } from '@konsil/shared';
import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { notesUserOf } from './notesAccess';

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

const sameUser = (a: NotesUser | null, b: NotesUser | null) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Our own awareness `user` as it stands now: first what this client set, then what the server
 * stamped over it (its word on read-only wins over ours).
 */
export function useOwnNotesUser(provider: WebsocketProvider): NotesUser | null {
  const { awareness } = provider;
  const [user, setUser] = useState(() => notesUserOf(awareness.getLocalState()));

  useEffect(() => {
    const read = () => {
      const next = notesUserOf(awareness.getLocalState());
      setUser((current) => (sameUser(current, next) ? current : next));
    };
    // Other people's carets change all the time; only our own state matters here.
    const handleChange = ({ added, updated }: AwarenessChange) => {
      if (added.includes(awareness.clientID) || updated.includes(awareness.clientID)) read();
    };
    read();
    awareness.on('change', handleChange);
    return () => awareness.off('change', handleChange);
  }, [awareness]);

  return user;
}
