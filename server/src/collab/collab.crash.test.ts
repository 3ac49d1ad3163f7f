import { afterEach, expect, it, vi } from 'vitest';
import {
  arrangeChildDatabase,
  type ChildDatabase,
  type ChildServer,
  startChildServer,
} from '../test/childServer';
import { type NotesClient, openSyncedNotes, waitForConvergence } from '../test/collabClient';
import { describeEachDatabase } from '../test/databases';
import { buildBoard, buildCase } from '../test/factories';
import {
  COORDINATOR_BERLIN,
  COORDINATOR_SEOUL,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
  RADIOLOGIST_SEOUL,
  SURGEON_BERLIN,
} from '../test/notesBoard';
import { TokenTypist, tokensIn } from '../test/notesTyping';
import { TestClient } from '../test/testClient';

const TYPISTS = [
  { email: COORDINATOR_BERLIN, tag: 'a' },
  { email: ONCOLOGIST_BERLIN, tag: 'b' },
  { email: SURGEON_BERLIN, tag: 'c' },
  { email: COORDINATOR_SEOUL, tag: 'd' },
  { email: ONCOLOGIST_SEOUL, tag: 'e' },
];
/** How many tokens each client must have seen from every other before the kill. */
const SEEN_BEFORE_KILL = 15;

describeEachDatabase('collaborative notes survive kill -9', (dialect) => {
  let database: ChildDatabase | undefined;
  const servers: ChildServer[] = [];
  const clients: NotesClient[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const server of servers.splice(0)) {
      server.process.kill('SIGKILL');
      await server.exited;
    }
    await database?.destroy();
    database = undefined;
  });

  async function arrange() {
    database = await arrangeChildDatabase(dialect);
    const db = database.open();
    try {
      const board = await buildBoard(db, {
        host: 'CCCC',
        guests: ['SCCC'],
        invited: [ONCOLOGIST_BERLIN, SURGEON_BERLIN, ONCOLOGIST_SEOUL, RADIOLOGIST_SEOUL],
      });
      return (await buildCase(db, { board, home: 'CCCC', status: 'submitted' })).id;
    } finally {
      await db.destroy();
    }
  }

  async function start(port = 0) {
    if (!database) throw new Error('arrange the database first');
    const server = await startChildServer(database, port);
    servers.push(server);
    return server;
  }

  async function openAs(server: ChildServer, email: string, caseId: string) {
    const browser = new TestClient(server.baseUrl);
    expect((await browser.login(email)).status, `login of ${email}`).toBe(200);
    const client = await openSyncedNotes(browser, caseId, { label: email });
    clients.push(client);
    return client;
  }

  /** The tokens a client holds that other clients typed: all of it came through the server. */
  function receivedFromOthers(client: NotesClient, ownTag: string): Map<string, Set<number>> {
    const tokens = tokensIn(client.content());
    tokens.delete(ownTag);
    return tokens;
  }

  it('keeps every edit any client had received before the server was killed mid-typing', async () => {
    const caseId = await arrange();
    const first = await start();
    const typing: TokenTypist[] = [];
    for (const { email, tag } of TYPISTS) {
      typing.push(new TokenTypist(await openAs(first, email, caseId), tag, 30));
    }

    await vi.waitFor(
      () => {
        for (const typist of typing) {
          const seen = receivedFromOthers(typist.client, typist.tag);
          for (const { tag } of TYPISTS.filter((other) => other.tag !== typist.tag)) {
            expect(seen.get(tag)?.size ?? 0, `${typist.tag} saw ${tag}`).toBeGreaterThanOrEqual(
              SEEN_BEFORE_KILL,
            );
          }
        }
      },
      { timeout: 20_000, interval: 20 },
    );
    first.process.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    // Everything a client holds from others was sent by the now dead server.
    const observed = typing.map((typist) => ({
      by: typist.tag,
      tokens: receivedFromOthers(typist.client, typist.tag),
    }));
    await Promise.all(typing.map((typist) => typist.stop()));
    for (const client of clients.splice(0)) client.destroy();

    const second = await start();
    const newcomer = await openAs(second, RADIOLOGIST_SEOUL, caseId);
    const recovered = tokensIn(newcomer.content());
    const missing: string[] = [];
    for (const { by, tokens } of observed) {
      for (const [tag, numbers] of tokens) {
        for (const number of numbers) {
          if (!recovered.get(tag)?.has(number)) missing.push(`${tag}${number} (seen by ${by})`);
        }
      }
    }
    expect(missing).toEqual([]);

    // Each typist's paragraph is an unbroken prefix of what they typed: no hole, no stray token.
    for (const { tag } of TYPISTS) {
      const numbers = [...(recovered.get(tag) ?? [])].sort((a, b) => a - b);
      expect(numbers.length).toBeGreaterThanOrEqual(SEEN_BEFORE_KILL);
      expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    }
  }, 90_000);

  it('lets clients that kept typing through the crash resync every edit after the restart', async () => {
    const caseId = await arrange();
    const first = await start();
    const typing: TokenTypist[] = [];
    for (const { email, tag } of TYPISTS) {
      typing.push(new TokenTypist(await openAs(first, email, caseId), tag, 30));
    }
    await vi.waitFor(
      () => {
        for (const typist of typing) expect(typist.typed).toBeGreaterThanOrEqual(SEEN_BEFORE_KILL);
      },
      { timeout: 20_000, interval: 20 },
    );
    first.process.kill('SIGKILL');
    await first.exited;

    // Same address, so the open tabs (and their cookies and Origin) reconnect on their own.
    const port = Number(new URL(first.baseUrl).port);
    await start(port);
    await vi.waitFor(
      () => {
        for (const typist of typing) expect(typist.client.provider.synced).toBe(true);
      },
      { timeout: 20_000, interval: 20 },
    );
    await Promise.all(typing.map((typist) => typist.stop()));

    // Nobody loses a keystroke: what the server never stored comes back from its author.
    const converged = await waitForConvergence(
      typing.map((typist) => typist.client),
      undefined,
      20_000,
    );
    const tokens = tokensIn(converged);
    for (const typist of typing) {
      const numbers = [...(tokens.get(typist.tag) ?? [])].sort((a, b) => a - b);
      expect(numbers, typist.tag).toEqual(
        Array.from({ length: typist.typed }, (_, index) => index + 1),
      );
    }
    for (const typist of typing) expect(typist.client.closeCodes).not.toContain(4400);
  }, 90_000);
});
