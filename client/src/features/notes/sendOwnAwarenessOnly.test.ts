import { afterEach, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { Doc } from 'yjs';
import { payloadOf, recordingProvider } from './providerWire.testkit';
import { sendOwnAwarenessOnly } from './sendOwnAwarenessOnly';

const providers: { destroy: () => void }[] = [];
afterEach(() => {
  for (const provider of providers.splice(0)) provider.destroy();
});

/** The client ids whose states the sent awareness messages carry. */
function clientsSent(sent: readonly Uint8Array[]): number[] {
  const ids = new Set<number>();
  for (const message of sent) {
    const payload = payloadOf(message, 'awareness');
    if (!payload) continue;
    const reader = new Awareness(new Doc());
    applyAwarenessUpdate(reader, payload, 'test');
    for (const id of reader.getStates().keys()) if (id !== reader.clientID) ids.add(id);
    reader.destroy();
  }
  return [...ids].sort();
}

it('sends our own caret and name, and never echoes the states of others back', () => {
  const { provider, sent, open } = recordingProvider();
  providers.push(provider);
  sendOwnAwarenessOnly(provider);
  open();
  const own = provider.awareness.clientID;

  // Someone else's caret arrives from the server …
  const seoul = new Awareness(new Doc());
  seoul.setLocalState({ user: { name: 'Dr. Kim' }, cursor: null });
  applyAwarenessUpdate(
    provider.awareness,
    encodeAwarenessUpdate(seoul, [seoul.clientID]),
    provider,
  );
  expect(provider.awareness.getStates().has(seoul.clientID)).toBe(true);
  expect(clientsSent(sent)).toEqual([]);

  // … and only our own changes go out.
  provider.awareness.setLocalStateField('user', { name: 'Dr. Weber' });
  expect(clientsSent(sent)).toEqual([own]);
  seoul.destroy();
});
