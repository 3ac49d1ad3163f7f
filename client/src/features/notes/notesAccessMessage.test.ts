import { encodeNotesAccess, NOTES_ACCESS_MESSAGE, type NotesAccessState } from '@konsil/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type NotesAccess, readNotesAccess, receiveNotesAccess } from './notesAccessMessage';
import { playedProvider } from './providerWire.testkit';

const providers: { destroy: () => void }[] = [];
afterEach(() => {
  for (const provider of providers.splice(0)) provider.destroy();
  vi.restoreAllMocks();
});

/** Reads the body of an access message the way y-websocket hands it over: after its type. */
function readBody(message: Uint8Array): { access: NotesAccess; pos: number } {
  const decoder = { arr: message, pos: 1 };
  return { access: readNotesAccess(decoder), pos: decoder.pos };
}

describe('the server’s word on access, read from the wire', () => {
  it.each<NotesAccessState>([
    { mode: 'edit' },
    { mode: 'read', reason: 'role' },
    { mode: 'read', reason: 'minutes_signed' },
  ])('reads %o as the shared contract encodes it', (access) => {
    const message = encodeNotesAccess(access);
    expect(message[0]).toBe(NOTES_ACCESS_MESSAGE);
    expect(readBody(message)).toEqual({ access, pos: 3 });
  });

  it('reads anything it cannot name as read-only, so nobody types into a dropped document', () => {
    const unknown = { mode: 'read', reason: 'unknown' };
    expect(readBody(Uint8Array.from([100, 1, 9])).access).toEqual(unknown);
    expect(readBody(Uint8Array.from([100, 2, 0])).access).toEqual(unknown);
    // "edit" with a reason is not a message the contract can produce.
    expect(readBody(Uint8Array.from([100, 0, 1])).access).toEqual(unknown);
    expect(readBody(Uint8Array.from([100, 0])).access).toEqual(unknown);
    expect(readBody(Uint8Array.from([100, 0x80])).access).toEqual(unknown);
  });

  it('reaches the page through the provider, and y-websocket sends nothing back', () => {
    const { provider, socket } = playedProvider();
    providers.push(provider);
    const heard: NotesAccess[] = [];
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    receiveNotesAccess(provider, (access) => heard.push(access));
    provider.connect();
    socket().open();
    const sentOnOpen = socket().sent.length;

    socket().deliver(encodeNotesAccess({ mode: 'edit' }));
    socket().deliver(encodeNotesAccess({ mode: 'read', reason: 'minutes_signed' }));
    socket().deliver(encodeNotesAccess({ mode: 'edit' }));

    expect(heard).toEqual([
      { mode: 'edit' },
      { mode: 'read', reason: 'minutes_signed' },
      { mode: 'edit' },
    ]);
    expect(socket().sent).toHaveLength(sentOnOpen);
    expect(errors).not.toHaveBeenCalled();
  });

  it('is ignored quietly once the page stopped listening', () => {
    const { provider, socket } = playedProvider();
    providers.push(provider);
    const heard: NotesAccess[] = [];
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    provider.connect();
    socket().open();
    // Without a handler y-websocket logs "Unable to compute message" for every such message …
    socket().deliver(encodeNotesAccess({ mode: 'edit' }));
    expect(errors).toHaveBeenCalledTimes(1);

    const stop = receiveNotesAccess(provider, (access) => heard.push(access));
    stop();
    socket().deliver(encodeNotesAccess({ mode: 'edit' }));
    // … a page that stopped listening hears nothing and logs nothing more.
    expect(heard).toEqual([]);
    expect(errors).toHaveBeenCalledTimes(1);
  });
});
