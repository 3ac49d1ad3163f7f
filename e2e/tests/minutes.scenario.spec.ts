import type { Page } from '@playwright/test';
import {
  berlinCoordinator,
  berlinOncologist,
  seoulOncologist,
  uniqueSuffix,
  upcomingWinterDay,
} from '../fixtures/actors';
import { completeBerlinLungCase, completeSeoulLungCase } from '../fixtures/arrange';
import { DecisionPanel } from '../fixtures/decisionPages';
import { LiveBoardView } from '../fixtures/livePages';
import { BoardArchive, MinutesView, SearchView } from '../fixtures/minutesPages';
import { expect, screenshotFor, signInAs, test } from '../fixtures/test';
import { clinicalTexts, fillIn, minutesTexts } from '../fixtures/texts';

const SEOUL_MACHINE = { timezoneId: 'Asia/Seoul' };
const en = clinicalTexts.en;
const ko = clinicalTexts.ko;
/** Markup someone might paste into a text field: it must stay text wherever it is shown. */
const HOSTILE = '<img src=x onerror=alert(1)>';

/** Collects every alert, confirm or prompt a page opens: none may open in this journey. */
function watchForDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on('dialog', (dialog) => {
    opened.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return opened;
}

test.describe('deciding, signing and keeping the minutes', () => {
  // Three people on their own machines, each waiting for what the others do.
  test.beforeEach(() => test.slow());

  test('the board decides one case with a Seoul dissent and defers another; the Berlin coordinator signs the minutes, and Seoul (in Korean) finds, reads and downloads the same signed minutes', async ({
    openActor,
    apiAs,
  }) => {
    const suffix = uniqueSuffix();
    const title = `Joint Thoracic Board minutes ${suffix}`;
    const words = {
      recommendation: `Neoadjuvante Chemoimmuntherapie über drei Zyklen, danach Lobektomie; Lungenfunktion vorher prüfen. ${HOSTILE} (${suffix})`,
      dissent: `흉부외과 재검토 후 동시항암방사선치료를 권고합니다 (${suffix})`,
      deferral: `Awaiting PET-CT and EBUS staging (${suffix})`,
      summary: `Two cases: one decided with a dissent from Seoul, one deferred for staging (${suffix}).`,
    };
    /** A Korean word of the dissent note, as Seoul would search for it. */
    const searchWord = '흉부외과';

    // The coordinator plans a joint board; each center submits a consented case, and the
    // coordinator marks both ready.
    const coordinatorApi = await apiAs(berlinCoordinator.email);
    const board = await coordinatorApi.planBoard({
      title,
      start: { local: `${upcomingWinterDay()}T08:00`, timeZone: 'Europe/Berlin' },
      institutions: ['CCCC', 'SCCC'],
      invite: [seoulOncologist, berlinOncologist],
    });
    const berlinCase = await coordinatorApi.markReady(
      board.id,
      await (await apiAs(berlinOncologist.email)).submitCase(
        board.id,
        completeBerlinLungCase({
          question: `Neoadjuvant chemo-immunotherapy before lobectomy? (${suffix})`,
          homeReference: `CH-${suffix}`,
        }),
      ),
    );
    const seoulCase = await coordinatorApi.markReady(
      board.id,
      await (await apiAs(seoulOncologist.email)).submitCase(
        board.id,
        completeSeoulLungCase({
          question: `Consolidation durvalumab after chemoradiation? (${suffix})`,
          homeReference: `SMC-${suffix}`,
        }),
      ),
    );

    // The coordinator (English), the Seoul oncologist (Korean, on a Seoul clock) and the Berlin
    // oncologist open the live board.
    const coordinator = await openActor();
    const coordinatorDialogs = watchForDialogs(coordinator.page);
    await signInAs(coordinator, berlinCoordinator.email);
    const chair = new LiveBoardView(coordinator.page);
    await chair.openFrom(board.id);

    const seoul = await openActor(SEOUL_MACHINE);
    const seoulDialogs = watchForDialogs(seoul.page);
    await signInAs(seoul, seoulOncologist.email, { language: 'institution default' });
    const seoulView = new LiveBoardView(seoul.page, ko);
    await seoulView.openFrom(board.id);

    const berlin = await openActor();
    const berlinDialogs = watchForDialogs(berlin.page);
    await signInAs(berlin, berlinOncologist.email);
    const berlinView = new LiveBoardView(berlin.page);
    await berlinView.openFrom(board.id);

    // The coordinator starts the board: everyone is on the Berlin case, ready for a decision.
    await chair.start();
    for (const view of [chair, seoulView, berlinView]) {
      await expect(view.currentCase).toHaveText(berlinCase.pseudonym);
    }
    const chairDecision = new DecisionPanel(coordinator.page);
    const seoulDecision = new DecisionPanel(seoul.page, ko);
    const berlinDecision = new DecisionPanel(berlin.page);
    await expect(chairDecision.status).toHaveAttribute('data-status', 'ready');
    await expect(seoulDecision.recommendation).toHaveText(ko.decision.recommendation.none);
    let seoulPageLoads = 0;
    seoul.page.on('load', () => {
      seoulPageLoads += 1;
    });

    // The coordinator records the recommendation; Seoul reads it without reloading, and the
    // Berlin oncologist, who submitted and so presents the case, finds it in the form they may
    // also edit.
    await chairDecision.recommend(words.recommendation);
    await expect(chairDecision.saved).toHaveText(
      fillIn(en.decision.recommendation.saved, { version: 1 }),
    );
    await expect(seoulDecision.recommendation).toContainText(words.recommendation);
    expect(seoulPageLoads).toBe(0);
    await expect(seoulDecision.recommendationForm).toHaveCount(0);
    await expect(berlinDecision.recommendationText).toHaveValue(words.recommendation);

    // Seoul disagrees and says why, in Korean; the Berlin oncologist agrees.
    await seoulDecision.state('disagree', words.dissent);
    await berlinDecision.state('agree');

    // Everyone sees one agreement and one dissent, by institution, with the dissent's words.
    const tallies = [
      { decision: chairDecision, texts: en },
      { decision: seoulDecision, texts: ko },
      { decision: berlinDecision, texts: en },
    ];
    for (const { decision, texts } of tallies) {
      await expect(decision.count('agree')).toHaveText('1');
      await expect(decision.count('disagree')).toHaveText('1');
      await expect(decision.count('abstain')).toHaveText('0');
      await expect(decision.tally.locator('.code-badge')).toHaveText(['CCCC', 'SCCC']);
      await expect(decision.positionsFrom('CCCC')).toHaveCount(1);
      await expect(decision.positionsFrom('CCCC')).toContainText(berlinOncologist.name);
      await expect(decision.positionsFrom('CCCC')).toContainText(texts.decision.position.agree);
      await expect(decision.positionsFrom('SCCC')).toHaveCount(1);
      await expect(decision.positionsFrom('SCCC')).toContainText(seoulOncologist.name);
      await expect(decision.positionsFrom('SCCC')).toContainText(texts.decision.position.disagree);
      await expect(decision.positionsFrom('SCCC')).toContainText(words.dissent);
    }
    await expect(seoulDecision.positionsFrom('SCCC')).toContainText(ko.decision.position.you);
    // The pasted markup stayed text on every screen.
    for (const page of [coordinator.page, seoul.page, berlin.page]) {
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
    }
    await screenshotFor(coordinator.page, 'issue6-decide-en-coordinator');
    await screenshotFor(seoul.page, 'issue6-decide-ko-seoul');

    // The coordinator closes the case as decided; Seoul sees it closed.
    await chairDecision.closeAsDecided.click();
    await expect(chairDecision.status).toHaveAttribute('data-status', 'decided');
    await expect(seoulDecision.status).toHaveAttribute('data-status', 'decided');
    await expect(seoulDecision.status).toContainText(ko.caseStatus.decided);

    // On to the Seoul case, which the coordinator defers with a reason; then the board ends.
    await chair.discussNow(seoulCase.pseudonym).click();
    for (const view of [chair, seoulView, berlinView]) {
      await expect(view.currentCase).toHaveText(seoulCase.pseudonym);
    }
    await expect(chairDecision.status).toHaveAttribute('data-status', 'ready');
    await chairDecision.defer(words.deferral);
    await expect(chairDecision.status).toHaveAttribute('data-status', 'deferred');
    await expect(seoulDecision.status).toContainText(ko.caseStatus.deferred);
    await expect(seoulDecision.status).toContainText(words.deferral);
    await chair.end();
    await expect(chair.status).toHaveText(en.live.status.ended);
    await expect(seoulView.status).toHaveText(ko.live.status.ended);

    // The coordinator opens the draft minutes from the board's page: both cases, the
    // recommendation word for word, the dissent and the deferral.
    const minutes = new MinutesView(coordinator.page);
    await minutes.openFromBoard(board.id);
    await expect(minutes.state).toHaveAttribute('data-state', 'draft');
    await expect(minutes.state).toContainText(minutesTexts.en.state.draft);
    await expect(minutes.cases).toHaveCount(2);
    const decided = minutes.case(berlinCase.pseudonym);
    await expect(decided.getByTestId('minutes-case-status')).toHaveText(en.caseStatus.decided);
    await expect(decided.getByText(words.recommendation, { exact: true })).toBeVisible();
    await expect(decided).toContainText(words.dissent);
    await expect(decided.getByTestId('minutes-tally')).toContainText(
      `${en.decision.position.disagree}: 1`,
    );
    const deferred = minutes.case(seoulCase.pseudonym);
    await expect(deferred.getByTestId('minutes-case-status')).toHaveText(en.caseStatus.deferred);
    await expect(deferred).toContainText(
      fillIn(minutesTexts.en.cases.reason, { reason: words.deferral }),
    );
    await expect(coordinator.page.locator('img[src="x"]')).toHaveCount(0);
    await screenshotFor(coordinator.page, 'issue6-minutes-en-draft');

    // A summary, then signing (confirmed in a dialog): signed, with the content's SHA-256.
    await minutes.writeSummary(words.summary);
    await minutes.signDraft();
    await expect(minutes.state).toHaveAttribute('data-state', 'signed');
    await expect(minutes.state).toHaveAttribute('data-version', '1');
    await expect(minutes.notice).toContainText(fillIn(minutesTexts.en.sign.signed, { version: 1 }));
    await expect(minutes.state).toContainText(
      fillIn(minutesTexts.en.state.signedBy, {
        name: berlinCoordinator.name,
        institution: berlinCoordinator.institutionName,
      }),
    );
    await expect(minutes.hash).toHaveText(/^[0-9a-f]{64}$/);
    const hash = (await minutes.hash.textContent()) ?? '';
    await expect(minutes.summary).toContainText(words.summary);
    await expect(minutes.sign).toHaveCount(0);

    // Seoul finds the board among its past boards, with its minutes signed, and opens them.
    const archive = new BoardArchive(seoul.page, 'ko');
    await archive.openFromNav();
    await expect(archive.minutesOf(title)).toHaveAttribute('data-status', 'signed');
    await expect(archive.upcoming).not.toContainText(title);
    await archive.signedMinutesLink(title, 1).click();
    const seoulMinutes = new MinutesView(seoul.page, 'ko');
    await seoulMinutes.expectShown(board.id);
    await expect(seoulMinutes.state).toHaveAttribute('data-state', 'signed');
    await expect(seoulMinutes.state).toContainText(
      fillIn(minutesTexts.ko.state.signed, { version: 1 }),
    );
    await expect(seoulMinutes.hash).toHaveText(hash);
    await expect(seoulMinutes.summary).toContainText(words.summary);
    await expect(seoulMinutes.case(berlinCase.pseudonym)).toContainText(words.dissent);
    await expect(
      seoulMinutes.case(berlinCase.pseudonym).getByText(words.recommendation, { exact: true }),
    ).toBeVisible();
    // A clinician reads; signing and amending are the coordinators'.
    await expect(seoulMinutes.sign).toHaveCount(0);
    await expect(seoulMinutes.amend).toHaveCount(0);
    await screenshotFor(seoul.page, 'issue6-minutes-ko-signed');

    // The PDF of the signed version downloads, fonts for Hangul and umlauts embedded (its text
    // is checked by the server's tests).
    await expect(seoulMinutes.pdf).toHaveText(fillIn(minutesTexts.ko.pdf.download, { version: 1 }));
    const pdf = await seoulMinutes.downloadPdf();
    expect(pdf.download.suggestedFilename()).toMatch(/-v1\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.bytes.length).toBeGreaterThan(20_000);

    // Seoul searches a Korean word of its own dissent and is led to these minutes.
    const search = new SearchView(seoul.page, 'ko');
    await search.openFromNav();
    await search.searchFor(searchWord);
    const found = search.minutesResult(title);
    await expect(found).toHaveCount(1);
    await expect(found.locator('mark').first()).toBeVisible();
    await expect(found).toContainText(searchWord);
    await screenshotFor(seoul.page, 'issue6-search-ko');
    await found
      .getByRole('link', { name: fillIn(minutesTexts.ko.search.minutesOf, { title }) })
      .click();
    await seoulMinutes.expectShown(board.id);
    await expect(seoulMinutes.hash).toHaveText(hash);

    // No one's page ever opened an alert: the markup was never run.
    expect([...coordinatorDialogs, ...seoulDialogs, ...berlinDialogs]).toEqual([]);
  });
});
