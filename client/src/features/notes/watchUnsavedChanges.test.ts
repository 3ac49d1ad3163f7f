import type { NotesAccessState } from '@konsil/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { holdUpdatesUntilSynced } from './holdUpdatesUntilSynced';
import { receiveNotesAccess } from './notesAccessMessage';
import { NotesServerDouble, playedProvider } from './providerWire.testkit';
import { watchUnsavedChanges } from './watchUnsavedChanges';

const providers: { destroy: () => void }[] = [];
afterEach(() => {
  for (const provider of providers.splice(0)) provider.destroy();
});

const EDIT: NotesAccessState = { mode: 'edit' };
const SIGNED: NotesAccessState = { mode: 'read', reason: 'minutes_signed' };
/** Sync step 1 with an empty state vector: the client asking for the server's whole document. */
const isQuestion = (message: Uint8Array) => message.join() === '0,0,1,0';

/** The notes client as the page wires it, against a server double on a played socket. */
function setUp() {
  const wire = playedProvider();
  providers.push(wire.provider);
  holdUpdatesUntilSynced(wire.provider);
  const checks: boolean[] = [];
  const watch = watchUnsavedChanges(wire.provider, (hasUnsaved) => checks.push(hasUnsaved));
  receiveNotesAccess(wire.provider, (access) => watch.setAccess(access.mode));
  const server = new NotesServerDouble(wire.socket);
  const text = wire.doc.getText('probe');
  return {
    ...wire,
    server,
    checks,
    text: () => text.toString(),
    write: (words: string) => text.insert(text.length, words),
    /** Connects and completes the sync, as on opening the notes. */
    connect: (access: NotesAccessState) => {
      wire.provider.connect();
      server.admit(access);
      server.receive();
    },
    /** Not counting y-websocket's own sync step 1, the first message of every connection. */
    questionsAsked: () =>
      wire.sockets.flatMap((socket) => socket.sent.slice(1)).filter(isQuestion).length,
  };
}

describe('changes the server dropped when it turned read-only', () => {
  it('asks nothing when nothing was typed: there is nothing to lose', () => {
    const notes = setUp();
    notes.connect(EDIT);
    notes.server.regrant(SIGNED);
    notes.server.receive();
    expect(notes.questionsAsked()).toBe(0);
    expect(notes.checks).toEqual([]);
  });

  it('finds nothing missing when what was typed had reached the server', () => {
    const notes = setUp();
    notes.connect(EDIT);
    notes.write('PD-L1 60 %');
    notes.server.receive();
    notes.server.regrant(SIGNED);
    notes.server.receive();
    expect(notes.questionsAsked()).toBe(1);
    expect(notes.checks).toEqual([false]);
    expect(notes.server.text()).toBe('PD-L1 60 %');
  });

  it('finds the words that were on their way when the minutes were signed, and keeps them on screen', () => {
    const notes = setUp();
    notes.connect(EDIT);
    notes.write('PD-L1 60 %');
    notes.server.receive();
    notes.write(', favour neoadjuvant chemo-immunotherapy');
    // The server signs before it reads the last keystrokes: it drops them.
    notes.server.regrant(SIGNED);
    notes.server.receive();
    expect(notes.checks).toEqual([true]);
    expect(notes.server.text()).toBe('PD-L1 60 %');
    expect(notes.text()).toBe('PD-L1 60 %, favour neoadjuvant chemo-immunotherapy');
  });

  it('finds a deletion that was on its way as well', () => {
    const notes = setUp();
    notes.connect(EDIT);
    notes.write('surgery, not radiotherapy');
    notes.server.receive();
    notes.doc.getText('probe').delete(7, 18);
    notes.server.regrant(SIGNED);
    notes.server.receive();
    expect(notes.checks).toEqual([true]);
    expect(notes.server.text()).toBe('surgery, not radiotherapy');
  });

  it('asks only after the connection’s own sync, when offline writing meets signed minutes', () => {
    const notes = setUp();
    notes.connect(EDIT);
    notes.provider.disconnect();
    notes.write('written offline');
    notes.provider.connect();
    notes.server.admit(SIGNED);
    // Read-only from the first message, but the sync that would carry the text is not done.
    expect(notes.questionsAsked()).toBe(0);
    notes.server.receive();
    expect(notes.questionsAsked()).toBe(1);
    expect(notes.checks).toEqual([true]);
    expect(notes.server.text()).toBe('');
    expect(notes.text()).toBe('written offline');
  });

  it('asks again on the next connection when the answer was lost with the last one', () => {
    const notes = setUp();
    notes.connect(EDIT);
    notes.write('in flight');
    notes.server.regrant(SIGNED);
    expect(notes.questionsAsked()).toBe(1);
    notes.provider.disconnect();
    expect(notes.checks).toEqual([]);

    notes.provider.connect();
    notes.server.admit(SIGNED);
    notes.server.receive();
    expect(notes.questionsAsked()).toBe(2);
    expect(notes.checks).toEqual([true]);
  });

  it('saves what was kept on screen once editing comes back', () => {
    const notes = setUp();
    notes.connect(EDIT);
    notes.write('kept on screen');
    notes.server.regrant({ mode: 'read', reason: 'role' });
    notes.server.receive();
    expect(notes.checks).toEqual([true]);
    const socketsBefore = notes.sockets.length;

    notes.server.regrant(EDIT);
    // A fresh connection, whose sync hands the server what it lacks.
    expect(notes.sockets).toHaveLength(socketsBefore + 1);
    notes.server.admit(EDIT);
    notes.server.receive();
    expect(notes.server.text()).toBe('kept on screen');
    notes.write(' and more');
    notes.server.receive();
    expect(notes.server.text()).toBe('kept on screen and more');
  });

  it('leaves the connection alone when editing comes back with nothing missing', () => {
    const notes = setUp();
    notes.connect(EDIT);
    notes.write('saved');
    notes.server.receive();
    notes.server.regrant(SIGNED);
    notes.server.receive();
    notes.server.regrant(EDIT);
    expect(notes.sockets).toHaveLength(1);
    expect(notes.checks).toEqual([false]);
  });
});
