import { describe, expect, it } from 'vitest';
import {
  initialNotesConnection,
  type NotesConnection,
  type NotesConnectionEvent,
  notesConnectionReducer,
  notesPhase,
} from './notesConnection';

function stateAfter(events: NotesConnectionEvent[], start = initialNotesConnection(true)) {
  return events.reduce<NotesConnection>(notesConnectionReducer, start);
}

const CONNECTED: NotesConnectionEvent[] = [
  { type: 'status', status: 'connecting' },
  { type: 'status', status: 'connected' },
  { type: 'synced', isSynced: true },
];
const DROPPED: NotesConnectionEvent[] = [
  { type: 'socketClosed' },
  { type: 'status', status: 'disconnected' },
  { type: 'synced', isSynced: false },
];
const typing = (count: number): NotesConnectionEvent[] =>
  Array.from({ length: count }, () => ({ type: 'localChange' }) as const);

describe('the notes connection indicator', () => {
  it('connects, and counts as connected only once the document has synced', () => {
    expect(notesPhase(stateAfter([]))).toBe('connecting');
    expect(notesPhase(stateAfter(CONNECTED.slice(0, 2)))).toBe('connecting');
    expect(notesPhase(stateAfter(CONNECTED))).toBe('connected');
  });

  it('says reconnecting, not connecting, once a connection was lost or an attempt failed', () => {
    expect(notesPhase(stateAfter([...CONNECTED, ...DROPPED]))).toBe('reconnecting');
    expect(
      notesPhase(stateAfter([{ type: 'status', status: 'connecting' }, { type: 'socketClosed' }])),
    ).toBe('reconnecting');
    expect(notesPhase(stateAfter([...CONNECTED, ...DROPPED, ...CONNECTED]))).toBe('connected');
  });

  it('does not count changes that go out at once while in sync', () => {
    const state = stateAfter([...CONNECTED, ...typing(5)]);
    expect(state.unsyncedChanges).toBe(0);
  });

  it('counts changes made offline and clears them when the reconnected document has synced', () => {
    const offline = stateAfter([
      ...CONNECTED,
      { type: 'network', isOnline: false },
      ...DROPPED,
      ...typing(3),
    ]);
    expect(notesPhase(offline)).toBe('offline');
    expect(offline.unsyncedChanges).toBe(3);

    const socketBack = stateAfter(
      [{ type: 'network', isOnline: true }, ...CONNECTED.slice(0, 2), ...typing(1)],
      offline,
    );
    expect(notesPhase(socketBack)).toBe('reconnecting');
    expect(socketBack.unsyncedChanges).toBe(4);

    const synced = stateAfter([{ type: 'synced', isSynced: true }], socketBack);
    expect(notesPhase(synced)).toBe('connected');
    expect(synced.unsyncedChanges).toBe(0);
  });

  it('shows offline whenever the browser has no network, even if the socket still looks open', () => {
    const state = stateAfter([...CONNECTED, { type: 'network', isOnline: false }]);
    expect(notesPhase(state)).toBe('offline');
    expect(notesPhase(stateAfter([{ type: 'network', isOnline: false }]))).toBe('offline');
  });

  it('counts changes typed before the first sync, and keeps them across failed attempts', () => {
    const state = stateAfter([
      { type: 'status', status: 'connecting' },
      ...typing(2),
      { type: 'socketClosed' },
      { type: 'status', status: 'connecting' },
      ...typing(1),
    ]);
    expect(state.unsyncedChanges).toBe(3);
  });

  it('ignores a sync report that arrives without an open socket', () => {
    const state = stateAfter([...typing(2), { type: 'synced', isSynced: true }]);
    expect(state.unsyncedChanges).toBe(2);
    expect(notesPhase(state)).toBe('connecting');
  });

  it('stays closed after a refusal, whatever the network does, until the viewer retries', () => {
    const refused = stateAfter([
      ...CONNECTED,
      ...typing(1),
      { type: 'socketClosed' },
      { type: 'refused', code: 4403 },
      { type: 'network', isOnline: false },
      { type: 'network', isOnline: true },
    ]);
    expect(notesPhase(refused)).toBe('closed');
    expect(refused.closeCode).toBe(4403);

    const retried = stateAfter([{ type: 'retry' }], refused);
    expect(notesPhase(retried)).toBe('reconnecting');
    expect(notesPhase(stateAfter(CONNECTED, retried))).toBe('connected');
  });

  it('keeps the count of changes the server never received after a refusal', () => {
    const state = stateAfter([
      { type: 'network', isOnline: false },
      ...typing(2),
      { type: 'network', isOnline: true },
      { type: 'socketClosed' },
      { type: 'refused', code: 4401 },
    ]);
    expect(state.unsyncedChanges).toBe(2);
  });
});
