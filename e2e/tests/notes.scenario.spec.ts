import { CLOSE_CODES } from '@konsil/shared';
import {
  type Actor,
  berlinCoordinator,
  berlinObserver,
  berlinOncologist,
  seoulOncologist,
  uniqueSuffix,
  upcomingWinterDay,
  viennaOncologist,
} from '../fixtures/actors';
import {
  berlinCaseWithoutConsent,
  completeSeoulLungCase,
  type KonsilApi,
} from '../fixtures/arrange';
import { LiveBoardView } from '../fixtures/livePages';
import {
  connectToNotes,
  NotesPanel,
  REFUSED_CASE,
  writeBehindTheEditor,
} from '../fixtures/notesPages';
import { expect, screenshotFor, signInAs, test } from '../fixtures/test';
import { clinicalTexts } from '../fixtures/texts';

const SEOUL_MACHINE = { timezoneId: 'Asia/Seoul' };
/** Long enough for a reconnect with y-websocket's back-off, short enough to fail visibly. */
const CATCH_UP = { timeout: 20_000 };

/** A Berlin-hosted joint board with Seoul, and one consented Seoul case on it. */
async function jointBoardWithSeoulCase(
  apiAs: (email: string) => Promise<KonsilApi>,
  suffix: string,
  invite: Actor[],
) {
  const board = await (await apiAs(berlinCoordinator.email)).planBoard({
    title: `Joint Thoracic Board notes ${suffix}`,
    start: { local: `${upcomingWinterDay()}T08:00`, timeZone: 'Europe/Berlin' },
    institutions: ['CCCC', 'SCCC'],
    invite,
  });
  const seoulCase = await (await apiAs(seoulOncologist.email)).submitCase(
    board.id,
    completeSeoulLungCase({
      question: `Neoadjuvant chemo-immunotherapy or definitive chemoradiation? (${suffix})`,
      homeReference: `SMC-${suffix}`,
    }),
  );
  return { board, seoulCase };
}

test.describe('writing case notes together', () => {
  // Two or three people on their own machines, typing and waiting for one another.
  test.beforeEach(() => test.slow());

  test('the Berlin and Seoul oncologists write the notes together, see each other’s words and carets, and what they write while Seoul is offline comes together when Seoul is back', async ({
    openActor,
    apiAs,
  }) => {
    const suffix = uniqueSuffix();
    const { board, seoulCase } = await jointBoardWithSeoulCase(apiAs, suffix, [
      berlinOncologist,
      seoulOncologist,
    ]);
    const words = {
      berlin: `Berlin: PD-L1 60 %, favour neoadjuvant chemo-immunotherapy ${suffix}`,
      seoul: `서울: 수술 전 항암면역치료 동의 ${suffix}`,
      seoulOffline: `서울 오프라인: 흉부외과 재검토 필요 ${suffix}`,
      berlinMeanwhile: `Berlin meanwhile: restage with PET-CT after cycle 3 ${suffix}`,
    };

    // Berlin reads in English; Seoul in its institution's Korean, on a Seoul clock.
    const berlin = await openActor();
    await signInAs(berlin, berlinOncologist.email);
    const berlinNotes = new NotesPanel(berlin.page);
    await berlinNotes.openCase(board.id, seoulCase.id);

    const seoul = await openActor(SEOUL_MACHINE);
    await signInAs(seoul, seoulOncologist.email, { language: 'institution default' });
    const seoulNotes = new NotesPanel(seoul.page, clinicalTexts.ko);
    await seoulNotes.openCase(board.id, seoulCase.id);
    // Found by their names: "Case notes" in Berlin, "증례 노트" in Seoul.
    for (const notes of [berlinNotes, seoulNotes]) {
      await expect(notes.editor).toHaveAttribute('contenteditable', 'true');
      await expect(notes.readOnly).toHaveCount(0);
    }
    await expect(seoulNotes.status).toContainText(clinicalTexts.ko.notes.status.connected);

    // Each writes a paragraph; each reads the other's, and sees where the other is typing.
    await berlinNotes.addParagraph(words.berlin);
    await expect(seoulNotes.editor).toContainText(words.berlin);
    await seoulNotes.addParagraph(words.seoul);
    await expect(berlinNotes.editor).toContainText(words.seoul);
    await expect(berlinNotes.caretOf(seoulOncologist.name)).toBeVisible();
    await expect(seoulNotes.caretOf(berlinOncologist.name)).toBeVisible();
    // Nobody gets a flag for their own caret.
    await expect(berlinNotes.caretOf(berlinOncologist.name)).toHaveCount(0);
    await expect(seoulNotes.caretOf(seoulOncologist.name)).toHaveCount(0);
    await screenshotFor(berlin.page, 'issue5-notes-en-berlin');
    await screenshotFor(seoul.page, 'issue5-notes-ko-seoul');

    // Seoul's connection drops: Seoul is told, and both go on writing.
    await seoul.page.context().setOffline(true);
    await seoulNotes.expectState('offline');
    await expect(seoulNotes.status).toContainText(clinicalTexts.ko.notes.status.offline);
    await seoulNotes.addParagraph(words.seoulOffline);
    await berlinNotes.addParagraph(words.berlinMeanwhile);
    // Seoul is told how many of its changes have not reached the others yet.
    await expect(seoulNotes.status).toContainText(seoulNotes.unsyncedChanges());
    await expect(berlinNotes.status).toHaveAttribute('data-state', 'connected');
    await expect(seoulNotes.editor).not.toContainText(words.berlinMeanwhile);
    await expect(berlinNotes.editor).not.toContainText(words.seoulOffline);
    await screenshotFor(seoul.page, 'issue5-notes-ko-seoul-offline');

    // Back online, Seoul reconnects and both end up with all four paragraphs.
    await seoul.page.context().setOffline(false);
    await seoulNotes.expectState('connected', CATCH_UP.timeout);
    for (const notes of [berlinNotes, seoulNotes]) {
      for (const text of Object.values(words)) {
        await expect(notes.editor).toContainText(text, CATCH_UP);
      }
    }
    await expect(seoulNotes.status).not.toContainText(seoulNotes.unsyncedChanges());

    // The server kept it all: a fresh load in Berlin shows the four paragraphs.
    await berlin.page.reload();
    await berlinNotes.expectState('connected');
    for (const text of Object.values(words)) {
      await expect(berlinNotes.editor).toContainText(text);
    }
  });

  test('an invited observer reads the notes but cannot write, in the editor or behind it', async ({
    openActor,
    apiAs,
  }) => {
    const suffix = uniqueSuffix();
    const { board, seoulCase } = await jointBoardWithSeoulCase(apiAs, suffix, [
      berlinOncologist,
      seoulOncologist,
      berlinObserver,
    ]);
    const discussed = `Berlin: tumour board favours surgery after induction ${suffix}`;
    const typedByObserver = `observer typed ${suffix}`;
    const sentByObserver = `observer sent ${suffix}`;
    const sentByOncologist = `oncologist sent ${suffix}`;

    const berlin = await openActor();
    await signInAs(berlin, berlinOncologist.email);
    const berlinNotes = new NotesPanel(berlin.page);
    await berlinNotes.openCase(board.id, seoulCase.id);
    await berlinNotes.addParagraph(discussed);

    // The observer follows along: the notes are there, marked read-only, and typing does nothing.
    const observer = await openActor();
    await signInAs(observer, berlinObserver.email);
    const observerNotes = new NotesPanel(observer.page);
    await observerNotes.openCase(board.id, seoulCase.id);
    await expect(observerNotes.readOnly).toHaveText(clinicalTexts.en.notes.readOnly.badge);
    await expect(observerNotes.editor).toContainText(discussed);
    await expect(observerNotes.editor).toHaveAttribute('contenteditable', 'false');
    await expect(observerNotes.editor).toHaveAttribute('aria-readonly', 'true');
    await observerNotes.editor.click();
    await observer.page.keyboard.type(typedByObserver);
    await expect(observerNotes.editor).not.toContainText(typedByObserver);
    await expect(berlinNotes.editor).not.toContainText(typedByObserver);

    // An edit sent on the observer's own session, bypassing the editor, is refused by the server.
    // The connection stays open for reading; the server's document simply does not have it.
    expect(await writeBehindTheEditor(observer.page, seoulCase.id, sentByObserver)).toEqual({
      closeCode: null,
      serverHasText: false,
    });
    // The same edit from the oncologist goes through: the refusal above is about who sent it.
    expect(await writeBehindTheEditor(berlin.page, seoulCase.id, sentByOncologist)).toEqual({
      closeCode: null,
      serverHasText: true,
    });
    await expect(berlinNotes.editor).toContainText(sentByOncologist);
    await expect(observerNotes.editor).toContainText(sentByOncologist);
    await expect(berlinNotes.editor).not.toContainText(sentByObserver);
    await expect(observerNotes.editor).not.toContainText(sentByObserver);

    // Nor did the server keep it: a fresh load has the oncologist's edit and not the observer's.
    await berlin.page.reload();
    await berlinNotes.expectState('connected');
    await expect(berlinNotes.editor).toContainText(sentByOncologist);
    await expect(berlinNotes.editor).not.toContainText(sentByObserver);
    await expect(berlinNotes.editor).not.toContainText(typedByObserver);
  });

  test('the notes socket refuses an institution not on the board, a case without consent to share, and a browser without a session', async ({
    openActor,
    apiAs,
  }) => {
    const suffix = uniqueSuffix();
    const { board, seoulCase } = await jointBoardWithSeoulCase(apiAs, suffix, [
      berlinOncologist,
      seoulOncologist,
    ]);
    const berlinOnlyCase = await (await apiAs(berlinOncologist.email)).submitCase(
      board.id,
      berlinCaseWithoutConsent({ question: `Lobectomy at 67 with COPD? (${suffix})` }),
    );

    // Vienna takes no part: the case page is not found, and its notes socket says nothing.
    const vienna = await openActor();
    await signInAs(vienna, viennaOncologist.email);
    await vienna.page.goto(`/boards/${board.id}/cases/${seoulCase.id}`);
    await expect(vienna.page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(vienna.page.getByTestId('case-notes')).toHaveCount(0);
    const viennaOutcome = await connectToNotes(vienna.page, seoulCase.id);
    expect(viennaOutcome.answered).toBe(false);
    expect(REFUSED_CASE).toContain(viennaOutcome.closeCode);

    // Seoul takes part, but the Berlin case has no consent to leave Charité.
    const seoul = await openActor(SEOUL_MACHINE);
    await signInAs(seoul, seoulOncologist.email);
    const seoulOutcome = await connectToNotes(seoul.page, berlinOnlyCase.id);
    expect(seoulOutcome.answered).toBe(false);
    expect(REFUSED_CASE).toContain(seoulOutcome.closeCode);
    // … while Seoul's own case on the same board opens: the refusals are about access.
    expect(await connectToNotes(seoul.page, seoulCase.id)).toEqual({
      answered: true,
      closeCode: null,
    });

    // A browser that never signed in is told to authenticate, and hears nothing either.
    const stranger = await openActor();
    await stranger.login.goto();
    const strangerOutcome = await connectToNotes(stranger.page, seoulCase.id);
    expect(strangerOutcome).toEqual({ answered: false, closeCode: CLOSE_CODES.unauthenticated });
  });

  test('on the live board the notes follow the case under discussion', async ({
    openActor,
    apiAs,
  }) => {
    const suffix = uniqueSuffix();
    const { board, seoulCase } = await jointBoardWithSeoulCase(apiAs, suffix, [
      berlinOncologist,
      seoulOncologist,
    ]);
    const secondCase = await (await apiAs(seoulOncologist.email)).submitCase(
      board.id,
      completeSeoulLungCase({
        question: `Consolidation durvalumab after chemoradiation? (${suffix})`,
        homeReference: `SMC-B-${suffix}`,
      }),
    );
    const onFirst = `First case: refer for lobectomy ${suffix}`;
    const onSecond = `Second case: durvalumab for 12 months ${suffix}`;

    const coordinator = await openActor();
    await signInAs(coordinator, berlinCoordinator.email);
    const chair = new LiveBoardView(coordinator.page);
    await chair.openFrom(board.id);
    await chair.start();
    await expect(chair.currentCase).toHaveText(seoulCase.pseudonym);

    const oncologist = await openActor();
    await signInAs(oncologist, berlinOncologist.email);
    const live = new LiveBoardView(oncologist.page);
    await live.openFrom(board.id);
    await expect(live.currentCase).toHaveText(seoulCase.pseudonym);
    const liveNotes = new NotesPanel(oncologist.page);
    await liveNotes.expectState('connected');
    // The banner links down to the notes, below however long the case card is.
    await oncologist.page.getByRole('link', { name: clinicalTexts.en.live.case.toNotes }).click();
    await expect(liveNotes.editor).toBeInViewport();
    await liveNotes.addParagraph(onFirst);
    // The chair's live board shows the same notes as they are written.
    const chairNotes = new NotesPanel(coordinator.page);
    await expect(chairNotes.editor).toContainText(onFirst);

    // The chair moves on: everyone's notes are now the second case's.
    await chair.discussNow(secondCase.pseudonym).click();
    await expect(live.currentCase).toHaveText(secondCase.pseudonym);
    await liveNotes.expectState('connected');
    await liveNotes.addParagraph(onSecond);
    for (const notes of [liveNotes, chairNotes]) {
      await expect(notes.editor).toContainText(onSecond);
      await expect(notes.editor).not.toContainText(onFirst);
    }
    await screenshotFor(oncologist.page, 'issue5-live-notes-en');

    // Each case kept its own notes: Seoul finds them on the case pages.
    const seoul = await openActor(SEOUL_MACHINE);
    await signInAs(seoul, seoulOncologist.email);
    const seoulNotes = new NotesPanel(seoul.page);
    await seoulNotes.openCase(board.id, seoulCase.id);
    await expect(seoulNotes.editor).toContainText(onFirst);
    await expect(seoulNotes.editor).not.toContainText(onSecond);
    await seoulNotes.openCase(board.id, secondCase.id);
    await expect(seoulNotes.editor).toContainText(onSecond);
    await expect(seoulNotes.editor).not.toContainText(onFirst);
  });
});
