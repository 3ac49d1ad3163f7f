import { expect, it } from 'vitest';
import { addParagraph, type NotesClient, paragraphsOf } from '../test/collabClient';
import { describeEachDatabase } from '../test/databases';
import {
  COORDINATOR_SEOUL,
  notesUserOf,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
  useNotesBoard,
} from '../test/notesBoard';
import { awarenessMessage } from '../test/rawNotesSocket';

const IMPOSTOR = {
  userId: 'chief-of-surgery',
  name: 'Chief of Surgery',
  color: '#000000',
  institutionCode: 'VCCC',
  role: 'admin',
  readOnly: false,
};

describeEachDatabase('collaborative notes: awareness', (dialect) => {
  const notes = useNotesBoard(dialect);

  /** Waits until `viewer` sees `subject`'s `cursor` as given. */
  async function seesCursor(viewer: NotesClient, subject: NotesClient, cursor: unknown) {
    await expect.poll(() => viewer.stateOf(subject)?.cursor, { timeout: 5_000 }).toEqual(cursor);
  }

  it('shows everyone the name and institution from the session, whatever a client claims', async () => {
    const berlin = await notes.open(ONCOLOGIST_BERLIN);
    const seoul = await notes.open(ONCOLOGIST_SEOUL);

    berlin.awareness.setLocalState({ user: IMPOSTOR, cursor: { anchor: 3, head: 7 } });
    // The caret itself passes through; only the identity is replaced.
    await seesCursor(seoul, berlin, { anchor: 3, head: 7 });
    expect(seoul.stateOf(berlin)?.user).toEqual(
      await notesUserOf(notes.server, ONCOLOGIST_BERLIN, false),
    );

    // A later change of the claimed identity alone is stamped again.
    berlin.awareness.setLocalStateField('user', { ...IMPOSTOR, name: 'Head of Department' });
    berlin.awareness.setLocalStateField('cursor', { anchor: 4, head: 4 });
    await seesCursor(seoul, berlin, { anchor: 4, head: 4 });
    expect(seoul.stateOf(berlin)?.user).toEqual(
      await notesUserOf(notes.server, ONCOLOGIST_BERLIN, false),
    );

    // A newcomer gets the stamped states in its first awareness, too.
    const coordinator = await notes.open(COORDINATOR_SEOUL);
    await seesCursor(coordinator, berlin, { anchor: 4, head: 4 });
    expect(coordinator.stateOf(berlin)?.user).toEqual(
      await notesUserOf(notes.server, ONCOLOGIST_BERLIN, false),
    );
  });

  it("ignores awareness a connection sends for another connection's client id", async () => {
    const berlin = await notes.open(ONCOLOGIST_BERLIN);
    const seoul = await notes.open(ONCOLOGIST_SEOUL);
    const intruder = await notes.open(COORDINATOR_SEOUL);
    berlin.awareness.setLocalStateField('cursor', { anchor: 1, head: 1 });
    seoul.awareness.setLocalStateField('cursor', { anchor: 2, head: 2 });
    await seesCursor(seoul, berlin, { anchor: 1, head: 1 });
    await seesCursor(berlin, seoul, { anchor: 2, head: 2 });

    // Move Berlin's caret under a false name, and make Seoul disappear, with clocks far ahead.
    intruder.sendRaw(
      awarenessMessage([
        {
          clientId: berlin.doc.clientID,
          clock: 10_000,
          state: { user: IMPOSTOR, cursor: { anchor: 99, head: 99 } },
        },
        { clientId: seoul.doc.clientID, clock: 10_000, state: null },
      ]),
    );
    // Whatever the intruder sends next is handled after the spoof (or it was cut off).
    intruder.awareness.setLocalStateField('cursor', { anchor: 5, head: 5 });
    await expect
      .poll(() => intruder.closeCodes.length > 0 || seoul.stateOf(intruder)?.cursor !== undefined, {
        timeout: 5_000,
      })
      .toBe(true);

    expect(seoul.stateOf(berlin)).toEqual({
      cursor: { anchor: 1, head: 1 },
      user: await notesUserOf(notes.server, ONCOLOGIST_BERLIN, false),
    });
    expect(berlin.stateOf(seoul)).toEqual({
      cursor: { anchor: 2, head: 2 },
      user: await notesUserOf(notes.server, ONCOLOGIST_SEOUL, false),
    });
    // The real owners still move their own carets.
    berlin.awareness.setLocalStateField('cursor', { anchor: 6, head: 8 });
    await seesCursor(seoul, berlin, { anchor: 6, head: 8 });
  });

  it('removes a closed connection from everyone else', async () => {
    const berlin = await notes.open(ONCOLOGIST_BERLIN);
    const seoul = await notes.open(ONCOLOGIST_SEOUL);
    berlin.awareness.setLocalStateField('cursor', { anchor: 1, head: 1 });
    await seesCursor(seoul, berlin, { anchor: 1, head: 1 });
    // A dropped network, not a polite goodbye: the server must tell the others.
    berlin.dropConnection();
    await expect.poll(() => seoul.stateOf(berlin), { timeout: 5_000 }).toBeUndefined();
  });

  it('shows a client again after its network blipped, while others stay connected', async () => {
    const berlin = await notes.open(ONCOLOGIST_BERLIN);
    const seoul = await notes.open(ONCOLOGIST_SEOUL);
    const coordinator = await notes.open(COORDINATOR_SEOUL);
    berlin.awareness.setLocalStateField('cursor', { anchor: 1, head: 1 });
    await seesCursor(seoul, berlin, { anchor: 1, head: 1 });

    await berlin.blip();
    // The same client id comes back; its next caret move must reach the others again.
    berlin.awareness.setLocalStateField('cursor', { anchor: 2, head: 2 });
    await seesCursor(seoul, berlin, { anchor: 2, head: 2 });
    await seesCursor(coordinator, berlin, { anchor: 2, head: 2 });
    expect(seoul.stateOf(berlin)?.user).toEqual(
      await notesUserOf(notes.server, ONCOLOGIST_BERLIN, false),
    );
  });

  it('sends a caret move at once, and a mere renewal of an unchanged state later, in a batch', async () => {
    const berlin = await notes.open(ONCOLOGIST_BERLIN);
    const seoul = await notes.open(ONCOLOGIST_SEOUL);
    berlin.awareness.setLocalStateField('cursor', { anchor: 1, head: 1 });
    await seesCursor(seoul, berlin, { anchor: 1, head: 1 });
    const clockSeen = () => seoul.provider.awareness.meta.get(berlin.doc.clientID)?.clock;
    const before = clockSeen();

    // The same state again only bumps its clock: what y-protocols does every 15 s.
    berlin.awareness.setLocalState(berlin.awareness.getLocalState());
    berlin.awareness.setLocalStateField('marker', 'sent after the renewal');
    await expect.poll(() => seoul.stateOf(berlin)?.marker).toBe('sent after the renewal');
    const afterChange = clockSeen();
    expect(afterChange).toBeGreaterThan(before ?? 0);

    berlin.awareness.setLocalState(berlin.awareness.getLocalState());
    // Ordering barrier: an edit Berlin sends after the renewal is handled after it, stored, and
    // only then forwarded, so a renewal forwarded at once would have reached Seoul before it.
    addParagraph(berlin.doc, 'sent after the second renewal');
    await expect
      .poll(() => paragraphsOf(seoul.doc), { timeout: 5_000 })
      .toContain('sent after the second renewal');
    expect(clockSeen()).toBe(afterChange);
    // Within the batch interval (5 s), well before the 30 s after which a state would time out.
    await expect.poll(clockSeen, { timeout: 7_000 }).toBeGreaterThan(afterChange ?? 0);
  }, 15_000);
});
