import {
  berlinCoordinator,
  berlinObserver,
  berlinOncologist,
  seoulOncologist,
  uniqueSuffix,
  upcomingWinterDay,
  viennaOncologist,
} from '../fixtures/actors';
import { berlinCaseWithoutConsent, completeSeoulLungCase } from '../fixtures/arrange';
import { LiveBoardView } from '../fixtures/livePages';
import { expect, screenshotFor, signInAs, test } from '../fixtures/test';
import { clinicalTexts, fillIn } from '../fixtures/texts';

const SEOUL_MACHINE = { timezoneId: 'Asia/Seoul' };
const en = clinicalTexts.en.live;
const ko = clinicalTexts.ko.live;

test.describe('discussing a joint board live', () => {
  // Three people on their own machines, following one another's actions.
  test.beforeEach(() => test.slow());

  test('the Berlin coordinator runs the board; Seoul (in Korean) and a Berlin observer follow presence, cases, timer and hands until it ends', async ({
    openActor,
    apiAs,
  }) => {
    const suffix = uniqueSuffix();
    const title = `Joint Thoracic Board live ${suffix}`;
    const coordinatorApi = await apiAs(berlinCoordinator.email);
    const board = await coordinatorApi.planBoard({
      title,
      start: { local: `${upcomingWinterDay()}T08:00`, timeZone: 'Europe/Berlin' },
      institutions: ['CCCC', 'SCCC'],
      invite: [seoulOncologist, berlinObserver, berlinOncologist],
    });
    const seoulApi = await apiAs(seoulOncologist.email);
    const firstCase = await seoulApi.submitCase(
      board.id,
      completeSeoulLungCase({
        question: `Neoadjuvant chemo-immunotherapy? (${suffix})`,
        homeReference: `SMC-A-${suffix}`,
      }),
    );
    const secondCase = await seoulApi.submitCase(
      board.id,
      completeSeoulLungCase({
        question: `Consolidation durvalumab after chemoradiation? (${suffix})`,
        homeReference: `SMC-B-${suffix}`,
      }),
    );
    // A Berlin case without consent to share: Seoul must never see it, even when it is live.
    const berlinOnlyCase = await (await apiAs(berlinOncologist.email)).submitCase(
      board.id,
      berlinCaseWithoutConsent({ question: `Lobectomy at 67 with COPD? (${suffix})` }),
    );

    // The coordinator opens the live board: a lobby, with only themselves present.
    const coordinator = await openActor();
    await signInAs(coordinator, berlinCoordinator.email);
    const chair = new LiveBoardView(coordinator.page);
    await chair.openFrom(board.id);
    await expect(chair.status).toHaveText(en.status.scheduled);
    await expect(chair.times).toContainText('08:00–09:00 Berlin · 16:00–17:00 Seoul');
    await expect(chair.presentFrom('CCCC')).toHaveText([berlinCoordinator.name]);

    // The Seoul oncologist joins from Seoul, in Korean; the observer joins from Berlin.
    const seoul = await openActor(SEOUL_MACHINE);
    await signInAs(seoul, seoulOncologist.email, { language: 'institution default' });
    const seoulView = new LiveBoardView(seoul.page, clinicalTexts.ko);
    await seoulView.openFrom(board.id);
    await expect(seoulView.status).toHaveText(ko.status.scheduled);
    await expect(seoulView.times).toContainText('16:00–17:00 Seoul');

    const observer = await openActor();
    await signInAs(observer, berlinObserver.email);
    const observerView = new LiveBoardView(observer.page);
    await observerView.openFrom(board.id);

    // Everyone sees who is here, grouped by institution.
    for (const view of [chair, seoulView, observerView]) {
      await expect(view.presentFrom('CCCC')).toHaveText([
        berlinCoordinator.name,
        berlinObserver.name,
      ]);
      await expect(view.presentFrom('SCCC')).toHaveText([seoulOncologist.name]);
    }
    await expect(seoulView.presenceGroup('SCCC')).toContainText(
      fillIn(ko.presence.groupCount_other, { count: 1 }),
    );
    await expect(chair.presenceGroup('CCCC')).toContainText(
      fillIn(en.presence.groupCount_other, { count: 2 }),
    );

    // The coordinator starts the board; everyone is on the first case.
    await chair.start();
    await expect(chair.status).toHaveText(en.status.live);
    await expect(seoulView.status).toHaveText(ko.status.live);
    await expect(observerView.status).toHaveText(en.status.live);
    for (const view of [chair, seoulView, observerView]) {
      await expect(view.currentCase).toHaveText(firstCase.pseudonym);
    }
    await expect(seoulView.caseCard).toContainText(`Neoadjuvant chemo-immunotherapy? (${suffix})`);

    // The coordinator moves to the second case; the others follow.
    await chair.discussNow(secondCase.pseudonym).click();
    await expect(seoulView.currentCase).toHaveText(secondCase.pseudonym);
    await expect(observerView.currentCase).toHaveText(secondCase.pseudonym);
    await expect(seoulView.caseCard).toContainText(
      `Consolidation durvalumab after chemoradiation? (${suffix})`,
    );

    // The observer looks back at the first case on their own, and is shown the way back.
    await observerView.view(firstCase.pseudonym).click();
    await expect(observerView.caseCard).toContainText(
      `Neoadjuvant chemo-immunotherapy? (${suffix})`,
    );
    await expect(observerView.followBanner).toContainText(
      fillIn(en.case.liveIs, { case: secondCase.pseudonym }),
    );
    await observerView.returnToLive.click();
    await expect(observerView.followBanner).toBeHidden();
    await expect(observerView.caseCard).toContainText(
      `Consolidation durvalumab after chemoradiation? (${suffix})`,
    );

    // The timer runs: Seoul's reading goes down on its own clock.
    await chair.startTimer.click();
    await expect(seoulView.timerState).toContainText(ko.timer.running);
    await expect(seoulView.timerClock).toHaveText(/^\d{2}:\d{2}$/);
    const firstReading = await seoulView.timerSeconds();
    await expect.poll(() => seoulView.timerSeconds()).toBeLessThan(firstReading);
    // +1 minute reaches everyone: 5 allotted minutes become 6.
    await chair.extendTimer(1).click();
    await expect(observerView.timerState).toContainText(fillIn(en.timer.allotted, { minutes: 6 }));
    await expect.poll(() => observerView.timerSeconds()).toBeGreaterThan(5 * 60);

    // Seoul raises a hand; the coordinator sees it in the queue, with Seoul's code.
    await seoulView.raiseHand.click();
    await expect(seoulView.lowerHand).toBeVisible();
    await expect(chair.raisedHands).toHaveCount(1);
    await expect(chair.raisedHands.first()).toContainText(seoulOncologist.name);
    await expect(chair.raisedHands.first()).toContainText('SCCC');

    // The observer sees the queue but has no controls at all.
    await expect(observerView.raisedHands).toHaveCount(1);
    await expect(observerView.raisedHands.first()).toContainText(seoulOncologist.name);
    await expect(observer.page.getByText(en.observer)).toBeVisible();
    for (const control of [
      observerView.raiseHand,
      observerView.callOn(seoulOncologist.name),
      observerView.startTimer,
      observerView.pauseTimer,
      observerView.extendTimer(1),
      observerView.endBoard,
      observerView.nextCase,
      observerView.discussNow(firstCase.pseudonym),
    ]) {
      await expect(control).toHaveCount(0);
    }
    await expect(seoulView.callOn(seoulOncologist.name)).toHaveCount(0);
    await expect(seoulView.endBoard).toHaveCount(0);

    await screenshotFor(coordinator.page, 'issue4-live-en-coordinator');
    await screenshotFor(seoul.page, 'issue4-live-ko-seoul');

    // The coordinator calls on Seoul: the hand leaves the queue and Seoul has the floor.
    await chair.callOn(seoulOncologist.name).click();
    await expect(seoulView.speaker).toHaveText(ko.hands.speakingYou);
    await expect(chair.speaker).toHaveText(
      fillIn(en.hands.speaking, { name: seoulOncologist.name }),
    );
    await expect(observerView.raisedHands).toHaveCount(0);
    await expect(seoulView.raiseHand).toBeVisible();

    // Seoul's connection drops: Seoul is told it is reconnecting, and the others see Seoul so.
    await seoul.page.context().setOffline(true);
    await expect(seoulView.reconnecting).toContainText(ko.connection.banner);
    await expect(seoulView.connection).toContainText(ko.connection.reconnecting);
    await expect(chair.presenceGroup('SCCC').getByTestId('presence-entry')).toHaveAttribute(
      'data-status',
      'reconnecting',
    );
    await expect(chair.presenceGroup('SCCC')).toContainText(en.presence.reconnecting);

    // Meanwhile the coordinator moves to the Berlin-only case; Berlin sees it, marked home-only.
    await chair.discussNow(berlinOnlyCase.pseudonym).click();
    await expect(observerView.currentCase).toHaveText(berlinOnlyCase.pseudonym);
    await expect(observerView.homeOnly).toContainText(en.case.homeOnly);

    // Back online, Seoul rejoins, catches up, and is told the case is not shared with them.
    await seoul.page.context().setOffline(false);
    await expect(seoulView.connection).toContainText(ko.connection.online);
    await expect(seoulView.reconnecting).toBeHidden();
    await expect(chair.presenceGroup('SCCC').getByTestId('presence-entry')).toHaveAttribute(
      'data-status',
      'online',
    );
    await expect(seoulView.currentCase).toHaveText(ko.case.notSharedName);
    await expect(seoulView.notShared).toContainText(ko.case.notShared);
    await expect(seoulView.caseCard).toHaveCount(0);
    await expect(seoul.page.locator('body')).not.toContainText(berlinOnlyCase.pseudonym);
    await expect(seoulView.agenda.getByRole('listitem')).toHaveCount(2);

    // The coordinator ends the board; everyone sees it ended and the controls are gone.
    await chair.end();
    await expect(chair.status).toHaveText(en.status.ended);
    await expect(seoulView.status).toHaveText(ko.status.ended);
    await expect(observerView.status).toHaveText(en.status.ended);
    await expect(seoulView.currentCase).toHaveText(ko.case.ended);
    await expect(seoulView.raiseHand).toHaveCount(0);
    await expect(chair.startTimer).toHaveCount(0);
    await screenshotFor(seoul.page, 'issue4-live-ko-ended');
  });

  test('the coordinator starts the board from its page and names a co-chair who runs the timer; a late case reaches everyone; a clinician taken off the board is sent away; an outsider finds nothing', async ({
    openActor,
    apiAs,
  }) => {
    const suffix = uniqueSuffix();
    const start = { local: `${upcomingWinterDay()}T08:00`, timeZone: 'Europe/Berlin' };
    const coordinatorApi = await apiAs(berlinCoordinator.email);
    const board = await coordinatorApi.planBoard({
      title: `Joint Thoracic Board co-chair ${suffix}`,
      start,
      institutions: ['CCCC', 'SCCC'],
      invite: [berlinOncologist, seoulOncologist, berlinObserver],
    });
    const seoulApi = await apiAs(seoulOncologist.email);
    const onlyCase = await seoulApi.submitCase(
      board.id,
      completeSeoulLungCase({
        question: `Second opinion on N2 disease? (${suffix})`,
        homeReference: `SMC-${suffix}`,
      }),
    );

    // "Start board" on the board page takes the coordinator to the live board, started once
    // they confirm starting ahead of the scheduled time.
    const coordinator = await openActor();
    await signInAs(coordinator, berlinCoordinator.email);
    await coordinator.page.goto(`/boards/${board.id}`);
    await coordinator.page.getByRole('link', { name: en.start, exact: true }).click();
    const chair = new LiveBoardView(coordinator.page);
    await chair.confirmEarlyStart();
    await expect(chair.status).toHaveText(en.status.live);
    await expect(chair.currentCase).toHaveText(onlyCase.pseudonym);
    // A reload does not start anything again, it just shows the live board.
    await coordinator.page.reload();
    await expect(chair.status).toHaveText(en.status.live);
    await expect(chair.commandError).toHaveCount(0);

    // A clinician may raise a hand but not run the board …
    const oncologist = await openActor();
    await signInAs(oncologist, berlinOncologist.email);
    const clinicianView = new LiveBoardView(oncologist.page);
    await clinicianView.openFrom(board.id);
    await expect(clinicianView.raiseHand).toBeVisible();
    await expect(clinicianView.startTimer).toHaveCount(0);
    await expect(clinicianView.endBoard).toHaveCount(0);

    // … until the coordinator names them co-chair (observers are not offered).
    const picker = coordinator.page.getByLabel(en.chair.coChairPick, { exact: true });
    await expect(picker.locator('option').filter({ hasText: berlinObserver.name })).toHaveCount(0);
    await chair.nameCoChair(berlinOncologist.name);
    await expect(clinicianView.presenceTags(berlinOncologist.name)).toContainText([
      en.presence.you,
      en.presence.coChair,
    ]);
    await clinicianView.startTimer.click();
    await expect(chair.timerState).toContainText(en.timer.running);
    await expect(clinicianView.pauseTimer).toBeVisible();
    // Naming co-chairs stays with the coordinators.
    await expect(oncologist.page.getByRole('region', { name: en.chair.coChairs })).toHaveCount(0);

    // A case submitted during the board reaches everyone's agenda.
    const lateCase = await seoulApi.submitCase(
      board.id,
      completeSeoulLungCase({
        question: `Late addition: re-biopsy? (${suffix})`,
        homeReference: `SMC-late-${suffix}`,
      }),
    );
    await expect(clinicianView.agenda.getByRole('listitem')).toHaveCount(2);
    await expect(chair.discussNow(lateCase.pseudonym)).toBeVisible();

    // The coordinator takes the clinician off the board: they leave the live board, told why.
    const invited = board.participants
      .filter((person) => person.name !== berlinOncologist.name)
      .map((person) => person.id);
    await coordinatorApi.setParticipants(board, start, invited);
    await expect(oncologist.page).toHaveURL(/\/$/);
    await expect(
      oncologist.page.getByRole('status').filter({ hasText: 'You no longer have access' }),
    ).toBeVisible();
    await expect(chair.presentFrom('CCCC')).toHaveText([berlinCoordinator.name]);

    // Someone from an institution not taking part finds nothing at the live address.
    const vienna = await openActor();
    await signInAs(vienna, viennaOncologist.email);
    await vienna.page.goto(`/boards/${board.id}/live`);
    await expect(vienna.page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(vienna.page.getByTestId('live-status')).toHaveCount(0);
  });
});
