import { PresenceLeftSchema, type SessionState } from '@konsil/shared';
import { expect, it, vi } from 'vitest';
import {
  COORDINATOR_BERLIN,
  OBSERVER_BERLIN,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
} from '../realtime/handlers/liveBoardFixture';
import { within } from '../test/accessChanges';
import { useClusterBoard } from '../test/clusterBoard';
import { describeCluster } from '../test/clusterProcesses';
import { addParagraph, storedContent, waitForConvergence } from '../test/collabClient';
import { syncRoundTrip } from '../test/notesBarrier';
import { TokenTypist, tokensIn } from '../test/notesTyping';

/** The figures: back on the survivor within 5 s; the dead instance's people gone in 10 s. */
const RECONNECTED_WITHIN_MS = 5_000;
const LEFT_PRESENCE_WITHIN_MS = 10_000;
/** How far the timer may be off after the failover: network and scheduling on a busy machine. */
const TIMER_SLACK_MS = 1_000;

/**
 * The notes' updates, made countable: every typist appends tokens `${tag}${n};` (n = 1, 2, …)
 * to a paragraph of its own and never deletes one. An update is lost when a token that had to
 * survive is missing from the document every client ends with. A token has to survive when
 *   - its typist's editor lived on (its provider held it: sent before, or re-sent on reconnect),
 *   - the server had acknowledged it (answered a sync request sent after it), or
 *   - any surviving client had seen it when the instance died.
 * Tokens made while an editor had no connection at all count under the first rule: only its
 * provider held them, and it must send them again.
 */
function lostTokens(final: string, mustSurvive: Map<string, Set<number>>): string[] {
  const present = tokensIn(final);
  return [...mustSurvive].flatMap(([tag, numbers]) =>
    [...numbers].filter((n) => !present.get(tag)?.has(n)).map((n) => `${tag}${n}`),
  );
}

const upTo = (count: number) => new Set(Array.from({ length: count }, (_, index) => index + 1));

function addAll(into: Map<string, Set<number>>, from: Map<string, Set<number>>) {
  for (const [tag, numbers] of from) {
    const set = into.get(tag) ?? new Set<number>();
    for (const n of numbers) set.add(n);
    into.set(tag, set);
  }
}

describeCluster('cluster: kill -9 of one instance during a live board, behind the balancer', () => {
  const ctx = useClusterBoard({ withBalancer: true });

  /** Signs `email` in through the balancer, kept on `instance`, and joins the board. */
  const joinThrough = async (instance: string, email: string) =>
    ctx.joinIn(await ctx.signInThrough(instance, email), email);

  it('loses nothing: case, timer, hands and every notes update survive; the dead instance’s people leave presence', async () => {
    const boardId = ctx.boardId;
    const caseId = ctx.berlinCase.id;

    // Berlin on A, Seoul on B: a running timer on the Berlin case, a hand raised on each side.
    const chair = await joinThrough('A', COORDINATOR_BERLIN);
    await chair.ok('board:start', { boardId, confirmEarly: true });
    await chair.ok('timer:start', { boardId });
    const berlin = await joinThrough('A', ONCOLOGIST_BERLIN);
    const observer = await joinThrough('A', OBSERVER_BERLIN);
    const seoul = await joinThrough('B', ONCOLOGIST_SEOUL);
    await berlin.ok('hand:raise', { boardId });
    const raised = await seoul.ok('hand:raise', { boardId });
    const before: SessionState = await seoul.next(
      'session:state',
      (state) => state.version === raised.version,
    );
    const beforeAt = Date.now();
    expect(before).toMatchObject({ currentCaseId: caseId, timer: { state: 'running' } });
    expect(before.hands.map((hand) => hand.userId)).toEqual([berlin.userId, seoul.userId]);

    // Notes typed on both instances; the chair's editor will die with A and not come back.
    const berlinNotes = await ctx.openNotesIn(berlin.browser, caseId, 'Berlin notes on A');
    const chairNotes = await ctx.openNotesIn(chair.browser, caseId, 'chair notes on A');
    const seoulNotes = await ctx.openNotesIn(seoul.browser, caseId, 'Seoul notes on B');
    const typists = {
      berlin: new TokenTypist(berlinNotes, 'berlin', 40),
      chair: new TokenTypist(chairNotes, 'chair', 40),
      seoul: new TokenTypist(seoulNotes, 'seoul', 40),
    };
    // Both instances hold the document and pass edits across before anything dies.
    await vi.waitFor(
      () => {
        for (const editor of [berlinNotes, seoulNotes]) {
          const seen = tokensIn(editor.content());
          for (const tag of Object.keys(typists)) {
            expect(seen.get(tag)?.size ?? 0, `${tag} seen by ${editor.label}`).toBeGreaterThan(5);
          }
        }
      },
      { timeout: 10_000, interval: 50 },
    );
    // What A has acknowledged of the chair's typing: everything sent before this sync request.
    const chairAcknowledged = typists.chair.typed;
    await syncRoundTrip(chairNotes);

    // The moment Berlin's editor loses its connection it makes an edit that only it holds.
    let cutAt: number | null = null;
    berlinNotes.provider.on('status', ({ status }: { status: string }) => {
      if (status !== 'disconnected' || cutAt !== null) return;
      cutAt = Date.now();
      addParagraph(berlinNotes.doc, 'offline1; offline2; offline3;');
    });
    const cut = [chair, berlin, observer].map((tab) => tab.disconnected());

    const killedAt = Date.now();
    const killing = ctx.cluster.kill('A');
    // The chair's notes tab dies with it: what it typed since the acknowledgement may go.
    chairNotes.destroy();
    const mustSurvive = new Map([['chair', upTo(chairAcknowledged)]]);
    for (const survivor of [berlinNotes, seoulNotes]) {
      addAll(mustSurvive, tokensIn(survivor.content()));
    }
    expect(await killing).toBe('SIGKILL');
    const leftPresence = seoul.next(
      'presence:left',
      ({ userId }) => userId === observer.userId,
      LEFT_PRESENCE_WITHIN_MS - (Date.now() - killedAt),
    );
    // Awaited at the end; until then a timeout must not count as unhandled.
    leftPresence.catch(() => undefined);

    // Berlin's tabs were on A and are cut; Seoul's, on B, stays.
    for (const reason of cut) {
      expect(await within(reason, RECONNECTED_WITHIN_MS, 'a tab on A being cut')).toBe(
        'transport close',
      );
    }
    expect(seoul.socket.connected).toBe(true);

    // Back through the balancer, which now sends everyone to B: two tabs, and the editor by itself.
    const [chairOnB, berlinOnB] = await Promise.all([
      ctx.joinIn(chair.browser, chair.email),
      ctx.joinIn(berlin.browser, berlin.email),
    ]);
    await vi.waitFor(
      () => {
        expect(cutAt, "Berlin's editor noticed the kill").not.toBeNull();
        expect(berlinNotes.provider.synced, "Berlin's editor synced again").toBe(true);
      },
      { timeout: RECONNECTED_WITHIN_MS, interval: 10 },
    );
    expect(Date.now() - killedAt, 'back on B after the kill (ms)').toBeLessThan(
      RECONNECTED_WITHIN_MS,
    );

    // The board is where it was: same case, the timer ran on, both hands still up.
    const after = berlinOnB.joined.state;
    expect(after).toMatchObject({
      status: 'live',
      currentCaseId: caseId,
      timer: { caseId, state: 'running', allottedMs: before.timer.allottedMs },
    });
    expect(after.hands).toEqual(before.hands);
    const expectedRemaining = before.timer.remainingMs - (Date.now() - beforeAt);
    expect(Math.abs(after.timer.remainingMs - expectedRemaining)).toBeLessThan(TIMER_SLACK_MS);
    expect(chairOnB.joined.state.hands).toEqual(before.hands);

    // Typing goes on for a moment on B, then stops; both editors end with the same notes.
    const typedAfterReconnect = typists.berlin.typed;
    await vi.waitFor(() => expect(typists.berlin.typed).toBeGreaterThan(typedAfterReconnect + 5), {
      timeout: 5_000,
      interval: 10,
    });
    for (const typist of Object.values(typists)) await typist.stop();
    const final = await waitForConvergence([berlinNotes, seoulNotes]);
    await syncRoundTrip(berlinNotes);
    await syncRoundTrip(seoulNotes);
    expect(await storedContent(ctx.cluster.db, caseId)).toBe(final);

    addAll(mustSurvive, new Map([['berlin', upTo(typists.berlin.typed)]]));
    addAll(mustSurvive, new Map([['seoul', upTo(typists.seoul.typed)]]));
    addAll(mustSurvive, new Map([['offline', upTo(3)]]));
    expect(lostTokens(final, mustSurvive), 'lost updates').toEqual([]);

    // Who was only on A leaves presence within 10 s; whoever came back on B stays.
    await leftPresence;
    expect(Date.now() - killedAt).toBeLessThan(LEFT_PRESENCE_WITHIN_MS);
    const listed = await seoul.ok('presence:sync', { boardId });
    expect(listed.entries.map((entry) => entry.userId).sort()).toEqual(
      [chair.userId, berlin.userId, seoul.userId].sort(),
    );
    const leftSinceKill = seoul.received
      .filter((pushed) => pushed.event === 'presence:left')
      .map((pushed) => PresenceLeftSchema.parse(pushed.payload).userId);
    expect(leftSinceKill).not.toContain(chair.userId);
    expect(leftSinceKill).not.toContain(berlin.userId);
  }, 90_000);
});
