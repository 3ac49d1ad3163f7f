import {
  berlinCoordinator,
  berlinObserver,
  seoulOncologist,
  uniqueSuffix,
  upcomingWinterDay,
  viennaOncologist,
} from '../fixtures/actors';
import { completeSeoulLungCase } from '../fixtures/arrange';
import { BoardPlanner, BoardView, MyBoardsPage } from '../fixtures/boardPages';
import { CaseCardPage } from '../fixtures/casePages';
import { AppShell } from '../fixtures/pages';
import { expect, signInAs, test } from '../fixtures/test';
import { clinicalTexts } from '../fixtures/texts';

const SEOUL_MACHINE = { timezoneId: 'Asia/Seoul' };

test.describe('planning a joint board across Berlin and Seoul', () => {
  test('the Berlin coordinator plans a board at an hour that suits both centers; the Seoul oncologist finds it at 16:00 on their own clock, in Korean', async ({
    openActor,
  }) => {
    const title = `Joint Thoracic Board ${uniqueSuffix()}`;
    const day = upcomingWinterDay();

    // The Berlin coordinator plans the board.
    const coordinator = await openActor();
    await signInAs(coordinator, berlinCoordinator.email);
    await new MyBoardsPage(coordinator.page).newBoard.click();
    const planner = new BoardPlanner(coordinator.page);
    await planner.expectShown();
    await planner.title.fill(title);
    await planner.date.fill(day);
    await planner.startTime.fill('14:00');
    await planner.takePart('SCCC');

    // 14:00 in Berlin is 22:00 in Seoul: the helper offers only hours inside both working days.
    const slots = planner.sharedHours.getByRole('button');
    await expect(slots).toHaveText(['08:00 Berlin · 16:00 Seoul', '09:00 Berlin · 17:00 Seoul']);
    await expect(planner.previewFor('Asia/Seoul')).toContainText('22:00–23:00');
    await planner.slot('08:00 Berlin · 16:00 Seoul').click();
    await expect(planner.startTime).toHaveValue('08:00');
    await expect(planner.timeZone).toHaveValue('Europe/Berlin');
    await expect(planner.slot('08:00 Berlin · 16:00 Seoul')).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(planner.previewFor('Europe/Berlin')).toContainText('08:00–09:00');
    await expect(planner.previewFor('Asia/Seoul')).toContainText('16:00–17:00');

    await planner.invite(seoulOncologist);
    await planner.create.click();

    const board = new BoardView(coordinator.page);
    await expect(board.notice.filter({ hasText: 'The board was created.' })).toBeVisible();
    await board.expectShown(title);
    await expect(board.startsFor('Your time')).toContainText('08:00–09:00');
    await expect(board.startsFor('CCCC · Berlin')).toContainText('08:00–09:00');
    await expect(board.startsFor('SCCC · Seoul')).toContainText('16:00–17:00');
    await expect(coordinator.page.getByRole('region', { name: /^Participants/ })).toContainText(
      seoulOncologist.name,
    );
    const boardAddress = coordinator.page.url();

    // The Seoul oncologist, on a machine in Seoul, signs in; Samsung's language is Korean.
    const seoul = await openActor(SEOUL_MACHINE);
    await signInAs(seoul, seoulOncologist.email, { language: 'institution default' });
    await expect(seoul.page.getByRole('heading', { name: '내 협진' })).toBeVisible();
    const seoulBoards = new MyBoardsPage(seoul.page);
    await expect(seoulBoards.viewerTime(title)).toContainText('16:00');
    await expect(seoulBoards.centerTimes(title)).toHaveText('08:00 Berlin · 16:00 Seoul');

    await seoulBoards.open(title);
    const seoulBoard = new BoardView(seoul.page, clinicalTexts.ko);
    await seoulBoard.expectShown(title);
    expect(seoul.page.url()).toBe(boardAddress);
    await expect(seoulBoard.startsFor('내 시간')).toContainText('Asia/Seoul');
    await expect(seoulBoard.startsFor('내 시간')).toContainText('16:00–17:00');
    await expect(seoulBoard.startsFor('SCCC · Seoul')).toContainText('16:00–17:00');
    await expect(seoulBoard.startsFor('CCCC · Berlin')).toContainText('08:00–09:00');
    await expect(seoul.page.getByRole('link', { name: '증례 제출' })).toBeVisible();
  });
});

test.describe('who sees a board', () => {
  test('the Berlin observer follows the board but cannot submit, reorder or mark cases ready', async ({
    openActor,
    apiAs,
  }) => {
    const title = `Observed Thoracic Board ${uniqueSuffix()}`;
    const planned = await (await apiAs(berlinCoordinator.email)).planBoard({
      title,
      start: { local: `${upcomingWinterDay()}T08:00`, timeZone: 'Europe/Berlin' },
      institutions: ['CCCC', 'SCCC'],
      invite: [seoulOncologist, berlinObserver],
    });
    const seoulCase = await (await apiAs(seoulOncologist.email)).submitCase(
      planned.id,
      completeSeoulLungCase({
        question: 'Surgery after induction therapy?',
        homeReference: `MRN-${uniqueSuffix()}`,
      }),
    );

    // The coordinator's view of the same board has the controls the observer must not have.
    const coordinator = await openActor();
    await signInAs(coordinator, berlinCoordinator.email);
    await new MyBoardsPage(coordinator.page).open(title);
    const coordinatorBoard = new BoardView(coordinator.page);
    await expect(coordinatorBoard.agendaCases).toHaveText([seoulCase.pseudonym]);
    await expect(coordinatorBoard.submitCase).toBeVisible();
    await expect(coordinatorBoard.reorderHandle(seoulCase.pseudonym)).toBeVisible();
    await expect(coordinatorBoard.agenda.getByRole('spinbutton')).toHaveCount(1);

    const observer = await openActor();
    await signInAs(observer, berlinObserver.email);
    await new MyBoardsPage(observer.page).open(title);
    const observerBoard = new BoardView(observer.page);
    await observerBoard.expectShown(title);
    await expect(observerBoard.agendaCases).toHaveText([seoulCase.pseudonym]);
    await expect(observerBoard.agendaRow(seoulCase.pseudonym)).toContainText('5 min');
    await expect(observerBoard.submitCase).toHaveCount(0);
    await expect(observerBoard.editBoard).toHaveCount(0);
    await expect(observerBoard.agenda.getByRole('button')).toHaveCount(0);
    await expect(observerBoard.agenda.getByRole('spinbutton')).toHaveCount(0);
    await expect(observer.page.getByText(/To reorder, drag a case/)).toHaveCount(0);

    await observerBoard.openCase(seoulCase.pseudonym);
    const card = new CaseCardPage(observer.page);
    await expect(card.pseudonym).toHaveText(seoulCase.pseudonym);
    await expect(card.card).toContainText('Surgery after induction therapy?');
    await expect(card.markReady).toHaveCount(0);
    await expect(observer.page.getByRole('link', { name: 'Edit case' })).toHaveCount(0);
  });

  test('an oncologist from a center that does not take part finds nothing at the board address', async ({
    openActor,
    apiAs,
  }) => {
    const title = `Berlin–Seoul Board ${uniqueSuffix()}`;
    const planned = await (await apiAs(berlinCoordinator.email)).planBoard({
      title,
      start: { local: `${upcomingWinterDay()}T08:00`, timeZone: 'Europe/Berlin' },
      institutions: ['CCCC', 'SCCC'],
      invite: [seoulOncologist],
    });
    const address = `/boards/${planned.id}`;

    // An invited oncologist opens the address …
    const seoul = await openActor(SEOUL_MACHINE);
    await signInAs(seoul, seoulOncologist.email);
    await seoul.page.goto(address);
    await new BoardView(seoul.page).expectShown(title);

    // … the Vienna oncologist, whose center does not take part, gets the not-found page.
    const vienna = await openActor({ timezoneId: 'Europe/Vienna' });
    await signInAs(vienna, viennaOncologist.email);
    await expect(new AppShell(vienna.page).userName).toHaveText(viennaOncologist.name);
    await expect(vienna.page.getByRole('heading', { name: 'My boards' })).toBeVisible();
    await expect(vienna.page.getByRole('link', { name: title })).toHaveCount(0);

    await vienna.page.goto(address);
    await expect(vienna.page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(vienna.page.getByText(title)).toHaveCount(0);
    await expect(vienna.page.getByTestId('agenda')).toHaveCount(0);
  });
});
