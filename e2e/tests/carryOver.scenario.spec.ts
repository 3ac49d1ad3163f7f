import {
  berlinCoordinator,
  berlinOncologist,
  seoulOncologist,
  uniqueSuffix,
  upcomingWinterDay,
} from '../fixtures/actors';
import { completeBerlinLungCase, completeSeoulLungCase } from '../fixtures/arrange';
import { BoardView } from '../fixtures/boardPages';
import { CarryOverView } from '../fixtures/carryOverPages';
import { DecisionPanel } from '../fixtures/decisionPages';
import { LiveBoardView } from '../fixtures/livePages';
import { MinutesView } from '../fixtures/minutesPages';
import { expect, screenshotFor, signInAs, test } from '../fixtures/test';
import { clinicalTexts, fillIn } from '../fixtures/texts';

const en = clinicalTexts.en;
const ko = clinicalTexts.ko;

test.describe('cases a board did not reach', () => {
  test.beforeEach(() => test.slow());

  test('ending a board with an undiscussed case carries it to the next board, where the coordinator finds it on the agenda', async ({
    openActor,
    apiAs,
  }) => {
    const suffix = uniqueSuffix();
    const day = upcomingWinterDay();
    const sourceTitle = `Thoracic board ${suffix}`;
    const nextTitle = `Thoracic board a week later ${suffix}`;
    const joint = {
      institutions: ['CCCC', 'SCCC'],
      invite: [berlinOncologist, seoulOncologist],
    };

    // Two joint Berlin–Seoul boards a week apart; each center submits a case to the first.
    const coordinatorApi = await apiAs(berlinCoordinator.email);
    const source = await coordinatorApi.planBoard({
      ...joint,
      title: sourceTitle,
      start: { local: `${day}T08:00`, timeZone: 'Europe/Berlin' },
    });
    const next = await coordinatorApi.planBoard({
      ...joint,
      title: nextTitle,
      start: { local: `${day.replace(/-10$/, '-17')}T08:00`, timeZone: 'Europe/Berlin' },
    });
    const berlinCase = await coordinatorApi.markReady(
      source.id,
      await (await apiAs(berlinOncologist.email)).submitCase(
        source.id,
        completeBerlinLungCase({
          question: `Lobectomy after induction? (${suffix})`,
          homeReference: `CH-${suffix}`,
        }),
      ),
    );
    const seoulCase = await coordinatorApi.markReady(
      source.id,
      await (await apiAs(seoulOncologist.email)).submitCase(
        source.id,
        completeSeoulLungCase({
          question: `Consolidation durvalumab? (${suffix})`,
          homeReference: `SMC-${suffix}`,
        }),
      ),
    );

    // The board runs out of time after the first case, which it defers.
    const coordinator = await openActor();
    await signInAs(coordinator, berlinCoordinator.email);
    const chair = new LiveBoardView(coordinator.page);
    await chair.openFrom(source.id);
    await chair.start();
    await expect(chair.currentCase).toHaveText(berlinCase.pseudonym);
    const decision = new DecisionPanel(coordinator.page);
    await decision.defer(`Awaiting PET-CT (${suffix})`);
    await expect(decision.status).toHaveAttribute('data-status', 'deferred');

    // Ending, the chair is told which case was not discussed and what will become of it.
    const carry = new CarryOverView(coordinator.page);
    await chair.endBoard.click();
    await expect(carry.endSummary).toContainText(
      fillIn(en.carryOver.endDialog.undiscussed_one, { count: 1, total: 2 }),
    );
    await expect(carry.endSummary.getByRole('listitem')).toHaveText([
      new RegExp(`^${seoulCase.pseudonym}`),
    ]);
    await expect(carry.endSummary).toContainText(en.carryOver.endDialog.consequence_one);
    await screenshotFor(coordinator.page, 'carry-over-1-end-dialog');
    await carry.endDialog
      .getByRole('button', { name: en.live.chair.endConfirm.confirm, exact: true })
      .click();

    // The ended page names the case not discussed and links to the minutes' draft.
    await expect(chair.status).toHaveAttribute('data-status', 'ended');
    await expect(carry.endedNotice).toContainText(
      fillIn(en.carryOver.ended.notDiscussed_one, { count: 1, cases: seoulCase.pseudonym }),
    );
    await expect(carry.minutesLink).toHaveText('Minutes (draft)');
    await screenshotFor(coordinator.page, 'carry-over-2-ended-page');
    await carry.minutesLink.click();
    await new MinutesView(coordinator.page).expectShown(source.id);
    await coordinator.page.goBack();

    // From there to the board page, where the case waits to be carried over.
    await carry.carryOverLink.click();
    await expect(coordinator.page).toHaveURL(new RegExp(`/boards/${source.id}#not-discussed$`));
    await expect(carry.row(seoulCase.id)).toContainText(en.caseStatus.not_discussed);
    const picker = await carry.openPicker(seoulCase.pseudonym);
    // Only later boards are offered: the board a week later, in the viewer's time.
    await expect(picker.getByTestId('carry-over-target').locator('option')).toHaveText([
      new RegExp(`^${nextTitle} — .*08:00$`),
    ]);
    await screenshotFor(coordinator.page, 'carry-over-3-picker');
    await carry.carryOver(picker, nextTitle);
    await expect(carry.confirmDialog).toContainText(nextTitle);
    await screenshotFor(coordinator.page, 'carry-over-4-confirm');
    await carry.confirm();

    // The board page says where it went; the deferred case stays on this board's agenda.
    await expect(carry.carriedAway).toHaveCount(1);
    await expect(carry.carriedAway).toContainText(
      `${seoulCase.pseudonym} ${en.carryOver.board.carriedTo} ${nextTitle}`,
    );
    const sourceView = new BoardView(coordinator.page);
    await expect(sourceView.agendaCases).toHaveText([berlinCase.pseudonym]);
    await screenshotFor(coordinator.page, 'carry-over-5-carried-away');

    // Following the link, the coordinator finds the case on the next board's agenda.
    await carry.carriedAway.getByRole('link', { name: nextTitle, exact: true }).click();
    const nextView = new BoardView(coordinator.page);
    await nextView.expectShown(nextTitle);
    await expect(nextView.agendaCases).toHaveText([seoulCase.pseudonym]);
    await expect(nextView.agendaRow(seoulCase.pseudonym)).toContainText(en.caseStatus.ready);
    await expect(carry.carriedIn).toContainText(
      `${seoulCase.pseudonym} ${en.carryOver.board.carriedFrom} ${sourceTitle}`,
    );
    await screenshotFor(coordinator.page, 'carry-over-6-next-board');

    // Seoul's oncologist, on a Seoul clock and in Korean, finds it there too.
    const seoul = await openActor({ timezoneId: 'Asia/Seoul' });
    await signInAs(seoul, seoulOncologist.email, { language: 'institution default' });
    await seoul.page.goto(`/boards/${next.id}`);
    const seoulView = new BoardView(seoul.page, ko);
    await expect(seoulView.agendaCases).toHaveText([seoulCase.pseudonym]);
    const seoulCarry = new CarryOverView(seoul.page, ko);
    await expect(seoulCarry.carriedIn).toContainText(ko.carryOver.board.carriedInTitle);
    await expect(seoulCarry.carriedIn).toContainText(sourceTitle);
  });
});
