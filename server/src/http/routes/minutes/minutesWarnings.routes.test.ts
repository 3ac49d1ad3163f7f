import { MinutesResponseSchema } from '@konsil/shared';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { signIn } from '../../../test/api';
import {
  addParagraph,
  NOTES_WAIT_MS,
  type NotesClient,
  openSyncedNotes,
  paragraphsOf,
  storedContent,
  waitForConvergence,
} from '../../../test/collabClient';
import { describeEachDatabase } from '../../../test/databases';
import {
  GERMAN_NOTE,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
  runBoardToEnd,
} from '../../../test/minutesBoard';
import { pressEnterBefore } from '../../../test/notesSplit';
import type { TestClient } from '../../../test/testClient';
import { startTestServer, type TestServer } from '../../../test/testServer';

const minutesOf = (response: { body: unknown }) => MinutesResponseSchema.parse(response.body);
const SEEN_WITHIN = { timeout: NOTES_WAIT_MS, interval: 20 };
/** The end of the Berlin case's note, where both people press Enter. */
const TAIL = 'Lungenfunktion grenzwertig.';

describeEachDatabase('minutes draft: paragraphs a merge duplicated', (dialect) => {
  let server: TestServer;
  let ended: Awaited<ReturnType<typeof runBoardToEnd>>;
  let coordinator: TestClient;
  let clients: NotesClient[] = [];

  beforeEach(async () => {
    server = await startTestServer({ dialect });
    ended = await runBoardToEnd(server);
    coordinator = ended.chair.browser;
  });

  afterEach(async () => {
    for (const client of clients) client.destroy();
    clients = [];
    ended.chair.close();
    await server.close();
  });

  const path = (tail = '') => `/api/boards/${ended.board.id}/minutes${tail}`;
  const openBerlinNotes = async (email: string) => {
    const client = await openSyncedNotes(await signIn(server, email), ended.berlinCase.id, {
      label: email,
    });
    clients.push(client);
    return client;
  };

  it('warns before signing about the tail that two Enters, one of them offline, left twice', async () => {
    const berlin = await openBerlinNotes(ONCOLOGIST_BERLIN);
    const offline = await openBerlinNotes(ONCOLOGIST_SEOUL);
    offline.provider.disconnect();
    pressEnterBefore(berlin.doc, TAIL);
    pressEnterBefore(offline.doc, TAIL);
    const head = GERMAN_NOTE.slice(0, GERMAN_NOTE.indexOf(TAIL));
    expect(paragraphsOf(offline.doc)).toEqual(['Befund', head, TAIL]);

    offline.provider.connect();
    await waitForConvergence([berlin, offline]);
    expect(paragraphsOf(berlin.doc)).toEqual(['Befund', head, TAIL, TAIL]);
    const twice = `<paragraph>${TAIL}</paragraph><paragraph>${TAIL}</paragraph>`;
    await vi.waitFor(
      async () => expect(await storedContent(server.db, ended.berlinCase.id)).toContain(twice),
      SEEN_WITHIN,
    );

    const draft = minutesOf(await coordinator.get(path()));
    const berlinNotes = draft.minutes.content.cases[0]?.notes;
    expect(berlinNotes).toBe(`Befund\n${head}\n${TAIL}\n${TAIL}`);
    expect(draft.warnings).toEqual([
      {
        caseId: ended.berlinCase.id,
        pseudonym: ended.berlinCase.pseudonym,
        kind: 'duplicated_paragraph',
        text: TAIL,
      },
    ]);

    // The warning is beside the minutes, not in them: what is signed is the draft as shown.
    const signed = await coordinator.post(path('/sign'), { draftHash: draft.minutes.draftHash });
    expect(signed.status).toBe(201);
    const { minutes } = minutesOf(signed);
    expect(minutes.content).toEqual(draft.minutes.content);
    expect(JSON.stringify(minutes.content)).not.toContain('duplicated_paragraph');
    expect(minutesOf(await coordinator.get(path())).warnings).toBeUndefined();
  });

  it('has no warnings for notes one person split, or that repeat dashes and empty lines', async () => {
    const berlin = await openBerlinNotes(ONCOLOGIST_BERLIN);
    pressEnterBefore(berlin.doc, TAIL);
    for (const line of ['—', '—', '', '', 'n/a', 'n/a']) addParagraph(berlin.doc, line);
    await vi.waitFor(
      async () =>
        expect(await storedContent(server.db, ended.berlinCase.id)).toContain(
          '<paragraph>n/a</paragraph><paragraph>n/a</paragraph>',
        ),
      SEEN_WITHIN,
    );

    const seoul = await signIn(server, ONCOLOGIST_SEOUL);
    const draft = minutesOf(await seoul.get(path()));
    expect(draft.minutes.content.cases[0]?.notes).toContain(`${TAIL}\n—\n—`);
    expect(draft.warnings).toEqual([]);
  });
});
