import { CaseDecisionResponseSchema, CLOSE_CODES, EMPTY_RECOMMENDATION } from '@konsil/shared';
import { expect, it, vi } from 'vitest';
import {
  COORDINATOR_BERLIN,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
} from '../realtime/handlers/liveBoardFixture';
import { hiddenView } from '../realtime/liveTruthFixture';
import { within } from '../test/accessChanges';
import { useClusterBoard } from '../test/clusterBoard';
import { describeCluster } from '../test/clusterProcesses';
import { addParagraph, type NotesClient, paragraphsOf } from '../test/collabClient';
import { syncRoundTrip } from '../test/notesBarrier';
import { userIdOf } from '../test/queries';

/** What the issue promises for every fact that crosses instances, measured from the action. */
const CROSS_MS = 1_000;

/** The time left until `CROSS_MS` after `startedAt`: what a wait for the crossing may still take. */
const leftOf = (startedAt: number) => Math.max(startedAt + CROSS_MS - Date.now(), 1);

describeCluster('cluster: live facts cross instances within a second', () => {
  const ctx = useClusterBoard();

  /** Resolves once `editor` shows a paragraph with exactly `text`, or fails after `within` ms. */
  const shows = (editor: NotesClient, text: string, within: number) =>
    vi.waitFor(() => expect(paragraphsOf(editor.doc)).toContain(text), {
      timeout: within,
      interval: 5,
    });

  it('lists a Seoul participant on B for Berlin on A, and Berlin for Seoul', async () => {
    const chair = await ctx.joinOn('A', COORDINATOR_BERLIN);
    const seoulBrowser = await ctx.signInOn('B', ONCOLOGIST_SEOUL);

    const startedAt = Date.now();
    const seoul = await ctx.joinIn(seoulBrowser, ONCOLOGIST_SEOUL);
    const joined = await chair.next(
      'presence:joined',
      ({ entry }) => entry.userId === seoul.userId,
      leftOf(startedAt),
    );
    expect(joined.entry).toMatchObject({ status: 'online', institution: { code: 'SCCC' } });

    // Seoul's join reply lists Berlin's chair, who is on the other instance.
    expect(seoul.joined.presence.entries.map((entry) => entry.userId).sort()).toEqual(
      [chair.userId, seoul.userId].sort(),
    );
    // And asked on A, the list is the same.
    const listed = await chair.ok('presence:sync', { boardId: ctx.boardId });
    expect(listed.entries.map((entry) => entry.userId).sort()).toEqual(
      [chair.userId, seoul.userId].sort(),
    );
  });

  it("follows the coordinator: a case set on A is Seoul's current case on B", async () => {
    const boardId = ctx.boardId;
    const chair = await ctx.joinOn('A', COORDINATOR_BERLIN);
    await chair.ok('board:start', { boardId, confirmEarly: true });
    const seoul = await ctx.joinOn('B', ONCOLOGIST_SEOUL);

    const startedAt = Date.now();
    const moved = await chair.ok('session:setCase', { boardId, caseId: ctx.seoulCase.id });
    const seen = await seoul.next(
      'session:state',
      (state) => state.version === moved.version,
      leftOf(startedAt),
    );
    expect(seen).toEqual(moved);
    expect(seen).toMatchObject({ currentCaseId: ctx.seoulCase.id, timer: { state: 'idle' } });
  });

  it('shows a hand raised on B to the chair on A, and the chair calling on it to B', async () => {
    const boardId = ctx.boardId;
    const chair = await ctx.joinOn('A', COORDINATOR_BERLIN);
    await chair.ok('board:start', { boardId, confirmEarly: true });
    const seoul = await ctx.joinOn('B', ONCOLOGIST_SEOUL);

    const raisedAt = Date.now();
    const raised = await seoul.ok('hand:raise', { boardId });
    const seenRaised = await chair.next(
      'session:state',
      (state) => state.version === raised.version,
      leftOf(raisedAt),
    );
    expect(seenRaised.hands.map((hand) => hand.userId)).toEqual([seoul.userId]);

    const calledAt = Date.now();
    const called = await chair.ok('hand:callOn', { boardId, userId: seoul.userId });
    const seenCalled = await seoul.next(
      'session:state',
      (state) => state.version === called.version,
      leftOf(calledAt),
    );
    expect(seenCalled.speakerId).toBe(seoul.userId);
  });

  it('tells Berlin on A of a position Seoul stated through REST on B', async () => {
    const boardId = ctx.boardId;
    const caseId = ctx.seoulCase.id;
    const chair = await ctx.joinOn('A', COORDINATOR_BERLIN);
    await chair.ok('board:start', { boardId, confirmEarly: true });
    const seoul = await ctx.signInOn('B', ONCOLOGIST_SEOUL);
    const saved = await chair.browser.put(`/api/boards/${boardId}/cases/${caseId}/recommendation`, {
      version: 0,
      content: { ...EMPTY_RECOMMENDATION, decisionText: 'Lobektomie' },
    });
    expect(saved.status).toBe(200);

    const startedAt = Date.now();
    const stated = await seoul.put(`/api/boards/${boardId}/cases/${caseId}/position`, {
      position: 'disagree',
      note: 'Eher neoadjuvant',
      recommendationVersion: 1,
    });
    expect(stated.status).toBe(200);
    expect(
      await chair.next('decision:changed', (change) => change.caseId === caseId, leftOf(startedAt)),
    ).toEqual({ boardId, caseId });

    // What A then reads is what B wrote.
    const decision = CaseDecisionResponseSchema.parse(
      (await chair.browser.get(`/api/boards/${boardId}/cases/${caseId}/decision`)).body,
    ).decision;
    expect(decision.tally).toEqual({ agree: 0, disagree: 1, abstain: 0 });
  });

  it('passes notes edits and awareness between A and B; an editor opening on B gets what A stored', async () => {
    const caseId = ctx.berlinCase.id;
    const berlin = await ctx.openNotesIn(
      await ctx.signInOn('A', ONCOLOGIST_BERLIN),
      caseId,
      'Berlin notes on A',
    );
    addParagraph(berlin.doc, 'Typed on A while only A held the notes');
    // Answered once A stored it.
    await syncRoundTrip(berlin);
    const seoul = await ctx.openNotesIn(
      await ctx.signInOn('B', ONCOLOGIST_SEOUL),
      caseId,
      'Seoul notes on B',
    );
    expect(paragraphsOf(seoul.doc)).toEqual(['Typed on A while only A held the notes']);

    const typedOnA = Date.now();
    addParagraph(berlin.doc, 'Typed on A while both hold them');
    await shows(seoul, 'Typed on A while both hold them', leftOf(typedOnA));
    const typedOnB = Date.now();
    addParagraph(seoul.doc, 'Typed on B');
    await shows(berlin, 'Typed on B', leftOf(typedOnB));

    const pointedOnA = Date.now();
    berlin.awareness.setLocalStateField('marker', 'caret on A');
    await vi.waitFor(() => expect(seoul.stateOf(berlin)?.marker).toBe('caret on A'), {
      timeout: leftOf(pointedOnA),
      interval: 5,
    });
    // Stamped by the instance Berlin is connected to, and passed on as it was.
    expect(seoul.stateOf(berlin)?.user).toMatchObject({
      userId: await userIdOf(ctx.cluster.db, ONCOLOGIST_BERLIN),
      readOnly: false,
    });
  });

  it("cuts a session's tab and notes on B within a second of its logout on A", async () => {
    const onA = await ctx.signInOn('A', ONCOLOGIST_BERLIN);
    const onB = ctx.sameBrowserOn(onA, 'B');
    const tab = await ctx.joinIn(onB, ONCOLOGIST_BERLIN);
    const notes = await ctx.openNotesIn(onB, ctx.berlinCase.id, 'Berlin notes on B');
    const gone = tab.disconnected();

    const startedAt = Date.now();
    expect((await onA.post('/api/auth/logout')).status).toBe(204);
    expect(await tab.next('auth:sessionEnded', undefined, leftOf(startedAt))).toEqual({
      reason: 'logout',
    });
    expect(await within(gone, leftOf(startedAt), 'the tab on B being disconnected')).toBe(
      'io server disconnect',
    );
    expect(await notes.closed(leftOf(startedAt))).toBe(CLOSE_CODES.unauthenticated);
    expect((await onB.get('/api/auth/me')).status).toBe(401);
  });

  it("narrows Seoul's view on B within a second of consent withdrawn on A, and closes its notes", async () => {
    const boardId = ctx.boardId;
    const discussed = ctx.berlinCase;
    const chair = await ctx.joinOn('A', COORDINATOR_BERLIN);
    await chair.ok('board:start', { boardId, confirmEarly: true });
    const running = await chair.ok('timer:start', { boardId });
    expect(running).toMatchObject({ currentCaseId: discussed.id, timer: { state: 'running' } });
    await chair.next('session:state', (state) => state.version === running.version);
    const seoulBrowser = await ctx.signInOn('B', ONCOLOGIST_SEOUL);
    const seoul = await ctx.joinIn(seoulBrowser, ONCOLOGIST_SEOUL);
    // Real clocks: the time left has run on a little since the start.
    expect(seoul.joined.state).toEqual({
      ...running,
      timer: { ...running.timer, remainingMs: expect.any(Number) },
    });
    const notes = await ctx.openNotesIn(seoulBrowser, discussed.id, 'Seoul notes on B');

    const startedAt = Date.now();
    await ctx.withdrawConsentOn('A', discussed.id, ONCOLOGIST_BERLIN);
    const narrowed = await seoul.next(
      'session:state',
      (state) => state.isCurrentCaseHidden,
      leftOf(startedAt),
    );
    expect(narrowed).toEqual(hiddenView(running));
    expect(await notes.closed(leftOf(startedAt))).toBe(CLOSE_CODES.notFound);
    // B refuses the case itself to Seoul from now on.
    const read = await seoulBrowser.get(`/api/boards/${boardId}/cases/${discussed.id}`);
    expect(read.status).toBe(404);
  });
});
