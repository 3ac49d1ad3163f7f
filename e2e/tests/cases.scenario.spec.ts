import {
  type Actor,
  berlinCoordinator,
  berlinOncologist,
  seoulOncologist,
  uniqueSuffix,
  upcomingWinterDay,
} from '../fixtures/actors';
import { completeSeoulLungCase, type KonsilApi } from '../fixtures/arrange';
import { BoardView, MyBoardsPage } from '../fixtures/boardPages';
import { CaseCardPage, CaseFormPage } from '../fixtures/casePages';
import { expect, screenshotFor, signInAs, test } from '../fixtures/test';
import { clinicalTexts } from '../fixtures/texts';

const SEOUL_MACHINE = { timezoneId: 'Asia/Seoul' };

/** A Berlin-hosted board with Seoul taking part, 08:00 Berlin on a winter day. */
function planJointBoard(coordinatorApi: KonsilApi, title: string, invite: Actor[]) {
  return coordinatorApi.planBoard({
    title,
    start: { local: `${upcomingWinterDay()}T08:00`, timeZone: 'Europe/Berlin' },
    institutions: ['CCCC', 'SCCC'],
    invite,
  });
}

test.describe('preparing cases for a joint board', () => {
  // Each journey has three people on their own machines, filling in forms: more than the default.
  test.beforeEach(() => test.slow());

  test('the Seoul oncologist submits a structured case in Korean; the Berlin coordinator finds it on the agenda without the Seoul record number', async ({
    openActor,
    apiAs,
  }) => {
    const suffix = uniqueSuffix();
    const title = `Joint Thoracic Board ${suffix}`;
    const recordNumber = `SMC-${suffix}`;
    const question = `Neoadjuvant chemo-immunotherapy or definitive chemoradiation? (${suffix})`;
    await planJointBoard(await apiAs(berlinCoordinator.email), title, [seoulOncologist]);

    // The Berlin coordinator has the empty board open.
    const coordinator = await openActor();
    await signInAs(coordinator, berlinCoordinator.email);
    await new MyBoardsPage(coordinator.page).open(title);
    const berlinBoard = new BoardView(coordinator.page);
    await berlinBoard.expectShown(title);
    await expect(coordinator.page.getByText('No cases have been submitted yet.')).toBeVisible();

    // The Seoul oncologist opens the board from their list and starts a case, in Korean.
    const seoul = await openActor(SEOUL_MACHINE);
    await signInAs(seoul, seoulOncologist.email, { language: 'institution default' });
    const seoulBoards = new MyBoardsPage(seoul.page);
    await expect(seoulBoards.viewerTime(title)).toContainText('16:00');
    await seoulBoards.open(title);
    const seoulBoard = new BoardView(seoul.page, clinicalTexts.ko);
    await expect(seoulBoard.startsFor('내 시간')).toContainText('16:00–17:00');
    await seoulBoard.submitCase.click();

    const form = new CaseFormPage(seoul.page, clinicalTexts.ko);
    await expect(seoul.page.getByRole('heading', { level: 1, name: '증례 제출' })).toBeVisible();
    await expect(seoul.page.getByLabel('코드 체계')).toHaveValue('KCD');
    await form.diagnosisCode.fill('C34,1');
    await form.diagnosisText.fill('상엽, 기관지 또는 폐의 악성 신생물');
    // A lung code brings the 9th TNM edition and its lung categories (N2a/N2b).
    await expect(form.edition).toHaveValue('9');
    await form.stage({ t: 'T2a', n: 'N2b', m: 'M0' });
    await form.chooseEcog(1);
    await form.addBiomarkers([
      { name: 'PD-L1 TPS', result: '60 %' },
      { name: 'EGFR', result: 'wild type' },
      { name: 'ALK', result: 'negative' },
    ]);
    await form.question.fill(question);
    await form.consent.check();
    await form.homeReference.fill(recordNumber);
    await form.submit.click();

    // "C34,1" is not an ICD-10 code: the form says so at the field and sends nothing.
    await expect(form.diagnosisCode).toHaveAttribute('aria-invalid', 'true');
    await expect(form.diagnosisCode).toHaveAccessibleDescription(
      'C34.1과 같은 ICD-10 코드를 입력해 주세요.',
    );
    await expect(form.diagnosisCode).toBeFocused();
    await expect(seoul.page).toHaveURL(/\/cases\/new$/);

    await form.diagnosisCode.fill('C34.1');
    await form.submit.click();

    const seoulCard = new CaseCardPage(seoul.page, clinicalTexts.ko);
    await expect(
      seoul.page.getByRole('status').filter({ hasText: '증례를 협진 회의에 제출했습니다.' }),
    ).toBeVisible();
    await expect(seoulCard.pseudonym).toHaveText(/^SCCC-[2-9A-HJKMNP-Z]{5}$/);
    const pseudonym = (await seoulCard.pseudonym.textContent()) ?? '';
    await expect(seoulCard.status('submitted')).toBeVisible();
    await expect(seoulCard.card).toContainText('C34.1');
    await expect(seoulCard.card).toContainText('cT2a cN2b cM0');
    await expect(seoulCard.card).toContainText('PD-L1 TPS');
    await expect(seoulCard.card).toContainText(question);
    // At home in Seoul the record number is there, for the treating team.
    await expect(seoulCard.homeReferenceLabel).toBeVisible();
    await expect(seoulCard.card).toContainText(recordNumber);

    // In Berlin the case is on the agenda, ready, and the Seoul record number is nowhere.
    await coordinator.page.reload();
    await expect(berlinBoard.agendaCases).toHaveText([pseudonym]);
    const row = berlinBoard.agendaRow(pseudonym);
    await expect(row).toContainText('SCCC');
    await expect(row).toContainText(seoulOncologist.name);
    await expect(row.getByTestId('readiness-ready')).toBeVisible();
    await expect(coordinator.page.locator('body')).not.toContainText(recordNumber);
    await expect(coordinator.page.getByText(/Home reference/)).toHaveCount(0);

    await berlinBoard.openCase(pseudonym);
    const berlinCard = new CaseCardPage(coordinator.page);
    await expect(berlinCard.pseudonym).toHaveText(pseudonym);
    await expect(berlinCard.card).toContainText(question);
    await expect(berlinCard.card).toContainText('cT2a cN2b cM0');
    await expect(berlinCard.homeReferenceLabel).toHaveCount(0);
    await expect(coordinator.page.locator('body')).not.toContainText(recordNumber);

    // The coordinator marks it ready, and Seoul sees that.
    await berlinCard.markReady.click();
    await expect(
      coordinator.page.getByRole('status').filter({ hasText: 'The case is ready for the board.' }),
    ).toBeVisible();
    await expect(berlinCard.status('ready')).toBeVisible();
    await seoul.page.reload();
    await expect(seoulCard.status('ready')).toBeVisible();
    await expect(seoulCard.status('ready')).toHaveText('준비 완료');
  });

  test('an incomplete case is refused "ready" with what is missing; the coordinator reorders the agenda by keyboard and everyone sees the new order', async ({
    openActor,
    apiAs,
  }) => {
    const suffix = uniqueSuffix();
    const title = `Joint Thoracic Board ${suffix}`;
    const board = await planJointBoard(await apiAs(berlinCoordinator.email), title, [
      seoulOncologist,
      berlinOncologist,
    ]);
    const seoulCase = await (await apiAs(seoulOncologist.email)).submitCase(
      board.id,
      completeSeoulLungCase({
        question: `Consolidation durvalumab after chemoradiation? (${suffix})`,
        homeReference: `SMC-${suffix}`,
      }),
    );

    // The coordinator's Berlin colleague submits a case but leaves out the ECOG status.
    const colleague = await openActor();
    await signInAs(colleague, berlinOncologist.email);
    await new MyBoardsPage(colleague.page).open(title);
    await new BoardView(colleague.page).submitCase.click();
    const form = new CaseFormPage(colleague.page);
    await form.expectShown();
    await form.diagnosisCode.fill('C34.3');
    await form.diagnosisText.fill('Malignant neoplasm of lower lobe, bronchus or lung');
    await form.stage({ t: 'T1c', n: 'N0', m: 'M0' });
    await form.question.fill(`Lobectomy or stereotactic radiotherapy? (${suffix})`);
    await form.consent.check();
    const readinessPanel = colleague.page.getByRole('complementary');
    await expect(readinessPanel.getByTestId('readiness-missing').getByRole('listitem')).toHaveText([
      'ECOG performance status',
    ]);
    await form.submit.click();
    const colleagueCard = new CaseCardPage(colleague.page);
    await expect(colleagueCard.status('submitted')).toBeVisible();
    await expect(colleagueCard.pseudonym).toHaveText(/^CCCC-[2-9A-HJKMNP-Z]{5}$/);
    const berlinPseudonym = (await colleagueCard.pseudonym.textContent()) ?? '';

    // The coordinator sees both cases, in the order they came in, and what the Berlin one lacks.
    const coordinator = await openActor();
    await signInAs(coordinator, berlinCoordinator.email);
    await new MyBoardsPage(coordinator.page).open(title);
    const agenda = new BoardView(coordinator.page);
    await expect(agenda.agendaCases).toHaveText([seoulCase.pseudonym, berlinPseudonym]);
    await expect(agenda.missingFor(berlinPseudonym)).toHaveText(['ECOG']);
    await expect(
      agenda.agendaRow(seoulCase.pseudonym).getByTestId('readiness-ready'),
    ).toBeVisible();

    // Marking it ready is refused, naming exactly what is missing; it stays submitted.
    await agenda.openCase(berlinPseudonym);
    const card = new CaseCardPage(coordinator.page);
    await card.markReady.click();
    await expect(card.notReady).toContainText('The case cannot be marked ready yet. Missing:');
    await expect(card.notReady.getByRole('listitem')).toHaveText(['ECOG performance status']);
    await expect(card.status('submitted')).toBeVisible();
    await coordinator.page.reload();
    await expect(card.status('submitted')).toBeVisible();
    await expect(card.status('ready')).toHaveCount(0);

    // With the keyboard only: focus the Berlin case's handle, pick it up, move it up, drop it.
    await card.backToBoard.click();
    const handle = agenda.reorderHandle(berlinPseudonym);
    await handle.focus();
    await coordinator.page.keyboard.press('Space');
    await expect(handle).toHaveAttribute('aria-pressed', 'true');
    await expect(agenda.announcement).toContainText(
      `${berlinPseudonym} picked up, position 2 of 2.`,
    );
    await coordinator.page.keyboard.press('ArrowUp');
    await expect(agenda.agendaCases).toHaveText([berlinPseudonym, seoulCase.pseudonym]);
    await expect(handle).toBeFocused();
    await coordinator.page.keyboard.press('Space');
    await expect(handle).toHaveAttribute('aria-pressed', 'false');
    await expect(agenda.announcement).toContainText(
      `${berlinPseudonym} dropped at position 1 of 2.`,
    );
    await agenda.saveAgenda.click();
    await expect(agenda.notice.filter({ hasText: 'The agenda was saved.' })).toBeVisible();

    await coordinator.page.reload();
    await expect(agenda.agendaCases).toHaveText([berlinPseudonym, seoulCase.pseudonym]);
    await expect(agenda.saveAgenda).toHaveCount(0);
    await screenshotFor(coordinator.page, 'board-agenda-en');

    // The Seoul oncologist, in Korean, sees the same order.
    const seoul = await openActor(SEOUL_MACHINE);
    await signInAs(seoul, seoulOncologist.email, { language: 'institution default' });
    await new MyBoardsPage(seoul.page).open(title);
    const seoulAgenda = new BoardView(seoul.page, clinicalTexts.ko);
    await expect(seoulAgenda.agendaCases).toHaveText([berlinPseudonym, seoulCase.pseudonym]);
    await expect(seoulAgenda.missingFor(berlinPseudonym)).toHaveText(['ECOG']);
    await screenshotFor(seoul.page, 'board-agenda-ko');

    await seoulAgenda.openCase(seoulCase.pseudonym);
    await expect(new CaseCardPage(seoul.page, clinicalTexts.ko).pseudonym).toHaveText(
      seoulCase.pseudonym,
    );
    await screenshotFor(seoul.page, 'case-card-ko');
    await agenda.openCase(seoulCase.pseudonym);
    await expect(card.pseudonym).toHaveText(seoulCase.pseudonym);
    await screenshotFor(coordinator.page, 'case-card-en');
  });
});
