/**
 * Several holders of one document, with the messages between them held back by the test: the
 * orders that are rare between real instances (a publish still on its way while the other
 * holder compacts, two publishers' updates crossing, a publisher gone between storing and
 * publishing) made certain. Real documents on a real database; only the wire is the test's.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createLogger } from '../logger';
import { countNoteUpdates } from '../storage/repositories/noteDocuments';
import { seedDemoIfEmpty } from '../storage/seed/seedDemo';
import {
  addParagraph,
  contentOf,
  paragraphsOf,
  paragraphTexts,
  storedContent,
} from '../test/collabClient';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../test/databases';
import { buildBoard, buildCase } from '../test/factories';
import { FakeClock } from '../test/fakeClock';
import { ONCOLOGIST_BERLIN } from '../test/notesBoard';
import { userIdOf } from '../test/queries';
import { NoteDocument, type NotesPeer } from './noteDocument';
import type { ClusterReceiver, NotesCluster } from './notesCluster';
import { databaseNotesStore } from './notesStore';

interface HeldUpdate {
  from: string;
  update: Uint8Array;
  updateIds: readonly number[];
}

/** The instances' wire, holding every published update until the test delivers it. */
class HeldWire {
  readonly held: HeldUpdate[] = [];
  private readonly receivers = new Map<string, ClusterReceiver>();

  instance(name: string): NotesCluster {
    return {
      join: (_caseId, receiver) => {
        this.receivers.set(name, receiver);
        return {
          ready: Promise.resolve(),
          publishUpdate: (update, updateIds) => this.held.push({ from: name, update, updateIds }),
          publishAwareness: () => undefined,
          queryAwareness: () => undefined,
          leave: () => this.receivers.delete(name),
        };
      },
    };
  }

  /** Delivers one held update to every other instance. */
  deliver(message: HeldUpdate): void {
    this.held.splice(this.held.indexOf(message), 1);
    for (const [name, receiver] of this.receivers) {
      if (name !== message.from) receiver.update(message.update, message.updateIds);
    }
  }
}

/** A connection as the document sees it, keeping what it was sent. */
class RecordingPeer implements NotesPeer {
  readonly received: Uint8Array[] = [];
  constructor(readonly userId: string) {}
  send(message: Uint8Array): void {
    this.received.push(message);
  }
  close(): void {}
}

/** A browser's document whose edits come out as updates, one per edit. */
function editor() {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return {
    doc,
    /** Makes an edit and returns the update it produced. */
    edit(change: (doc: Y.Doc) => void): Uint8Array {
      change(doc);
      const update = updates.at(-1);
      if (!update) throw new Error('the edit produced no update');
      return update;
    },
  };
}

describeEachDatabase('a notes document held by several instances', (dialect) => {
  let database: TestDatabase;
  let caseId: string;
  let userId: string;
  let wire: HeldWire;
  const documents: NoteDocument[] = [];
  const broken: NoteDocument[] = [];

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    await seedDemoIfEmpty(database.db, new Date(), { boards: false });
    const board = await buildBoard(database.db, { host: 'CCCC', invited: [ONCOLOGIST_BERLIN] });
    caseId = (await buildCase(database.db, { board, home: 'CCCC' })).id;
    userId = await userIdOf(database.db, ONCOLOGIST_BERLIN);
    wire = new HeldWire();
  });

  afterEach(async () => {
    for (const document of documents.splice(0)) document.destroy();
    broken.length = 0;
    await database.destroy();
  });

  /** Loads the document as instance `name` holds it, with one connection on it. */
  async function hold(name: string): Promise<{ document: NoteDocument; peer: RecordingPeer }> {
    const document = new NoteDocument(caseId, {
      store: databaseNotesStore(database.db),
      clock: new FakeClock(),
      logger: createLogger('silent'),
      cluster: wire.instance(name),
      onBroken: (dropped) => broken.push(dropped),
    });
    documents.push(document);
    await document.load();
    const peer = new RecordingPeer(userId);
    document.fanOut.peers.add(peer);
    return { document, peer };
  }

  /** A peer's update, accepted and stored (and published onto the wire). */
  async function accept(
    holder: { document: NoteDocument; peer: RecordingPeer },
    update: Uint8Array,
  ) {
    expect(holder.document.applyFromPeer(holder.peer, update)).toEqual({ ok: true });
    await holder.document.whenIdle();
  }

  it('compacts into its snapshot what another holder compacted before its message arrived', async () => {
    const a = await hold('A');
    const b = await hold('B');
    const berlin = editor();
    const seoul = editor();
    await accept(
      a,
      berlin.edit((doc) => addParagraph(doc, 'Written on A')),
    );
    await accept(
      b,
      seoul.edit((doc) => addParagraph(doc, 'Written on B')),
    );
    // Neither message has arrived when A, then B compact: A's snapshot holds both rows, which
    // it deleted; B's new snapshot must hold A's edit although only A's snapshot carries it.
    await a.document.settle();
    await b.document.settle();

    expect(await countNoteUpdates(database.db, caseId)).toBe(0);
    const stored = await storedContent(database.db, caseId);
    expect(stored).toContain('Written on A');
    expect(stored).toContain('Written on B');
    // B's connection got A's edit from the snapshot, without waiting for the message.
    expect(contentOf(b.document.doc)).toBe(stored);
    for (const message of [...wire.held]) wire.deliver(message);
    expect(contentOf(a.document.doc)).toBe(stored);
    expect(contentOf(b.document.doc)).toBe(stored);
    expect(broken).toEqual([]);
  });

  it('keeps an update that arrives before the one it builds on, and shows both when it comes', async () => {
    const a = await hold('A');
    const c = await hold('C');
    const berlin = editor();
    const first = berlin.edit((doc) => addParagraph(doc, 'cT2a'));
    await accept(a, first);
    const second = berlin.edit((doc) => paragraphTexts(doc)[0]?.insert(4, ' cN2b'));
    await accept(a, second);
    const [toFirst, toSecond] = wire.held as [HeldUpdate, HeldUpdate];

    wire.deliver(toSecond);
    // Pending in Yjs: not applied, not forwarded, and not a broken document.
    expect(contentOf(c.document.doc)).toBe('');
    expect(c.peer.received).toEqual([]);
    expect(c.document.isBroken).toBe(false);
    // A connection's own edit goes through meanwhile.
    await accept(
      c,
      editor().edit((doc) => addParagraph(doc, 'Seoul')),
    );

    wire.deliver(toFirst);
    expect(paragraphsOf(c.document.doc)).toContain('cT2a cN2b');
    expect(c.peer.received.length).toBeGreaterThan(0);
    expect(broken).toEqual([]);
  });

  it('reads storage for the update a waiting one builds on when its message never comes', async () => {
    const a = await hold('A');
    const c = await hold('C');
    const berlin = editor();
    await accept(
      a,
      berlin.edit((doc) => addParagraph(doc, 'ECOG')),
    );
    await accept(
      a,
      berlin.edit((doc) => paragraphTexts(doc)[0]?.insert(4, ' 1')),
    );
    const [, toSecond] = wire.held as [HeldUpdate, HeldUpdate];

    // A stored the first update and died before publishing it; only the second reaches C.
    wire.deliver(toSecond);
    expect(contentOf(c.document.doc)).toBe('');
    await vi.waitFor(() => expect(paragraphsOf(c.document.doc)).toEqual(['ECOG 1']), {
      timeout: 10_000,
      interval: 50,
    });
    expect(broken).toEqual([]);
  });
});
