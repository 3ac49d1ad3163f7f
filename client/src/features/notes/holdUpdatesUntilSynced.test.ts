import { afterEach, describe, expect, it } from 'vitest';
import { applyUpdate, Doc, encodeStateAsUpdate } from 'yjs';
import { holdUpdatesUntilSynced } from './holdUpdatesUntilSynced';
import { payloadOf, recordingProvider } from './providerWire.testkit';

const providers: { destroy: () => void }[] = [];
afterEach(() => {
  for (const provider of providers.splice(0)) provider.destroy();
});

function setUp() {
  const wire = recordingProvider();
  providers.push(wire.provider);
  holdUpdatesUntilSynced(wire.provider);
  const write = (text: string) => {
    const fragment = wire.doc.getText('probe');
    fragment.insert(fragment.length, text);
  };
  const updatesSent = () =>
    wire.sent.map((message) => payloadOf(message, 'update')).filter((u) => u !== null);
  /** What a server that got only the sent updates would hold. */
  const serverText = () => {
    const server = new Doc();
    for (const update of updatesSent()) applyUpdate(server, update);
    return server.getText('probe').toString();
  };
  return { ...wire, write, updatesSent, serverText };
}

describe('local changes around a reconnect', () => {
  it('are sent one by one while the document is in sync', () => {
    const notes = setUp();
    notes.open();
    notes.provider.synced = true;
    notes.write('a');
    notes.write('b');
    expect(notes.updatesSent()).toHaveLength(2);
    expect(notes.serverText()).toBe('ab');
  });

  it('are held between the socket opening and the sync, then sent as one update', () => {
    const notes = setUp();
    notes.write('offline ');
    notes.open();
    notes.write('typed during the handshake');
    expect(notes.updatesSent()).toHaveLength(0);

    notes.provider.synced = true;
    expect(notes.updatesSent()).toHaveLength(1);
    // Only what was typed after the socket opened: the sync itself carries the rest.
    const server = new Doc();
    applyUpdate(server, notes.updatesSent()[0] as Uint8Array);
    expect(server.getText('probe').toString()).toBe('');
    expect(notes.doc.getText('probe').toString()).toBe('offline typed during the handshake');
  });

  it('are dropped from the hold when the socket closes again, since the next sync carries them', () => {
    const notes = setUp();
    notes.open();
    notes.write('x');
    notes.provider.emit('status', [{ status: 'disconnected' }]);
    notes.provider.synced = true;
    expect(notes.updatesSent()).toHaveLength(0);
  });

  it('never sends back what came from the server', () => {
    const notes = setUp();
    notes.open();
    notes.provider.synced = true;
    const other = new Doc();
    other.getText('probe').insert(0, 'from Seoul');
    // y-websocket applies the server's messages with itself as the origin.
    applyUpdate(notes.doc, encodeStateAsUpdate(other), notes.provider);
    expect(notes.doc.getText('probe').toString()).toBe('from Seoul');
    expect(notes.updatesSent()).toHaveLength(0);
  });
});
