import {
  berlinAdmin,
  berlinCoordinator,
  berlinOncologist,
  seoulOncologist,
  uniqueSuffix,
  upcomingWinterDay,
} from '../fixtures/actors';
import { AnalyticsPage } from '../fixtures/analyticsPages';
import { completeBerlinLungCase, completeSeoulLungCase } from '../fixtures/arrange';
import { axeViolations, expectNoAxeViolations } from '../fixtures/axe';
import { BoardPlanner, BoardView, MyBoardsPage } from '../fixtures/boardPages';
import { CaseCardPage, CaseFormPage } from '../fixtures/casePages';
import { CertificateCheck } from '../fixtures/certificatePages';
import { DecisionPanel } from '../fixtures/decisionPages';
import { FhirImportView, SAMPLE_BUNDLE_PATH } from '../fixtures/fhirImportPages';
import { LiveBoardView } from '../fixtures/livePages';
import { BoardArchive, MinutesView, SearchView } from '../fixtures/minutesPages';
import { NotesPanel } from '../fixtures/notesPages';
import { AuditTrailPage, ChangePasswordPage, UsersAdminPage } from '../fixtures/pages';
import { expect, type Fixtures, screenshotFor, signInAs, test } from '../fixtures/test';
import { clinicalTexts, fillIn, minutesTexts } from '../fixtures/texts';

const en = clinicalTexts.en;
const ko = clinicalTexts.ko;

/** A joint Berlin–Seoul board with one ready case from each center, planned over the API. */
async function jointBoardWithCases(apiAs: Fixtures['apiAs'], name: string) {
  const suffix = uniqueSuffix();
  const coordinatorApi = await apiAs(berlinCoordinator.email);
  const board = await coordinatorApi.planBoard({
    title: `Accessible ${name} board ${suffix}`,
    start: { local: `${upcomingWinterDay()}T08:00`, timeZone: 'Europe/Berlin' },
    institutions: ['CCCC', 'SCCC'],
    invite: [seoulOncologist, berlinOncologist],
  });
  const berlinCase = await coordinatorApi.markReady(
    board.id,
    await (await apiAs(berlinOncologist.email)).submitCase(
      board.id,
      completeBerlinLungCase({
        question: `Lobectomy after neoadjuvant therapy? (${suffix})`,
        homeReference: `CH-${suffix}`,
      }),
    ),
  );
  const seoulCase = await coordinatorApi.markReady(
    board.id,
    await (await apiAs(seoulOncologist.email)).submitCase(
      board.id,
      completeSeoulLungCase({
        question: `Consolidation durvalumab? (${suffix})`,
        homeReference: `SMC-${suffix}`,
      }),
    ),
  );
  return { suffix, board, berlinCase, seoulCase };
}

/** The notes beside a case have synced and show their formatting toolbar. */
async function expectNotesLoaded(notes: NotesPanel): Promise<void> {
  await notes.expectState('connected');
  await expect(notes.editor).toBeVisible();
  const toolbar = notes.region.getByRole('toolbar', { name: notes.texts.notes.toolbar.label });
  await expect(toolbar).toBeVisible();
}

test.describe('every page passes axe (WCAG 2.1 A and AA, and best practices)', () => {
  test('the check itself finds the faults it is meant to find', async ({ page }) => {
    // A page with one fault per rule this suite relies on; if axe's set-up lost a rule (the
    // name/label rule is off by default), every other journey here would pass for nothing.
    await page.setContent(`<!doctype html><html lang="en"><head><title>Faults</title></head>
      <body><header><p>Site</p></header><main><h1>Page</h1><h3>Skipped a level</h3>
      <button type="button" aria-label="Close the dialog">Save</button>
      <div style="overflow:auto;width:100px"><p style="white-space:nowrap">A line too long for its box</p></div>
      <p style="color:#aaa;background:#fff">Faint text</p></main>
      <p>Outside every landmark</p></body></html>`);
    const found = (await axeViolations(page, 'a page built with faults')).map(
      (violation) => violation.id,
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'heading-order',
        'label-content-name-mismatch',
        'scrollable-region-focusable',
        'color-contrast',
        'region',
      ]),
    );
  });

  test('the sign-in page, blank and refusing a wrong password', async ({ openActor }) => {
    const visitor = await openActor();
    await visitor.login.goto();
    await expectNoAxeViolations(visitor.page, 'sign-in');

    await visitor.login.signIn(berlinCoordinator.email, 'not-the-password');
    await expect(visitor.login.error).toBeVisible();
    await expectNoAxeViolations(visitor.page, 'sign-in, wrong password');

    await visitor.login.chooseLanguage('ko');
    await expectNoAxeViolations(visitor.page, 'sign-in, in Korean');
  });

  test('planning: my boards, a new board, a board with its FHIR import, a case, its edit form and search', async ({
    openActor,
    apiAs,
  }) => {
    test.slow();
    const { board, berlinCase } = await jointBoardWithCases(apiAs, 'planning');

    const coordinator = await openActor();
    await signInAs(coordinator, berlinCoordinator.email);
    const myBoards = new MyBoardsPage(coordinator.page);
    await expect(myBoards.row(board.title)).toBeVisible();
    await expectNoAxeViolations(coordinator.page, 'my boards');

    await myBoards.newBoard.click();
    const planner = new BoardPlanner(coordinator.page);
    await planner.expectShown();
    await expectNoAxeViolations(coordinator.page, 'new board, blank');
    await planner.title.fill('Joint board being planned');
    await planner.takePart('SCCC');
    await expect(planner.sharedHours).toBeVisible();
    await expect(planner.preview).toBeVisible();
    await expectNoAxeViolations(coordinator.page, 'new board, two centers chosen');
    await screenshotFor(coordinator.page, 'a11y-new-board');

    await coordinator.page.goto(`/boards/${board.id}`);
    const boardView = new BoardView(coordinator.page);
    await boardView.expectShown(board.title);
    await expect(boardView.agendaRow(berlinCase.pseudonym)).toBeVisible();
    await expectNoAxeViolations(coordinator.page, 'board');

    await boardView.editBoard.click();
    await expect(planner.title).toHaveValue(board.title);
    await expectNoAxeViolations(coordinator.page, 'board edit');

    await coordinator.page.goto(`/search?q=${encodeURIComponent(berlinCase.pseudonym)}`);
    const search = new SearchView(coordinator.page);
    await expect(search.results.first()).toBeVisible();
    await expectNoAxeViolations(coordinator.page, 'search, with results');

    // The clinician who submitted the case reads it with its notes, and edits it.
    const clinician = await openActor();
    await signInAs(clinician, berlinOncologist.email);
    const notes = new NotesPanel(clinician.page);
    await notes.openCase(board.id, berlinCase.id);
    await expectNotesLoaded(notes);
    const card = new CaseCardPage(clinician.page);
    await expect(card.pseudonym).toHaveText(berlinCase.pseudonym);
    await expectNoAxeViolations(clinician.page, 'case card with notes');

    await clinician.page.getByRole('link', { name: en.caseCard.actions.edit }).click();
    await expect(clinician.page).toHaveURL(/\/edit$/);
    await expect(
      clinician.page.getByRole('heading', {
        level: 1,
        name: fillIn(en.caseForm.editTitle, { pseudonym: berlinCase.pseudonym }),
      }),
    ).toBeVisible();
    await expectNoAxeViolations(clinician.page, 'case edit');
    await screenshotFor(clinician.page, 'a11y-case-edit');

    // The board page's FHIR import, with the preview of a Berlin bundle.
    await clinician.page.goto(`/boards/${board.id}`);
    const fhirImport = new FhirImportView(clinician.page);
    await fhirImport.choose(SAMPLE_BUNDLE_PATH);
    await expect(fhirImport.preview).toBeVisible();
    await expectNoAxeViolations(clinician.page, 'board, FHIR import preview');

    await clinician.page.goto(`/boards/${board.id}/cases/new`);
    await new CaseFormPage(clinician.page).expectShown();
    await expectNoAxeViolations(clinician.page, 'new case');

    await clinician.page.goto('/no-such-page');
    await expect(clinician.page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expectNoAxeViolations(clinician.page, 'page not found');
  });

  test('administration: users, the audit trail and changing a password', async ({ openActor }) => {
    const admin = await openActor();
    await signInAs(admin, berlinAdmin.email);
    const users = new UsersAdminPage(admin.page);
    await users.goto();
    await expect(users.row(berlinAdmin.email)).toBeVisible();
    await expectNoAxeViolations(admin.page, 'admin users');

    const audit = new AuditTrailPage(admin.page);
    await audit.goto();
    await expect(audit.table.locator('tbody tr').first()).toBeVisible();
    await expectNoAxeViolations(admin.page, 'audit trail');
    await audit.verifyChain();
    await expect(audit.verifyResult).toBeVisible();
    await expectNoAxeViolations(admin.page, 'audit trail, chain verified');

    // On a narrow window wide tables scroll sideways; a keyboard must reach what they hide.
    await admin.page.setViewportSize({ width: 720, height: 800 });
    await expect(audit.table).toBeVisible();
    await expectNoAxeViolations(admin.page, 'audit trail, narrow window');
    await users.goto();
    await expectNoAxeViolations(admin.page, 'admin users, narrow window');

    await admin.page.goto('/password');
    await new ChangePasswordPage(admin.page).expectShown();
    await expectNoAxeViolations(admin.page, 'change password');
  });

  test('analytics with its plots, and the public certificate check', async ({ openActor }) => {
    const coordinator = await openActor();
    await signInAs(coordinator, berlinCoordinator.email);
    await coordinator.page.getByRole('navigation').getByRole('link', { name: 'Analytics' }).click();
    const analytics = new AnalyticsPage(coordinator.page);
    await analytics.expectShown();
    // The seeded boards that ended give every figure something to draw.
    await expect(analytics.plot('Cases per board')).toBeVisible();
    await expect(analytics.table('Cases per board')).toBeVisible();
    await expectNoAxeViolations(coordinator.page, 'analytics');
    await screenshotFor(coordinator.page, 'a11y-analytics');
    await coordinator.page.setViewportSize({ width: 720, height: 800 });
    await expect(analytics.table('Cases per board')).toBeVisible();
    await expectNoAxeViolations(coordinator.page, 'analytics, narrow window');

    // Whoever holds a certificate checks it without an account.
    const visitor = await openActor();
    const check = new CertificateCheck(visitor.page);
    await check.open();
    await expectNoAxeViolations(visitor.page, 'certificate check');
    await check.check('7K3M-Q9TX-2HWD');
    await expect(check.notFound).toBeVisible();
    await expectNoAxeViolations(visitor.page, 'certificate check, code not found');
  });

  test('the live board running and ended, its minutes as draft, signed and amended, the versions compared, and the board afterwards', async ({
    openActor,
    apiAs,
  }) => {
    test.slow();
    const { suffix, board, berlinCase, seoulCase } = await jointBoardWithCases(apiAs, 'live');

    const coordinator = await openActor();
    await signInAs(coordinator, berlinCoordinator.email);
    const chair = new LiveBoardView(coordinator.page);
    await chair.openFrom(board.id);
    await expectNoAxeViolations(coordinator.page, 'live board, not started');
    await chair.startBoard.click();
    await expect(chair.startEarlyDialog).toBeVisible();
    await expectNoAxeViolations(coordinator.page, 'live board, asked to start early');
    await chair.confirmEarlyStart();
    await expect(chair.currentCase).toHaveText(berlinCase.pseudonym);
    await expectNotesLoaded(new NotesPanel(coordinator.page));
    const decision = new DecisionPanel(coordinator.page);
    await expect(decision.recommendationForm).toBeVisible();
    await expectNoAxeViolations(coordinator.page, 'live board, running, as its chair');
    await screenshotFor(coordinator.page, 'a11y-live-chair');
    await coordinator.page.setViewportSize({ width: 720, height: 800 });
    await expectNoAxeViolations(coordinator.page, 'live board, running, narrow window');
    await coordinator.page.setViewportSize({ width: 1280, height: 800 });

    // A participant in Seoul sees the same board in Korean, without the chair's controls.
    const clinician = await openActor({ timezoneId: 'Asia/Seoul' });
    await signInAs(clinician, seoulOncologist.email, { language: 'institution default' });
    const participant = new LiveBoardView(clinician.page, ko);
    await participant.openFrom(board.id);
    await expect(participant.currentCase).toHaveText(berlinCase.pseudonym);
    await expectNotesLoaded(new NotesPanel(clinician.page, ko));
    await expect(participant.view(seoulCase.pseudonym)).toBeVisible();
    await expectNoAxeViolations(clinician.page, 'live board, running, as a participant in Korean');
    await screenshotFor(clinician.page, 'a11y-live-participant-ko');
    await participant.view(seoulCase.pseudonym).click();
    await expect(participant.followBanner).toBeVisible();
    await expectNoAxeViolations(
      clinician.page,
      'live board, a participant looking at another case',
    );
    await participant.returnToLive.click();
    await expect(participant.followBanner).toBeHidden();

    // The board decides one case and defers the other, then ends.
    await participant.raiseHand.click();
    await expect(chair.raisedHands).toHaveCount(1);
    await expectNoAxeViolations(coordinator.page, 'live board, a hand raised');
    await decision.recommend(`Lobectomy with systematic lymph node dissection (${suffix})`);
    await expect(decision.saved).toBeVisible();
    const participantDecision = new DecisionPanel(clinician.page, ko);
    await participantDecision.state('agree', 'Agreed after the PET-CT');
    await expect(decision.count('agree')).toHaveText('1');
    await expectNoAxeViolations(clinician.page, 'live board, a position stated');
    await expectNoAxeViolations(coordinator.page, 'live board, positions counted');
    await decision.closeAsDecided.click();
    await expect(decision.status).toHaveAttribute('data-status', 'decided');
    await expectNoAxeViolations(coordinator.page, 'live board, case decided');
    await chair.discussNow(seoulCase.pseudonym).click();
    await expect(chair.currentCase).toHaveText(seoulCase.pseudonym);
    await decision.defer(`Awaiting PET-CT (${suffix})`);
    await expect(decision.status).toHaveAttribute('data-status', 'deferred');
    await chair.endBoard.click();
    await expect(coordinator.page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(coordinator.page, 'live board, asked to end');
    await coordinator.page
      .getByRole('dialog')
      .getByRole('button', { name: en.live.chair.endConfirm.confirm, exact: true })
      .click();
    await expect(chair.status).toHaveText(en.live.status.ended);
    await expectNoAxeViolations(coordinator.page, 'live board, ended');

    // The minutes: a draft, signed, then amended, and the two versions compared.
    const minutes = new MinutesView(coordinator.page);
    await minutes.openFromBoard(board.id);
    await expect(minutes.state).toHaveAttribute('data-state', 'draft');
    await expect(minutes.cases).toHaveCount(2);
    await expectNoAxeViolations(coordinator.page, 'minutes, draft');
    await minutes.writeSummary(`One case decided, one deferred for staging (${suffix}).`);
    await minutes.sign.click();
    const signDialog = coordinator.page.getByRole('dialog', {
      name: minutesTexts.en.sign.confirmTitle,
    });
    await expect(signDialog).toBeVisible();
    await expectNoAxeViolations(coordinator.page, 'minutes, asked to sign');
    await signDialog
      .getByRole('button', { name: minutesTexts.en.sign.confirm, exact: true })
      .click();
    await expect(minutes.state).toHaveAttribute('data-state', 'signed');
    await expectNoAxeViolations(coordinator.page, 'minutes, signed');

    const amendTexts = minutesTexts.en.amend;
    await minutes.amend.click();
    const amendSummary = coordinator.page.getByLabel(amendTexts.summary, { exact: true });
    await expect(amendSummary).toBeVisible();
    await expectNoAxeViolations(coordinator.page, 'minutes, amending');
    await amendSummary.fill(`One case decided, one deferred for PET-CT staging (${suffix}).`);
    await coordinator.page.getByTestId('amend-reason').fill('Staging named precisely');
    await coordinator.page.getByTestId('amend-submit').click();
    await expect(minutes.state).toHaveAttribute('data-version', '2');
    await coordinator.page.getByTestId('minutes-compare').click();
    await expect(coordinator.page.getByTestId('minutes-diff')).toContainText('PET-CT');
    await expectNoAxeViolations(coordinator.page, 'minutes, versions compared');
    await screenshotFor(coordinator.page, 'a11y-minutes-diff');
    await coordinator.page.setViewportSize({ width: 720, height: 800 });
    await expectNoAxeViolations(coordinator.page, 'minutes, versions compared, narrow window');
    await coordinator.page.setViewportSize({ width: 1280, height: 800 });

    // Search finds the signed minutes among the cases.
    const search = new SearchView(coordinator.page);
    await search.openFromNav();
    await search.searchFor(suffix);
    await expect(search.results.first()).toBeVisible();
    await expectNoAxeViolations(coordinator.page, 'search, signed minutes found');

    // Afterwards: the board among the past ones with its minutes, the ended board, a decided case.
    const archive = new BoardArchive(coordinator.page);
    await archive.openFromNav();
    await expect(archive.minutesOf(board.title)).toHaveAttribute('data-status', 'signed');
    await expectNoAxeViolations(coordinator.page, 'my boards, with a past board');
    await coordinator.page.goto(`/boards/${board.id}`);
    await expect(coordinator.page.getByTestId('board-minutes-link')).toBeVisible();
    await expectNoAxeViolations(coordinator.page, 'board, ended');
    await coordinator.page.goto(`/boards/${board.id}/cases/${berlinCase.id}`);
    await expect(new CaseCardPage(coordinator.page).status('decided')).toBeVisible();
    await expectNoAxeViolations(coordinator.page, 'case card, decided');
  });
});
