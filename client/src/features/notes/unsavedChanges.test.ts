import { describe, expect, it } from 'vitest';
import { applyUpdate, Doc, encodeStateAsUpdate } from 'yjs';
import { hasChangesServerLacks } from './unsavedChanges';

/** A server copy and a client that loaded it, as after a sync. */
function synced(text: string) {
  const server = new Doc();
  server.getText('probe').insert(0, text);
  const local = new Doc();
  applyUpdate(local, encodeStateAsUpdate(server));
  return { server, local, copy: () => encodeStateAsUpdate(server) };
}

describe('whether the server lacks changes made here', () => {
  it('does not when everything typed reached it', () => {
    const { server, local, copy } = synced('PD-L1 60 %');
    local.getText('probe').insert(10, ', EGFR wild type');
    applyUpdate(server, encodeStateAsUpdate(local));
    expect(hasChangesServerLacks(local, copy())).toBe(false);
  });

  it('does when typed text never reached it', () => {
    const { local, copy } = synced('PD-L1 60 %');
    local.getText('probe').insert(10, ', EGFR wild type');
    expect(hasChangesServerLacks(local, copy())).toBe(true);
  });

  it('does when a deletion never reached it', () => {
    const { local, copy } = synced('favour surgery, not radiotherapy');
    local.getText('probe').delete(14, 18);
    expect(hasChangesServerLacks(local, copy())).toBe(true);
  });

  it('does not for what others wrote: it came from the server', () => {
    const { server, local, copy } = synced('Berlin: ');
    const seoul = new Doc();
    applyUpdate(seoul, encodeStateAsUpdate(server));
    seoul.getText('probe').insert(8, '서울 동의');
    applyUpdate(server, encodeStateAsUpdate(seoul));
    applyUpdate(local, encodeStateAsUpdate(server));
    expect(hasChangesServerLacks(local, copy())).toBe(false);
  });

  it('does not when the server has more than we do (others kept typing)', () => {
    const { server, local, copy } = synced('Berlin: ');
    server.getText('probe').insert(8, 'restage after cycle 3');
    expect(hasChangesServerLacks(local, copy())).toBe(false);
  });

  it('compares against an empty server as well', () => {
    expect(hasChangesServerLacks(new Doc(), encodeStateAsUpdate(new Doc()))).toBe(false);
    const local = new Doc();
    local.getText('probe').insert(0, 'x');
    expect(hasChangesServerLacks(local, encodeStateAsUpdate(new Doc()))).toBe(true);
  });
});
