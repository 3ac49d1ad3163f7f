import {
  berlinCoordinator,
  berlinOncologist,
  seoulOncologist,
  uniqueSuffix,
  upcomingWinterDay,
} from '../fixtures/actors';
import { completeBerlinLungCase, completeSeoulLungCase, type KonsilApi } from '../fixtures/arrange';
import { BoardView } from '../fixtures/boardPages';
import { withdrawConsent } from '../fixtures/caseConsent';
import { LiveBoardView } from '../fixtures/livePages';
import { BoardArchive, MinutesView } from '../fixtures/minutesPages';
import { NotesPanel } from '../fixtures/notesPages';
import { NotesWireGate } from '../fixtures/notesWire';
import { expect, screenshotFor, signInAs, test } from '../fixtures/test';
import { clinicalTexts } from '../fixtures/texts';

const en = clinicalTexts.en;
/** The demo's previous board: ended four weeks before seeding, its minutes signed. */
const SEEDED_SIGNED_BOARD = 'Joint Thoracic Tumor Board';

/** Keys a person might press in the notes: words, a new line, deletions, select-all. */
async function tryToWrite(notes: NotesPanel, words: string): Promise<void> {
  await notes.editor.click();
  await notes.page.keyboard.type(words);
  await notes.page.keyboard.press('Enter');
  await notes.page.keyboard.press('Backspace');
  await notes.page.keyboard.press('Backspace');
  await notes.page.keyboard.press('ControlOrMeta+a');
  await notes.page.keyboard.press('Delete');
}

/** A Berlin board with one ready Berlin case presented by the Berlin oncologist. */
async function berlinBoardWithCase(apiAs: (email: string) => Promise<KonsilApi>, suffix: string) {
  const coordinatorApi = await apiAs(berlinCoordinator.email);
  const board = await coordinatorApi.planBoard({
    title: `Thoracic Board read-only notes ${suffix}`,
    start: { local: `${upcomingWinterDay()}T08:00`, timeZone: 'Europe/Berlin' },
    institutions: ['CCCC'],
    invite: [berlinOncologist],
  });
  const submitted = await (await apiAs(berlinOncologist.email)).submitCase(
    board.id,
    completeBerlinLungCase({
      question: `Lobectomy or stereotactic radiotherapy? (${suffix})`,
      homeReference: `CH-${suffix}`,
    }),
  );
  return { board, berlinCase: await coordinatorApi.markReady(board.id, submitted) };
}

test.describe('notes that may not be edited', () => {
  test.beforeEach(() => test.slow());

  test('an oncologist opens the notes of a board whose minutes are signed: the badge says why, keys change nothing, and a reload shows the same text', async ({
    openActor,
  }) => {
    const oncologist = await openActor();
    await signInAs(oncologist, berlinOncologist.email);

    // From My boards to the past board with signed minutes, and on to its first case.
    const archive = new BoardArchive(oncologist.page);
    await archive.openFromNav();
    await expect(archive.minutesOf(SEEDED_SIGNED_BOARD)).toHaveAttribute('data-status', 'signed');
    await archive
      .pastRow(SEEDED_SIGNED_BOARD)
      .getByRole('link', { name: SEEDED_SIGNED_BOARD, exact: true })
      .click();
    const board = new BoardView(oncologist.page);
    await board.expectShown(SEEDED_SIGNED_BOARD);
    await board.agendaCases.first().click();

    const notes = new NotesPanel(oncologist.page);
    await notes.expectState('connected');
    await expect(notes.readOnly).toHaveText(en.notes.readOnly.badge);
    await expect(notes.region.getByTestId('notes-readonly-why')).toHaveText(
      en.notes.readOnly.minutesSigned,
    );
    await expect(notes.editor).toHaveAttribute('contenteditable', 'false');
    await expect(notes.editor).toHaveAttribute('aria-readonly', 'true');
    const toolbar = notes.region.getByRole('toolbar', { name: en.notes.toolbar.label });
    await expect(toolbar.getByRole('button')).toHaveCount(6);
    for (const button of await toolbar.getByRole('button').all())
      await expect(button).toBeDisabled();
    const before = (await notes.editor.textContent()) ?? '';
    expect(before.trim()).not.toBe('');
    await screenshotFor(oncologist.page, 'notes-read-only-minutes-signed');

    await tryToWrite(notes, 'typed after signing');
    expect(await notes.editor.textContent()).toBe(before);
    // Nothing was typed, so nothing can have been lost.
    await expect(notes.region.getByTestId('notes-unsaved')).toHaveCount(0);

    // The server has what the page shows: a fresh load shows the same text, still read-only.
    await oncologist.page.reload();
    await notes.expectState('connected');
    await expect(notes.readOnly).toBeVisible();
    expect(await notes.editor.textContent()).toBe(before);
  });

  test('the notes wait, read-only and quietly connecting, until the server says the oncologist may edit', async ({
    openActor,
    apiAs,
  }) => {
    const suffix = uniqueSuffix();
    const { board, berlinCase } = await berlinBoardWithCase(apiAs, suffix);
    const written = `Favour lobectomy after restaging ${suffix}`;
    const typedTooEarly = `typed before the server spoke ${suffix}`;
    const writtenAfter = `Pulmonary function test first ${suffix}`;

    const oncologist = await openActor();
    const gate = await NotesWireGate.install(oncologist.page);
    await signInAs(oncologist, berlinOncologist.email);
    const notes = new NotesPanel(oncologist.page);
    await notes.openCase(board.id, berlinCase.id);
    await expect(notes.editor).toHaveAttribute('contenteditable', 'true');
    await notes.addParagraph(written);

    // Next time the document arrives, but the server's word on editing is held up on the way.
    gate.holdAccessMessages();
    await oncologist.page.reload();
    // Nothing on screen says the document has synced (by design: it stays "connecting"), so
    // this waits as long as the panel's own wait for a connection.
    await expect(notes.editor).toContainText(written, { timeout: 15_000 });
    await expect(notes.status).toHaveAttribute('data-state', 'connecting');
    await expect(notes.status).toContainText(en.notes.status.connecting);
    await expect(notes.editor).toHaveAttribute('contenteditable', 'false');
    await expect(notes.readOnly).toHaveCount(0);
    const toolbar = notes.region.getByRole('toolbar', { name: en.notes.toolbar.label });
    await expect(toolbar.getByRole('button').first()).toBeDisabled();
    await tryToWrite(notes, typedTooEarly);
    await expect(notes.editor).not.toContainText(typedTooEarly);

    // The server's "edit" arrives: the notes open for writing, and what is written is kept.
    gate.release();
    await notes.expectState('connected');
    await expect(notes.editor).toHaveAttribute('contenteditable', 'true');
    await expect(toolbar.getByRole('button').first()).toBeEnabled();
    await notes.addParagraph(writtenAfter);
    await oncologist.page.reload();
    await notes.expectState('connected');
    await expect(notes.editor).toContainText(written);
    await expect(notes.editor).toContainText(writtenAfter);
    await expect(notes.editor).not.toContainText(typedTooEarly);
  });

  test('the minutes are signed while the oncologist is typing: the words still on their way stay on screen, marked not saved, and can be copied', async ({
    openActor,
    apiAs,
  }) => {
    const suffix = uniqueSuffix();
    const { board, berlinCase } = await berlinBoardWithCase(apiAs, suffix);
    const saved = `Agreed: lobectomy after two cycles ${suffix}`;
    const onTheirWay = `Addendum: check DLCO before surgery ${suffix}`;

    // The board is held and ended; its minutes are not signed yet, so notes are still written.
    const coordinator = await openActor();
    await signInAs(coordinator, berlinCoordinator.email);
    const chair = new LiveBoardView(coordinator.page);
    await chair.openFrom(board.id);
    await chair.start();
    await chair.end();
    await expect(chair.status).toHaveText(en.live.status.ended);

    const oncologist = await openActor();
    await oncologist.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const gate = await NotesWireGate.install(oncologist.page);
    await signInAs(oncologist, berlinOncologist.email);
    const notes = new NotesPanel(oncologist.page);
    await notes.openCase(board.id, berlinCase.id);
    await expect(notes.editor).toHaveAttribute('contenteditable', 'true');
    await notes.addParagraph(saved);

    // The coordinator's draft minutes show the first paragraph: the server has it. (In a tab of
    // its own: closing the live board would end the coordinator's attendance, which changes the
    // draft under review and so refuses the signature.)
    const minutesTab = await coordinator.page.context().newPage();
    const minutes = new MinutesView(minutesTab);
    await minutes.openFromBoard(board.id);
    await expect(minutes.case(berlinCase.pseudonym)).toContainText(saved);

    // The oncologist's connection slows down: the next words are still on their way …
    gate.hold('fromPage');
    await notes.addParagraph(onTheirWay);
    // … when the coordinator signs. The oncologist hears it at once: read-only, and why.
    await minutes.signDraft();
    await expect(minutes.state).toHaveAttribute('data-state', 'signed');
    await expect(notes.readOnly).toHaveText(en.notes.readOnly.badge);
    await expect(notes.region.getByTestId('notes-readonly-why')).toHaveText(
      en.notes.readOnly.minutesSigned,
    );
    await expect(notes.editor).toHaveAttribute('contenteditable', 'false');

    // The held words reach the server, which drops them; the page finds out and says so.
    gate.release();
    const unsaved = notes.region.getByTestId('notes-unsaved');
    await expect(unsaved).toBeVisible();
    await expect(unsaved).toContainText(en.notes.unsaved.title);
    await expect(unsaved).toContainText(en.notes.unsaved.whyMinutesSigned);
    await expect(unsaved).toContainText(en.notes.unsaved.kept);
    // The words are not taken away from under the oncologist's eyes.
    await expect(notes.editor).toContainText(onTheirWay);
    await screenshotFor(oncologist.page, 'notes-unsaved-after-signing');

    await unsaved.getByRole('button', { name: en.notes.unsaved.copy }).click();
    await expect(unsaved.getByRole('status')).toHaveText(en.notes.unsaved.copied);
    const clipboard = await oncologist.page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toContain(saved);
    expect(clipboard).toContain(onTheirWay);

    // The signed minutes hold the first paragraph only. Leaving the page asks first; after a
    // reload the notes come from the server, and the words are gone, as the page warned.
    await expect(minutes.case(berlinCase.pseudonym)).toContainText(saved);
    await expect(minutes.case(berlinCase.pseudonym)).not.toContainText(onTheirWay);
    const dialogs: string[] = [];
    oncologist.page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await oncologist.page.reload();
    expect(dialogs).toEqual(['beforeunload']);
    await notes.expectState('connected');
    await expect(notes.editor).toContainText(saved);
    await expect(notes.editor).not.toContainText(onTheirWay);
    await expect(notes.region.getByTestId('notes-unsaved')).toHaveCount(0);
  });

  test('Seoul withdraws consent while Berlin has the notes open: they are taken off the screen with a neutral word', async ({
    openActor,
    apiAs,
    playwright,
    baseURL,
  }) => {
    const suffix = uniqueSuffix();
    const board = await (await apiAs(berlinCoordinator.email)).planBoard({
      title: `Joint Thoracic Board consent ${suffix}`,
      start: { local: `${upcomingWinterDay()}T08:00`, timeZone: 'Europe/Berlin' },
      institutions: ['CCCC', 'SCCC'],
      invite: [berlinOncologist, seoulOncologist],
    });
    const content = completeSeoulLungCase({
      question: `Definitive chemoradiation? (${suffix})`,
      homeReference: `SMC-${suffix}`,
    });
    const seoulCase = await (await apiAs(seoulOncologist.email)).submitCase(board.id, content);
    const discussed = `Berlin: favour definitive chemoradiation ${suffix}`;

    const berlin = await openActor();
    await signInAs(berlin, berlinOncologist.email);
    const notes = new NotesPanel(berlin.page);
    await notes.openCase(board.id, seoulCase.id);
    await notes.addParagraph(discussed);

    await withdrawConsent(
      playwright.request,
      baseURL ?? '',
      seoulOncologist.email,
      seoulCase,
      content,
    );

    // Neither "forbidden" nor "deleted": the page does not say which, and the notes and the card
    // both leave the screen.
    const takenAway = berlin.page.getByTestId('case-taken-away');
    await expect(takenAway).toHaveText(en.caseCard.takenAway);
    await expect(berlin.page.getByTestId('case-notes')).toHaveCount(0);
    await expect(berlin.page.locator('main')).not.toContainText(discussed);
    await expect(berlin.page.locator('main')).not.toContainText(seoulCase.pseudonym);
    await screenshotFor(berlin.page, 'notes-not-shared');
  });
});
