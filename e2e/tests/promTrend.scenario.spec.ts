import {
  berlinCoordinator,
  seoulOncologist,
  uniqueSuffix,
  upcomingWinterDay,
} from '../fixtures/actors';
import { completeSeoulLungCase } from '../fixtures/arrange';
import { BoardView, MyBoardsPage } from '../fixtures/boardPages';
import { CaseCardPage } from '../fixtures/casePages';
import { expect, screenshotFor, signInAs, test } from '../fixtures/test';
import { clinicalTexts } from '../fixtures/texts';

const QLQ_C30 = 'EORTC QLQ-C30';

test.describe("a case's PROM trend", () => {
  test.beforeEach(() => test.slow());

  test('shows global health status with its 10-point changes marked, and one more scale the reader chooses, in English and Korean', async ({
    openActor,
    apiAs,
  }) => {
    const suffix = uniqueSuffix();
    const title = `Joint Thoracic Board ${suffix}`;
    const board = await (await apiAs(berlinCoordinator.email)).planBoard({
      title,
      start: { local: `${upcomingWinterDay()}T08:00`, timeZone: 'Europe/Berlin' },
      institutions: ['CCCC', 'SCCC'],
      invite: [seoulOncologist],
    });
    const seoulCase = await (await apiAs(seoulOncologist.email)).submitCase(board.id, {
      ...completeSeoulLungCase({
        question: `Second-line therapy after progression? (${suffix})`,
        homeReference: `SMC-${suffix}`,
      }),
      proms: [
        // Global health status: +17 (better), then −8 (not marked).
        { instrument: QLQ_C30, scale: 'Global health status/QoL', date: '2026-06-02', score: 50 },
        { instrument: QLQ_C30, scale: 'Global health status/QoL', date: '2026-07-14', score: 66.7 },
        { instrument: QLQ_C30, scale: 'Global health status/QoL', date: '2026-09-01', score: 58.3 },
        // Fatigue is a symptom scale: a rise is worse.
        { instrument: QLQ_C30, scale: 'Fatigue', date: '2026-06-02', score: 22.2 },
        { instrument: QLQ_C30, scale: 'Fatigue', date: '2026-09-01', score: 44.4 },
        // A scale of another instrument has no known direction.
        { instrument: 'EQ-5D-5L VAS', scale: 'VAS', date: '2026-06-02', score: 60 },
        { instrument: 'EQ-5D-5L VAS', scale: 'VAS', date: '2026-09-01', score: 75 },
      ],
    });

    const coordinator = await openActor();
    await signInAs(coordinator, berlinCoordinator.email);
    await new MyBoardsPage(coordinator.page).open(title);
    await new BoardView(coordinator.page).openCase(seoulCase.pseudonym);
    const card = new CaseCardPage(coordinator.page);
    await expect(card.pseudonym).toHaveText(seoulCase.pseudonym);

    // Global health status alone at first, its +17 marked with a symbol and words, not colour.
    const trends = card.card.getByTestId('prom-trend');
    await expect(trends).toHaveCount(1);
    const globalHealth = trends.first();
    await expect(globalHealth.locator('figcaption')).toHaveText(/^Global health status\/QoL/);
    await expect(globalHealth.getByRole('listitem')).toHaveText([
      /^▲ \+16\.7 \(≥ 10 points\), better/,
    ]);
    await expect(globalHealth.getByTestId('prom-marker')).toHaveCount(1);
    // The table says it in full for screen readers; the −8.4 step is not marked.
    const rows = globalHealth.getByRole('table').getByRole('row');
    await expect(rows.nth(2).getByRole('cell').nth(2)).toContainText(
      ': +16.7 points since the previous score, better',
    );
    await expect(rows.nth(3).getByRole('cell').nth(2)).toHaveText('');

    // Fatigue, chosen from the case's other scales, shows beside it: its rise is worse.
    const scaleChoice = coordinator.page.getByLabel('Also show');
    await expect(scaleChoice.getByRole('option')).toHaveText([
      'No other scale',
      `Fatigue · ${QLQ_C30}`,
      'VAS · EQ-5D-5L VAS',
    ]);
    await scaleChoice.selectOption({ label: `Fatigue · ${QLQ_C30}` });
    await expect(trends).toHaveCount(2);
    await expect(trends.nth(1).getByRole('listitem')).toHaveText([
      /^▲ \+22\.2 \(≥ 10 points\), worse/,
    ]);
    await screenshotFor(coordinator.page, 'prom-trend-en');

    // An instrument we cannot read a direction from gets the change alone.
    await scaleChoice.selectOption({ label: 'VAS · EQ-5D-5L VAS' });
    const vasChanges = trends.nth(1).getByRole('listitem');
    await expect(vasChanges).toHaveText([/^▲ \+15 \(≥ 10 points\)Change of \+15 points/]);
    await expect(vasChanges).not.toContainText(/better|worse/);

    // The Seoul oncologist reads the scales and the marks in Korean.
    const seoul = await openActor({ timezoneId: 'Asia/Seoul' });
    await signInAs(seoul, seoulOncologist.email, { language: 'institution default' });
    await new MyBoardsPage(seoul.page).open(title);
    await new BoardView(seoul.page, clinicalTexts.ko).openCase(seoulCase.pseudonym);
    const seoulTrends = seoul.page.getByTestId('prom-trend');
    await expect(seoulTrends.first().locator('figcaption')).toHaveText(
      /^전반적 건강 상태\/삶의 질/,
    );
    await expect(seoulTrends.first().getByRole('listitem')).toHaveText([
      /^▲ \+16\.7 \(≥ 10점\), 호전/,
    ]);
    await seoul.page.getByLabel(clinicalTexts.ko.proms.alsoShow).selectOption({ index: 1 });
    await expect(seoulTrends.nth(1).locator('figcaption')).toHaveText(/^피로/);
    await expect(seoulTrends.nth(1).getByRole('listitem')).toHaveText([
      /^▲ \+22\.2 \(≥ 10점\), 악화/,
    ]);
    await screenshotFor(seoul.page, 'prom-trend-ko');
  });
});
