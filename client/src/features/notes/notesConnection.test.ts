import { describe, expect, it } from 'vitest';
import {
  canEditNotes,
  initialNotesConnection,
  type NotesConnection,
  type NotesConnectionEvent,
  notesConnectionReducer,
  notesPhase,
} from './notesConnection';

function stateAfter(events: NotesConnectionEvent[], start = initialNotesConnection(true)) {
  return events.reduce<NotesConnection>(notesConnectionReducer, start);
}

const EDIT = { type: 'access', access: { mode: 'edit' } } as const;
const SIGNED = { type: 'access', access: { mode: 'read', reason: 'minutes_signed' } } as const;

/** A connection as the server opens it: the access message first, then the sync. */
const CONNECTED: NotesConnectionEvent[] = [
  { type: 'status', status: 'connecting' },
  { type: 'status', status: 'connected' },
  EDIT,
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
    expect(notesPhase(stateAfter(CONNECTED.slice(0, 3)))).toBe('connecting');
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
      [{ type: 'network', isOnline: true }, ...CONNECTED.slice(0, 3), ...typing(1)],
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

describe('whether the editor takes typing', () => {
  const SYNCED = { type: 'synced', isSynced: true } as const;
  const OPEN: NotesConnectionEvent[] = [
    { type: 'status', status: 'connecting' },
    { type: 'status', status: 'connected' },
  ];

  it('waits for the server’s "edit" and the first sync, in whichever order they come', () => {
    expect(canEditNotes(stateAfter([]))).toBe(false);
    expect(canEditNotes(stateAfter([...OPEN, EDIT]))).toBe(false);
    expect(canEditNotes(stateAfter([...OPEN, SYNCED]))).toBe(false);
    expect(canEditNotes(stateAfter([...OPEN, EDIT, SYNCED]))).toBe(true);
    expect(canEditNotes(stateAfter([...OPEN, SYNCED, EDIT]))).toBe(true);
  });

  it('shows "connecting", not "connected", over a synced document the server has said nothing about', () => {
    const silent = stateAfter([...OPEN, SYNCED]);
    expect(notesPhase(silent)).toBe('connecting');
    expect(notesPhase(stateAfter([EDIT], silent))).toBe('connected');
  });

  it('never takes typing in read mode, and takes it again when editing comes back', () => {
    const signed = stateAfter([...OPEN, SIGNED, SYNCED]);
    expect(canEditNotes(signed)).toBe(false);
    expect(notesPhase(signed)).toBe('connected');
    const turned = stateAfter([...CONNECTED, SIGNED]);
    expect(canEditNotes(turned)).toBe(false);
    expect(canEditNotes(stateAfter([EDIT], turned))).toBe(true);
  });

  it('keeps taking typing offline and while reconnecting, on the server’s last word', () => {
    const offline = stateAfter([...CONNECTED, { type: 'network', isOnline: false }, ...DROPPED]);
    expect(canEditNotes(offline)).toBe(true);
    // A new connection has to speak again before the indicator says connected …
    const back = stateAfter([{ type: 'network', isOnline: true }, ...OPEN, SYNCED], offline);
    expect(notesPhase(back)).toBe('reconnecting');
    // … and a "read" on it stops the typing.
    expect(canEditNotes(stateAfter([SIGNED], back))).toBe(false);
  });

  it('stops after a refusal', () => {
    expect(canEditNotes(stateAfter([...CONNECTED, { type: 'refused', code: 4401 }]))).toBe(false);
  });

  it('reads an access state it cannot name as read-only', () => {
    const unknown = { type: 'access', access: { mode: 'read', reason: 'unknown' } } as const;
    expect(canEditNotes(stateAfter([...CONNECTED, unknown]))).toBe(false);
  });
});

describe('changes the server did not save', () => {
  const found = { type: 'unsavedChecked', hasUnsaved: true } as const;

  it('are reported while read-only, and stay through reconnects', () => {
    const state = stateAfter([...CONNECTED, SIGNED, found]);
    expect(state.hasUnsavedChanges).toBe(true);
    expect(
      stateAfter([...DROPPED, ...CONNECTED.slice(0, 2), SIGNED], state).hasUnsavedChanges,
    ).toBe(true);
  });

  it('are cleared by a check that finds the server has everything', () => {
    const state = stateAfter([...CONNECTED, SIGNED, found]);
    expect(
      stateAfter([{ type: 'unsavedChecked', hasUnsaved: false }], state).hasUnsavedChanges,
    ).toBe(false);
  });

  it('are no longer unsaved once editing comes back: the next sync saves them', () => {
    const state = stateAfter([...CONNECTED, SIGNED, found, EDIT]);
    expect(state.hasUnsavedChanges).toBe(false);
  });

  it('are not reported from a check that arrives after editing came back', () => {
    const state = stateAfter([...CONNECTED, SIGNED, EDIT, found]);
    expect(state.hasUnsavedChanges).toBe(false);
  });
});
