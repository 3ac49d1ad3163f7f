import { NOTES_FRAGMENT } from '@konsil/shared';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bringsNewContent, checkUpdate } from './updateValidation';

/** A writer's document whose every update is captured in order. */
function writer(clientId: number) {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const text = doc.getXmlFragment(NOTES_FRAGMENT);
  return { doc, updates, text };
}

function typeParagraph(doc: Y.Doc, content: string) {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(content)]);
  doc.getXmlFragment(NOTES_FRAGMENT).push([paragraph]);
}

interface CraftedString {
  client: number;
  clock: number;
  origin?: [number, number];
  rootParent?: string;
}

/** Hand-encodes one-character string items (update format v1), as an attacker would. */
function craftUpdate(items: CraftedString[], deletes: [number, number, number][] = []): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, items.length);
  for (const item of items) {
    encoding.writeVarUint(encoder, 1); // structs of this client
    encoding.writeVarUint(encoder, item.client);
    encoding.writeVarUint(encoder, item.clock);
    const CONTENT_STRING = 4;
    const HAS_ORIGIN = 0x80;
    encoding.writeUint8(encoder, item.origin ? CONTENT_STRING | HAS_ORIGIN : CONTENT_STRING);
    if (item.origin) {
      encoding.writeVarUint(encoder, item.origin[0]);
      encoding.writeVarUint(encoder, item.origin[1]);
    } else {
      encoding.writeVarUint(encoder, 1); // parent is a root type, named next
      encoding.writeVarString(encoder, item.rootParent ?? NOTES_FRAGMENT);
    }
    encoding.writeVarString(encoder, 'x');
  }
  const byClient = new Map<number, [number, number][]>();
  for (const [client, clock, length] of deletes) {
    byClient.set(client, [...(byClient.get(client) ?? []), [clock, length]]);
  }
  encoding.writeVarUint(encoder, byClient.size);
  for (const [client, ranges] of byClient) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, ranges.length);
    for (const [clock, length] of ranges) {
      encoding.writeVarUint(encoder, clock);
      encoding.writeVarUint(encoder, length);
    }
  }
  return encoding.toUint8Array(encoder);
}

const hasPending = (doc: Y.Doc) =>
  doc.store.pendingStructs !== null || doc.store.pendingDs !== null;

describe('checkUpdate', () => {
  it('accepts an editor update that follows what the server has', () => {
    const server = new Y.Doc();
    const berlin = writer(1);
    typeParagraph(berlin.doc, 'Befund: Adenokarzinom');
    typeParagraph(berlin.doc, '폐암 4기');
    for (const update of berlin.updates) {
      expect(checkUpdate(server, update)).toEqual({ ok: true });
      Y.applyUpdate(server, update);
    }
    expect(server.getXmlFragment(NOTES_FRAGMENT).toString()).toContain('폐암 4기');
  });

  it('refuses an update whose earlier part the server never got, and accepts it once it has', () => {
    const server = new Y.Doc();
    const seoul = writer(2);
    typeParagraph(seoul.doc, 'first');
    typeParagraph(seoul.doc, 'second');
    const [first, second] = seoul.updates as [Uint8Array, Uint8Array];
    expect(checkUpdate(server, second)).toEqual({ ok: false, reason: 'missingDependencies' });
    Y.applyUpdate(server, first);
    expect(checkUpdate(server, second)).toEqual({ ok: true });
  });

  it('refuses an insert next to an item of another client the server does not know', () => {
    const server = new Y.Doc();
    const crafted = craftUpdate([{ client: 7, clock: 0, origin: [99, 4] }]);
    expect(checkUpdate(server, crafted)).toEqual({ ok: false, reason: 'missingDependencies' });
  });

  it('refuses two clients that each wait for the other (a cycle Yjs would park forever)', () => {
    const server = new Y.Doc();
    const cycle = craftUpdate([
      { client: 7, clock: 0, origin: [8, 0] },
      { client: 8, clock: 0, origin: [7, 0] },
    ]);
    expect(checkUpdate(server, cycle)).toEqual({ ok: false, reason: 'missingDependencies' });
  });

  it('accepts a dependency that arrives in the same update, whichever client is listed first', () => {
    const server = new Y.Doc();
    const chain = craftUpdate([
      { client: 8, clock: 0, origin: [7, 0] },
      { client: 7, clock: 0 },
    ]);
    expect(checkUpdate(server, chain)).toEqual({ ok: true });
    Y.applyUpdate(server, chain);
    expect(hasPending(server)).toBe(false);
    expect(server.getXmlFragment(NOTES_FRAGMENT).length).toBe(2);
  });

  it('refuses a struct that starts beyond what the server has of that client', () => {
    const server = new Y.Doc();
    expect(checkUpdate(server, craftUpdate([{ client: 7, clock: 5 }]))).toEqual({
      ok: false,
      reason: 'missingDependencies',
    });
  });

  it('refuses deleting items the server does not have', () => {
    const server = new Y.Doc();
    const deletion = craftUpdate([], [[42, 0, 3]]);
    expect(checkUpdate(server, deletion)).toEqual({ ok: false, reason: 'missingDependencies' });

    const berlin = writer(1);
    typeParagraph(berlin.doc, 'abc');
    for (const update of berlin.updates) Y.applyUpdate(server, update);
    berlin.updates.length = 0;
    berlin.doc.getXmlFragment(NOTES_FRAGMENT).delete(0, 1);
    expect(checkUpdate(server, berlin.updates[0] as Uint8Array)).toEqual({ ok: true });
  });

  it('refuses shared types other than the notes fragment, and subdocuments', () => {
    const server = new Y.Doc();
    expect(checkUpdate(server, craftUpdate([{ client: 7, clock: 0, rootParent: 'x' }]))).toEqual({
      ok: false,
      reason: 'unsupportedContent',
    });
    const other = writer(3);
    other.doc.getXmlFragment(NOTES_FRAGMENT).insert(0, [new Y.XmlElement('paragraph')]);
    other.updates.length = 0;
    other.doc.getMap('attachments').set('doc', new Y.Doc());
    expect(checkUpdate(server, other.updates[0] as Uint8Array)).toEqual({
      ok: false,
      reason: 'unsupportedContent',
    });
  });

  it('refuses bytes that are not an update', () => {
    const server = new Y.Doc();
    expect(checkUpdate(server, new Uint8Array([1, 2, 3, 250, 250, 250]))).toEqual({
      ok: false,
      reason: 'malformed',
    });
    const berlin = writer(1);
    typeParagraph(berlin.doc, 'truncated');
    const update = berlin.updates[0] as Uint8Array;
    expect(checkUpdate(server, update.slice(0, update.length - 4)).ok).toBe(false);
  });

  it('keeps a document that saw hundreds of hostile updates free of parked structs and live', () => {
    const server = new Y.Doc();
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const honest = writer(1);
    let emitted = 0;
    server.on('update', () => emitted++);
    for (let round = 0; round < 300; round++) {
      const hostile =
        round % 3 === 0
          ? Uint8Array.from({ length: 1 + Math.floor(random() * 40) }, () =>
              Math.floor(random() * 256),
            )
          : craftUpdate([
              {
                client: 100 + Math.floor(random() * 5),
                clock: Math.floor(random() * 3),
                origin: [100 + Math.floor(random() * 5), Math.floor(random() * 5)],
              },
            ]);
      let verdict: ReturnType<typeof checkUpdate> = { ok: false, reason: 'malformed' };
      try {
        verdict = checkUpdate(server, hostile);
      } catch (error) {
        expect.fail(`checkUpdate threw on round ${round}: ${String(error)}`);
      }
      if (verdict.ok) Y.applyUpdate(server, hostile);
      expect(hasPending(server)).toBe(false);
      if (round % 50 === 0) {
        typeParagraph(honest.doc, `honest ${round}`);
        const update = honest.updates.at(-1) as Uint8Array;
        expect(checkUpdate(server, update)).toEqual({ ok: true });
        const before = emitted;
        Y.applyUpdate(server, update);
        expect(emitted).toBe(before + 1);
      }
    }
    expect(server.getXmlFragment(NOTES_FRAGMENT).toString()).toContain('honest 250');
  });
});

describe('bringsNewContent', () => {
  it("tells a reader's sync reply, which repeats what it got, from a real edit", () => {
    const server = new Y.Doc();
    const berlin = writer(1);
    typeParagraph(berlin.doc, 'Befund');
    berlin.doc.getXmlFragment(NOTES_FRAGMENT).delete(0, 1);
    typeParagraph(berlin.doc, 'Empfehlung');
    for (const update of berlin.updates) Y.applyUpdate(server, update);

    const reader = new Y.Doc();
    Y.applyUpdate(reader, Y.encodeStateAsUpdate(server));
    const syncReply = Y.encodeStateAsUpdate(reader, Y.encodeStateVector(server));
    expect(bringsNewContent(server, syncReply)).toBe(false);

    const readerEdits: Uint8Array[] = [];
    reader.on('update', (update: Uint8Array) => readerEdits.push(update));
    reader.getXmlFragment(NOTES_FRAGMENT).delete(0, 1);
    typeParagraph(reader, 'mine');
    expect(readerEdits.map((update) => bringsNewContent(server, update))).toEqual([true, true]);
  });
});
