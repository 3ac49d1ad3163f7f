import { BoardResponseSchema, CLOSE_CODES } from '@konsil/shared';
import { expect, it, vi } from 'vitest';
import {
  COORDINATOR_BERLIN,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
} from '../realtime/handlers/liveBoardFixture';
import { within } from '../test/accessChanges';
import { useClusterBoard } from '../test/clusterBoard';
import { describeCluster } from '../test/clusterProcesses';
import { addParagraph, type NotesClient, paragraphsOf } from '../test/collabClient';
import { openRawNotes } from '../test/rawNotesSocket';
import { connectSocket } from '../test/socketClient';
import type { TestClient } from '../test/testClient';

/** How soon an instance must notice that Redis went away (ioredis sees the connection close). */
const NOTICED_WITHIN_MS = 5_000;
/** How soon the cluster must be whole again once Redis is back (ioredis retries every ≤ 2 s). */
const RECOVERED_WITHIN_MS = 15_000;

describeCluster('cluster: Redis stopped and started again', () => {
  const ctx = useClusterBoard();

  /** Resolves once `editor` shows a paragraph with exactly `text`. */
  const shows = (editor: NotesClient, text: string, timeout: number) =>
    vi.waitFor(() => expect(paragraphsOf(editor.doc)).toContain(text), { timeout, interval: 20 });

  /** Whether a new live tab of `browser` is let in right now (the socket is closed again). */
  async function isLetIn(browser: TestClient): Promise<boolean> {
    try {
      (await connectSocket(browser)).disconnect();
      return true;
    } catch {
      return false;
    }
  }

  it('serves REST while Redis is down, cuts and refuses live and notes connections, and recovers without a restart', async () => {
    const boardId = ctx.boardId;
    const caseId = ctx.berlinCase.id;
    const berlinBrowser = await ctx.signInOn('A', ONCOLOGIST_BERLIN);
    const seoulBrowser = await ctx.signInOn('B', ONCOLOGIST_SEOUL);
    const chair = await ctx.joinOn('A', COORDINATOR_BERLIN);
    await chair.ok('board:start', { boardId, confirmEarly: true });
    const seoulTab = await ctx.joinIn(seoulBrowser, ONCOLOGIST_SEOUL);
    const berlinNotes = await ctx.openNotesIn(berlinBrowser, caseId, 'Berlin notes on A');
    const seoulNotes = await ctx.openNotesIn(seoulBrowser, caseId, 'Seoul notes on B');
    addParagraph(berlinNotes.doc, 'Before the outage');
    await shows(seoulNotes, 'Before the outage', 5_000);
    const cut = [chair, seoulTab].map((tab) => tab.disconnected());

    await ctx.cluster.stopRedis();

    // Live tabs on both instances are cut, and new ones are refused: clients keep retrying.
    for (const reason of cut) {
      expect(await within(reason, NOTICED_WITHIN_MS, 'a live tab being cut')).toBe(
        'transport close',
      );
    }
    expect(await isLetIn(berlinBrowser)).toBe(false);
    expect(await isLetIn(seoulBrowser)).toBe(false);
    // Notes are closed with "try again", and so is a new connection, before anything is sent.
    for (const editor of [berlinNotes, seoulNotes]) {
      expect(await editor.closed(NOTICED_WITHIN_MS), editor.label).toBe(CLOSE_CODES.unavailable);
      expect(editor.provider.shouldConnect, `${editor.label} keeps retrying`).toBe(true);
    }
    const refused = await openRawNotes(ctx.instance('B').baseUrl, seoulBrowser, caseId).closed;
    expect(refused).toMatchObject({ code: CLOSE_CODES.unavailable, messagesBeforeClose: 0 });

    // REST goes on: a login on A, the board read on B.
    const lateBerlin = await ctx.signInOn('A', COORDINATOR_BERLIN);
    expect((await lateBerlin.get('/api/auth/me')).status).toBe(200);
    const board = await seoulBrowser.get(`/api/boards/${boardId}`);
    expect(board.status).toBe(200);
    expect(BoardResponseSchema.parse(board.body).board.id).toBe(boardId);

    // Both sides type on while their editors are disconnected.
    addParagraph(berlinNotes.doc, 'Berlin during the outage');
    addParagraph(seoulNotes.doc, 'Seoul during the outage');

    await ctx.cluster.startRedis();

    // Live tabs are let in again on both instances, with no restart of either.
    await vi.waitFor(
      async () => {
        expect(await isLetIn(berlinBrowser), 'a live tab on A').toBe(true);
        expect(await isLetIn(seoulBrowser), 'a live tab on B').toBe(true);
      },
      { timeout: RECOVERED_WITHIN_MS, interval: 200 },
    );
    const chairAgain = await ctx.joinIn(chair.browser, COORDINATOR_BERLIN);
    const seoulAgain = await ctx.joinIn(seoulBrowser, ONCOLOGIST_SEOUL);
    const startedAt = Date.now();
    const moved = await chairAgain.ok('session:setCase', { boardId, caseId: ctx.seoulCase.id });
    expect(
      await seoulAgain.next(
        'session:state',
        (state) => state.version === moved.version,
        Math.max(startedAt + 1_000 - Date.now(), 1),
      ),
    ).toEqual(moved);

    // The editors reconnected by themselves; what each typed during the outage reached the other.
    await Promise.all(
      [berlinNotes, seoulNotes].map((editor) => editor.synced(RECOVERED_WITHIN_MS)),
    );
    await shows(seoulNotes, 'Berlin during the outage', RECOVERED_WITHIN_MS);
    await shows(berlinNotes, 'Seoul during the outage', RECOVERED_WITHIN_MS);
    addParagraph(seoulNotes.doc, 'After the outage');
    await shows(berlinNotes, 'After the outage', 5_000);
    expect(ctx.instance('A').process.exitCode).toBeNull();
    expect(ctx.instance('B').process.exitCode).toBeNull();
  }, 60_000);
});
