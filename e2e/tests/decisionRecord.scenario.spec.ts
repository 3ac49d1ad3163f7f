import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import {
  berlinCoordinator,
  berlinOncologist,
  seoulOncologist,
  uniqueSuffix,
  upcomingWinterDay,
} from '../fixtures/actors';
import { completeBerlinLungCase } from '../fixtures/arrange';
import { DecisionPanel } from '../fixtures/decisionPages';
import { LiveBoardView } from '../fixtures/livePages';
import { expect, signInAs, test } from '../fixtures/test';
import { type ClinicalTexts, clinicalTexts, fillIn } from '../fixtures/texts';

const en = clinicalTexts.en;
const ko = clinicalTexts.ko;

/** What the decision panel says about versions and the viewer's own position. */
class DecisionRecord {
  /** "Version 2:" before the counts. */
  readonly tallyVersion: Locator;
  /** The request to state one's position again, after the recommendation changed. */
  readonly restatePrompt: Locator;
  readonly needsRecommendation: Locator;
  readonly locked: Locator;
  /** Opens the reason field; `reopen` then reopens. */
  readonly reopenStart: Locator;
  readonly reopenReason: Locator;
  readonly reopen: Locator;
  readonly history: Locator;

  constructor(
    readonly decision: DecisionPanel,
    readonly texts: ClinicalTexts,
  ) {
    const { panel } = decision;
    this.tallyVersion = panel.getByTestId('tally-version');
    this.restatePrompt = panel.getByTestId('restate-prompt');
    this.needsRecommendation = panel.getByTestId('position-needs-recommendation');
    this.locked = panel.getByTestId('decision-locked');
    this.reopenStart = panel.getByTestId('reopen-start');
    this.reopenReason = panel.getByTestId('reopen-reason');
    this.reopen = panel.getByTestId('reopen-case');
    this.history = panel.getByTestId('case-history').locator('li');
  }

  /** A person's line in the tally, whichever institution they are from. */
  entryOf(name: string): Locator {
    return this.decision.tally.getByTestId('position-entry').filter({ hasText: name });
  }

  async expectCounts(agree: number, disagree: number, abstain: number): Promise<void> {
    await expect(this.decision.count('agree')).toHaveText(String(agree));
    await expect(this.decision.count('disagree')).toHaveText(String(disagree));
    await expect(this.decision.count('abstain')).toHaveText(String(abstain));
  }

  async expectCountingVersion(version: number): Promise<void> {
    await expect(this.tallyVersion).toHaveText(
      fillIn(this.texts.decision.position.countedOn, { version }),
    );
  }
}

/** Where pictures for people go (E2E_SCREENSHOTS), as screenshotFor has it; null when off. */
function shotPath(name: string): string | null {
  if (!process.env.E2E_SCREENSHOTS) return null;
  const dir =
    process.env.E2E_SCREENSHOTS_DIR ?? path.join(test.info().project.outputDir, 'screens');
  return path.join(dir, `${name}.png`);
}

/** The decision panel alone. */
async function panelShot(decision: DecisionPanel, name: string): Promise<void> {
  const file = shotPath(name);
  if (file) await decision.panel.screenshot({ path: file });
}

/** What one person has on screen right now (not the whole page). */
async function viewportShot(page: Page, name: string): Promise<void> {
  const file = shotPath(name);
  if (file) await page.screenshot({ path: file });
}

/** Counts full page loads: what people see here must arrive without one. */
function countLoads(page: Page): () => number {
  let loads = 0;
  page.on('load', () => {
    loads += 1;
  });
  return () => loads;
}

test.describe('a decision record people can defend', () => {
  // Three people on their own machines, each waiting for what the others do.
  test.beforeEach(() => test.slow());

  test('a recommendation rewritten after two positions asks both people again', async ({
    openActor,
    apiAs,
  }) => {
    const suffix = uniqueSuffix();
    const words = {
      first: `Lobektomie links mit systematischer Lymphadenektomie (${suffix})`,
      second: `Definitive Radiochemotherapie, danach Durvalumab für 12 Monate (${suffix})`,
      dissent: `수술보다 동시항암방사선치료를 권고합니다 (${suffix})`,
      reopen: `Tumorboard-Beschluss versehentlich geschlossen (${suffix})`,
    };

    const coordinatorApi = await apiAs(berlinCoordinator.email);
    const board = await coordinatorApi.planBoard({
      title: `Thoracic board, decision record ${suffix}`,
      start: { local: `${upcomingWinterDay()}T08:00`, timeZone: 'Europe/Berlin' },
      institutions: ['CCCC', 'SCCC'],
      invite: [seoulOncologist, berlinOncologist],
    });
    const berlinCase = await coordinatorApi.markReady(
      board.id,
      await (await apiAs(berlinOncologist.email)).submitCase(
        board.id,
        completeBerlinLungCase({
          question: `Surgery or chemoradiation for a stage IIIA tumour? (${suffix})`,
          homeReference: `CH-${suffix}`,
        }),
      ),
    );

    // The coordinator (English), the Seoul oncologist (Korean, on a Seoul clock) and the
    // Berlin oncologist, who presents the case, are on the live board.
    const coordinator = await openActor();
    await signInAs(coordinator, berlinCoordinator.email);
    const chair = new LiveBoardView(coordinator.page);
    await chair.openFrom(board.id);
    const seoul = await openActor({ timezoneId: 'Asia/Seoul' });
    await signInAs(seoul, seoulOncologist.email, { language: 'institution default' });
    const seoulView = new LiveBoardView(seoul.page, ko);
    await seoulView.openFrom(board.id);
    const berlin = await openActor();
    await signInAs(berlin, berlinOncologist.email);
    const berlinView = new LiveBoardView(berlin.page);
    await berlinView.openFrom(board.id);
    await chair.start();
    for (const view of [chair, seoulView, berlinView]) {
      await expect(view.currentCase).toHaveText(berlinCase.pseudonym);
    }

    const chairDecision = new DecisionPanel(coordinator.page);
    const seoulDecision = new DecisionPanel(seoul.page, ko);
    const berlinDecision = new DecisionPanel(berlin.page);
    const chairRecord = new DecisionRecord(chairDecision, en);
    const seoulRecord = new DecisionRecord(seoulDecision, ko);
    const berlinRecord = new DecisionRecord(berlinDecision, en);
    const seoulLoads = countLoads(seoul.page);
    const berlinLoads = countLoads(berlin.page);

    // No recommendation yet: nothing to take a position on, and the panel says why.
    await expect(seoulRecord.needsRecommendation).toHaveText(
      ko.decision.position.needsRecommendation,
    );
    await expect(seoulDecision.positionButton('agree')).toHaveCount(0);
    await expect(seoulDecision.tally).toHaveCount(0);
    await panelShot(seoulDecision, 'decision-1-no-recommendation-ko');

    // Version 1; Berlin agrees, Seoul disagrees with a note.
    await chairDecision.recommend(words.first);
    await expect(chairDecision.saved).toHaveText(
      fillIn(en.decision.recommendation.saved, { version: 1 }),
    );
    await expect(seoulDecision.recommendation).toContainText(words.first);
    await expect(seoulRecord.needsRecommendation).toHaveCount(0);
    await berlinDecision.state('agree');
    await seoulDecision.state('disagree', words.dissent);
    for (const record of [chairRecord, seoulRecord, berlinRecord]) {
      await record.expectCountingVersion(1);
      await record.expectCounts(1, 1, 0);
    }
    await panelShot(seoulDecision, 'decision-2-positions-on-v1-ko');

    // Seoul has gone back up to the case and its notes, the decision out of sight.
    await seoul.page.evaluate(() => window.scrollTo(0, 0));
    await expect(seoulDecision.panel).not.toBeInViewport();

    // The coordinator rewrites the recommendation: version 2.
    await chairDecision.recommend(words.second);
    await expect(chairDecision.saved).toHaveText(
      fillIn(en.decision.recommendation.saved, { version: 2 }),
    );

    // Both are asked, where they are and without reloading, to state their position again;
    // their positions on version 1 stay listed but count for nothing.
    const asked = [
      { record: seoulRecord, texts: ko, position: ko.decision.position.disagree },
      { record: berlinRecord, texts: en, position: en.decision.position.agree },
    ];
    for (const { record, texts, position } of asked) {
      await expect(record.restatePrompt).toBeVisible();
      await expect(record.restatePrompt).toContainText(texts.decision.position.restateTitle);
      await expect(record.restatePrompt).toContainText(
        fillIn(texts.decision.position.restate, { position, stated: 1, version: 2 }),
      );
      await record.expectCountingVersion(2);
      await record.expectCounts(0, 0, 0);
      await expect(record.entryOf(seoulOncologist.name)).toContainText(
        fillIn(texts.decision.position.onOlder, { version: 1 }),
      );
      await expect(record.entryOf(berlinOncologist.name)).toHaveAttribute('data-counted', 'false');
      // Nothing is shown as chosen on version 2 yet.
      await expect(record.decision.positionButton('agree')).toHaveAttribute(
        'aria-pressed',
        'false',
      );
      await expect(record.decision.positionButton('disagree')).toHaveAttribute(
        'aria-pressed',
        'false',
      );
    }
    await expect(seoulDecision.recommendation).toContainText(words.second);
    // The coordinator stated no position: nobody asks them anything.
    await expect(chairRecord.restatePrompt).toHaveCount(0);
    await chairRecord.expectCounts(0, 0, 0);
    expect(seoulLoads()).toBe(0);
    expect(berlinLoads()).toBe(0);
    // Seoul, reading the notes, is reminded in the corner of the screen and follows the link.
    const reminder = seoul.page.getByTestId('restate-reminder');
    await expect(reminder).toBeVisible();
    await expect(reminder).toContainText(ko.decision.position.restateTitle);
    await viewportShot(seoul.page, 'decision-3-reminder-ko');
    await reminder.getByRole('link', { name: ko.decision.position.restateLink }).click();
    await expect(seoulDecision.positionButton('agree')).toBeInViewport();
    await expect(reminder).toHaveCount(0);
    await panelShot(seoulDecision, 'decision-3-asked-again-ko');
    await panelShot(berlinDecision, 'decision-3-asked-again-en');

    // Berlin restates: counted on version 2, no longer asked; Seoul still is, until it restates.
    await berlinDecision.state('agree');
    await expect(berlinRecord.restatePrompt).toHaveCount(0);
    await chairRecord.expectCounts(1, 0, 0);
    await expect(seoulRecord.restatePrompt).toBeVisible();
    await expect(seoulRecord.entryOf(berlinOncologist.name)).toHaveAttribute(
      'data-counted',
      'true',
    );
    // Seoul's note on version 1 argued against it; it is not carried over to version 2 unasked.
    await expect(seoulDecision.positionNote).toHaveValue('');
    await seoulDecision.positionButton('agree').click();
    await expect(seoulDecision.positionButton('agree')).toHaveAttribute('aria-pressed', 'true');
    await expect(seoulRecord.restatePrompt).toHaveCount(0);
    await expect(seoulRecord.entryOf(seoulOncologist.name)).not.toContainText(words.dissent);
    for (const record of [chairRecord, seoulRecord, berlinRecord]) {
      await record.expectCountingVersion(2);
      await record.expectCounts(2, 0, 0);
    }
    await panelShot(seoulDecision, 'decision-4-restated-ko');

    // Closed as decided: the close buttons go, everything is locked, the coordinator may reopen.
    await chairDecision.closeAsDecided.click();
    await expect(chairDecision.status).toHaveAttribute('data-status', 'decided');
    await expect(chairDecision.closeAsDecided).toHaveCount(0);
    await expect(chairDecision.closeAsDeferred).toHaveCount(0);
    await expect(chairDecision.recommendationForm).toHaveCount(0);
    await expect(chairRecord.locked).toHaveText(en.decision.locked);
    await expect(seoulRecord.locked).toHaveText(ko.decision.locked);
    await expect(seoulDecision.positionButton('agree')).toHaveCount(0);
    await expect(seoulRecord.reopenStart).toHaveCount(0);
    await panelShot(chairDecision, 'decision-5-closed-en-coordinator');

    // Reopening needs a reason; given one, the case is open again and its history says so.
    await chairRecord.reopenStart.click();
    await expect(chairRecord.reopenReason).toBeFocused();
    await chairRecord.reopen.click();
    await expect(chairDecision.panel.getByText(en.decision.errors.reopenReason)).toBeVisible();
    await expect(chairDecision.status).toHaveAttribute('data-status', 'decided');
    await chairRecord.reopenReason.fill(words.reopen);
    await chairRecord.reopen.click();
    await expect(chairDecision.status).toHaveAttribute('data-status', 'ready');
    await expect(chairDecision.closeAsDecided).toBeVisible();
    await expect(seoulDecision.status).toHaveAttribute('data-status', 'ready');
    await expect(seoulDecision.positionButton('agree')).toHaveAttribute('aria-pressed', 'true');
    for (const record of [chairRecord, seoulRecord]) {
      await expect(record.history).toHaveCount(2);
      await expect(record.history.nth(0)).toContainText(
        fillIn(record.texts.decision.history.closed, {
          outcome: record.texts.caseStatus.decided,
        }),
      );
      await expect(record.history.nth(1)).toContainText(record.texts.decision.history.reopened);
      await expect(record.history.nth(1)).toContainText(berlinCoordinator.name);
      await expect(record.history.nth(1)).toContainText(words.reopen);
    }
    await panelShot(seoulDecision, 'decision-6-reopened-ko');
    expect(seoulLoads()).toBe(0);
  });
});
