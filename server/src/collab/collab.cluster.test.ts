import { CLOSE_CODES } from '@konsil/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OwnRedisServer } from '../cluster/ownRedisServer';
import { countNoteUpdates } from '../storage/repositories/noteDocuments';
import {
  addParagraph,
  NOTES_WAIT_MS,
  type NotesClient,
  paragraphsOf,
  storedContent,
  waitForConvergence,
} from '../test/collabClient';
import { isDialectAvailable } from '../test/databases';
import {
  COORDINATOR_BERLIN,
  COORDINATOR_SEOUL,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
  PATHOLOGIST_BERLIN,
  RADIATION_SEOUL,
  RADIOLOGIST_SEOUL,
  SURGEON_BERLIN,
} from '../test/notesBoard';
import { TokenTypist, tokensIn } from '../test/notesTyping';
import { userIdOf } from '../test/queries';
import { awarenessMessage } from '../test/rawNotesSocket';
import { isRedisAvailable, TEST_REDIS_URL } from '../test/redis';
import { startNotesCluster, type TwoInstanceCluster } from './notesClusterFixture';

/** The figure for an edit or a caret to cross instances, measured from the action. */
const CROSSES_WITHIN_MS = 1_000;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Milliseconds from now until `arrived` holds (failing after the usual notes wait). */
async function timeUntil(arrived: () => void): Promise<number> {
  const started = performance.now();
  await vi.waitFor(arrived, { timeout: NOTES_WAIT_MS, interval: 5 });
  return performance.now() - started;
}

/** The numbers 1..count, as tokensIn() reports a typist's tokens when none is missing. */
const oneTo = (count: number) => new Set(Array.from({ length: count }, (_, index) => index + 1));

const needsServices = !isDialectAvailable('postgres') || !isRedisAvailable;

describe.skipIf(needsServices)('collaborative notes across two instances', () => {
  let cluster: TwoInstanceCluster;

  beforeEach(async () => {
    cluster = await startNotesCluster(TEST_REDIS_URL);
  });

  afterEach(async () => {
    await cluster.close();
  });

  it('sends an edit made on A to a client on B within 1 s, and back, storing each once', async () => {
    const { a, b, caseId } = cluster;
    const berlin = await a.open(ONCOLOGIST_BERLIN, caseId);
    const seoul = await b.open(ONCOLOGIST_SEOUL, caseId);

    addParagraph(berlin.doc, 'EGFR exon 19 deletion');
    const toSeoul = await timeUntil(() => {
      expect(paragraphsOf(seoul.doc)).toEqual(['EGFR exon 19 deletion']);
    });
    expect(toSeoul).toBeLessThan(CROSSES_WITHIN_MS);

    addParagraph(seoul.doc, 'PD-L1 TPS 60 %');
    const toBerlin = await timeUntil(() => {
      expect(paragraphsOf(berlin.doc)).toEqual(['EGFR exon 19 deletion', 'PD-L1 TPS 60 %']);
    });
    expect(toBerlin).toBeLessThan(CROSSES_WITHIN_MS);

    // Stored by the instance that accepted it, and not appended again by the one that applied it.
    await expect.poll(() => storedContent(cluster.db, caseId)).toBe(berlin.content());
    expect(await countNoteUpdates(cluster.db, caseId)).toBe(2);
    expect([...berlin.closeCodes, ...seoul.closeCodes]).toEqual([]);
  });

  it('shows carets across instances, to a newcomer at once, and keeps them from being taken', async () => {
    const { a, b, caseId } = cluster;
    const berlin = await a.open(ONCOLOGIST_BERLIN, caseId);
    berlin.awareness.setLocalStateField('cursor', { anchor: 1, head: 3 });
    await pause(50);

    // B loads the document now: it asks A for the carets instead of waiting for a renewal (15 s).
    const seoul = await b.open(ONCOLOGIST_SEOUL, caseId);
    await vi.waitFor(() => expect(seoul.stateOf(berlin)?.cursor).toEqual({ anchor: 1, head: 3 }));
    expect(seoul.stateOf(berlin)?.user).toMatchObject({
      userId: await userIdOf(cluster.db, ONCOLOGIST_BERLIN),
      readOnly: false,
    });

    berlin.awareness.setLocalStateField('cursor', { anchor: 4, head: 4 });
    const moveToSeoul = await timeUntil(() => {
      expect(seoul.stateOf(berlin)?.cursor).toEqual({ anchor: 4, head: 4 });
    });
    expect(moveToSeoul).toBeLessThan(CROSSES_WITHIN_MS);
    seoul.awareness.setLocalStateField('cursor', { anchor: 2, head: 2 });
    const moveToBerlin = await timeUntil(() => {
      expect(berlin.stateOf(seoul)?.cursor).toEqual({ anchor: 2, head: 2 });
    });
    expect(moveToBerlin).toBeLessThan(CROSSES_WITHIN_MS);

    // Someone on B claims Berlin's caret (held on A) under a far clock; then moves their own.
    const intruder = await b.open(COORDINATOR_SEOUL, caseId);
    intruder.sendRaw(
      awarenessMessage([
        { clientId: berlin.doc.clientID, clock: 10_000, state: { cursor: { anchor: 99 } } },
      ]),
    );
    intruder.awareness.setLocalStateField('cursor', { anchor: 7, head: 7 });
    // Seoul sees the intruder's own caret only after B handled the claim before it.
    await vi.waitFor(() => expect(seoul.stateOf(intruder)?.cursor).toEqual({ anchor: 7, head: 7 }));
    await vi.waitFor(() =>
      expect(berlin.stateOf(intruder)?.cursor).toEqual({ anchor: 7, head: 7 }),
    );
    expect(seoul.stateOf(berlin)?.cursor).toEqual({ anchor: 4, head: 4 });
    expect(berlin.awareness.getLocalState()?.cursor).toEqual({ anchor: 4, head: 4 });

    // Berlin's network drops: A notices, drops the caret and the document, and tells B.
    berlin.dropConnection();
    const leftSeoul = await timeUntil(() => expect(seoul.stateOf(berlin)).toBeUndefined());
    expect(leftSeoul).toBeLessThan(CROSSES_WITHIN_MS);
  });

  it('gives a client opening on B everything A stored, with nothing lost while B loads', async () => {
    const { a, b, caseId } = cluster;
    const berlin = await a.open(ONCOLOGIST_BERLIN, caseId);
    const typist = new TokenTypist(berlin, 'berlin', 10);
    try {
      for (let round = 0; round < 4; round += 1) {
        const stored = typist.typed;
        await expect.poll(() => storedContent(cluster.db, caseId)).toContain(`berlin${stored};`);
        // A holds the document and keeps typing while B loads it from the database.
        const reader = await b.open(ONCOLOGIST_SEOUL, caseId);
        const firstSync = tokensIn(reader.content()).get('berlin') ?? new Set<number>();
        expect(
          [...oneTo(stored)].filter((n) => !firstSync.has(n)),
          'missing after load',
        ).toEqual([]);
        // What A stores after the load arrives within 1 s, with no gap before it.
        const typed = typist.typed;
        const caughtUp = await timeUntil(() => {
          const seen = tokensIn(reader.content()).get('berlin') ?? new Set<number>();
          expect(Math.max(...seen)).toBeGreaterThanOrEqual(typed);
        });
        expect(caughtUp).toBeLessThan(CROSSES_WITHIN_MS);
        const seen = tokensIn(reader.content()).get('berlin') ?? new Set<number>();
        expect(seen).toEqual(oneTo(Math.max(...seen)));
        reader.destroy();
        await b.unloaded(caseId);
      }
    } finally {
      await typist.stop();
    }
  });

  it('loses nothing when both instances take typing and compact while the others type', async () => {
    const { a, b, caseId } = cluster;
    const writers: NotesClient[] = [];
    for (const email of [ONCOLOGIST_BERLIN, SURGEON_BERLIN, PATHOLOGIST_BERLIN]) {
      writers.push(await a.open(email, caseId));
    }
    for (const email of [ONCOLOGIST_SEOUL, RADIOLOGIST_SEOUL, RADIATION_SEOUL]) {
      writers.push(await b.open(email, caseId));
    }
    // ~40 updates/s per writer keeps each connection inside its rate limit; three writers per
    // instance pass the compaction threshold (500 updates) on each within seconds.
    const typists = writers.map(
      (writer, index) => new TokenTypist(writer, `w${'abcdef'[index]}`, 25),
    );
    try {
      await vi.waitFor(
        () => {
          expect(a.logged('notes compacted')).toBeGreaterThanOrEqual(1);
          expect(b.logged('notes compacted')).toBeGreaterThanOrEqual(1);
        },
        { timeout: 60_000, interval: 100 },
      );
      // Typing goes on across the next compactions, too.
      await pause(1_000);
    } finally {
      await Promise.all(typists.map((typist) => typist.stop()));
    }

    const converged = await waitForConvergence(writers, undefined, 20_000);
    const tokens = tokensIn(converged);
    for (const typist of typists) {
      expect(tokens.get(typist.tag), typist.tag).toEqual(oneTo(typist.typed));
    }
    expect(writers.flatMap((writer) => writer.closeCodes)).toEqual([]);
    await expect.poll(() => storedContent(cluster.db, caseId), { timeout: 5_000 }).toBe(converged);

    // Newcomers on either instance, and storage after both let the document go, agree.
    const readerA = await a.open(COORDINATOR_BERLIN, caseId);
    const readerB = await b.open(COORDINATOR_SEOUL, caseId);
    expect(readerA.content()).toBe(converged);
    expect(readerB.content()).toBe(converged);
    for (const client of [...writers, readerA, readerB]) client.destroy();
    await Promise.all([a.unloaded(caseId), b.unloaded(caseId)]);
    expect(await storedContent(cluster.db, caseId)).toBe(converged);
  }, 120_000);
});

describe.skipIf(!isDialectAvailable('postgres'))('collaborative notes while Redis is down', () => {
  let redis: OwnRedisServer;
  let cluster: TwoInstanceCluster;

  beforeEach(async () => {
    redis = await OwnRedisServer.start({ keepsData: false });
    cluster = await startNotesCluster(redis.url);
  });

  afterEach(async () => {
    await cluster.close();
    await redis.destroy();
  });

  it('closes notes with 4500 and refuses new ones, then works again once Redis is back', async () => {
    const { a, b, caseId } = cluster;
    const berlin = await a.open(ONCOLOGIST_BERLIN, caseId);
    const seoul = await b.open(ONCOLOGIST_SEOUL, caseId);
    addParagraph(berlin.doc, 'Before the outage');
    await waitForConvergence([berlin, seoul]);

    await redis.kill();
    // Updates published meanwhile would be missed: open connections are closed (transient).
    expect(await berlin.closed()).toBe(CLOSE_CODES.unavailable);
    expect(await seoul.closed()).toBe(CLOSE_CODES.unavailable);
    // What is typed now stays in the browser until the provider is back.
    addParagraph(berlin.doc, 'Typed during the outage');
    const newcomerA = await a.openUnsynced(COORDINATOR_BERLIN, caseId);
    const newcomerB = await b.openUnsynced(COORDINATOR_SEOUL, caseId);
    expect(await newcomerA.closed()).toBe(CLOSE_CODES.unavailable);
    expect(await newcomerB.closed()).toBe(CLOSE_CODES.unavailable);
    // The providers keep trying and keep being turned away, with nothing synced.
    await vi.waitFor(() => expect(newcomerA.closeCodes.length).toBeGreaterThanOrEqual(2));
    for (const client of [berlin, seoul, newcomerA, newcomerB]) {
      expect(new Set(client.closeCodes)).toEqual(new Set([CLOSE_CODES.unavailable]));
    }
    expect(newcomerA.provider.synced || newcomerB.provider.synced).toBe(false);

    // No restart: the instances reconnect, admit again and the offline edit merges.
    await redis.resume();
    const expected =
      '<paragraph>Before the outage</paragraph><paragraph>Typed during the outage</paragraph>';
    await waitForConvergence([berlin, seoul, newcomerA, newcomerB], expected, 20_000);
    addParagraph(seoul.doc, 'After the outage');
    const crossed = await timeUntil(() => {
      expect(paragraphsOf(berlin.doc).at(-1)).toBe('After the outage');
    });
    expect(crossed).toBeLessThan(CROSSES_WITHIN_MS);
    await expect.poll(() => storedContent(cluster.db, caseId)).toBe(berlin.content());
  }, 60_000);
});
