import { berlinCoordinator, berlinOncologist } from '../fixtures/actors';
import { AnalyticsPage, csvHeader } from '../fixtures/analyticsPages';
import { expectNoAxeViolations } from '../fixtures/axe';
import { expect, screenshotFor, signInAs, test } from '../fixtures/test';

const CASES_PER_BOARD = 'Cases per board';
const PARTICIPATION = 'Participation by institution';
const CHARITE = /^Charité Comprehensive Cancer Center$/;
const SAMSUNG = /^Samsung Comprehensive Cancer Center$/;

/** The number in a table row's cell (the row header is not a cell). */
async function cellNumber(row: ReturnType<AnalyticsPage['row']>, column: number): Promise<number> {
  const text = (await row.getByRole('cell').nth(column).textContent()) ?? '';
  return Number(text.replace(/\D/g, ''));
}

test.describe('board analytics', () => {
  test('a coordinator reads the figures of the ended boards, narrows them to one institution, keeps that view on reload, downloads a figure as CSV and sees a period without boards said plainly', async ({
    openActor,
  }) => {
    const coordinator = await openActor();
    // The style policy allows no inline styles; the plots must draw without tripping it.
    const policyViolations: string[] = [];
    coordinator.page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
    });
    await signInAs(coordinator, berlinCoordinator.email);
    await coordinator.page.getByRole('navigation').getByRole('link', { name: 'Analytics' }).click();
    const analytics = new AnalyticsPage(coordinator.page);
    await analytics.expectShown();

    // The seeded joint thoracic board ended with decided cases from Berlin and Seoul.
    for (const title of [
      CASES_PER_BOARD,
      'Cases per month',
      'Decisions by intent',
      'How cases ended',
      PARTICIPATION,
    ]) {
      await expect(analytics.plot(title)).toBeVisible();
      await expect(analytics.table(title)).toBeVisible();
      await expect(analytics.csvLink(title)).toBeVisible();
    }
    await expect(analytics.plot(CASES_PER_BOARD)).toHaveAccessibleDescription(
      /· Joint Thoracic Tumor Board: Discussed \d+, Decided \d+, and Not reached \d+/,
    );
    await expect(analytics.row(PARTICIPATION, CHARITE)).toBeVisible();
    await expect(analytics.row(PARTICIPATION, SAMSUNG)).toBeVisible();
    const allDiscussed = await cellNumber(analytics.row(CASES_PER_BOARD, 'All'), 0);
    await screenshotFor(coordinator.page, 'analytics-en');
    await expectNoAxeViolations(coordinator.page, 'analytics');

    // Only Seoul's side: Seoul's cases and Seoul's attendees.
    await analytics.filterByInstitution('Samsung Comprehensive Cancer Center (SCCC)');
    await expect(coordinator.page).toHaveURL(/\/analytics\?institution=SCCC$/);
    await expect(analytics.row(PARTICIPATION, CHARITE)).toHaveCount(0);
    await expect(analytics.row(PARTICIPATION, SAMSUNG)).toBeVisible();
    const seoulDiscussed = await cellNumber(analytics.row(CASES_PER_BOARD, 'All'), 0);
    expect(seoulDiscussed).toBeGreaterThan(0);
    expect(seoulDiscussed).toBeLessThan(allDiscussed);

    // The view lives in the address: a reload (or a shared link) shows the same figures.
    await coordinator.page.reload();
    await analytics.expectShown();
    await expect(analytics.institution).toHaveValue('SCCC');
    await expect(analytics.row(PARTICIPATION, SAMSUNG)).toBeVisible();
    await expect(analytics.row(PARTICIPATION, CHARITE)).toHaveCount(0);

    // The CSV holds what the table shows, with the same filter.
    const csv = await analytics.downloadCsv(PARTICIPATION);
    expect(csv.name).toMatch(/\.csv$/);
    expect(csvHeader(csv.text)).toEqual(['institution', 'name', 'people', 'attendances']);
    const rows = csv.text.trim().split(/\r?\n/).slice(1);
    expect(rows.length).toBe(1);
    expect(rows[0]).toMatch(/^SCCC,Samsung Comprehensive Cancer Center,\d+,\d+$/);

    // A period with no ended board says so, and offers the way back.
    await analytics.from.fill('2099-01-01');
    await analytics.showFigures.click();
    await expect(coordinator.page).toHaveURL(/[?&]from=2099-01-01/);
    await expect(analytics.emptyState).toBeVisible();
    await expect(analytics.plot(CASES_PER_BOARD)).toHaveCount(0);
    await expectNoAxeViolations(coordinator.page, 'analytics, nothing matches');
    await analytics.clearFilters.click();
    await expect(coordinator.page).toHaveURL(/\/analytics$/);
    await expect(analytics.row(PARTICIPATION, CHARITE)).toBeVisible();

    expect(policyViolations).toEqual([]);
  });

  test('a clinician has no analytics: no link in the navigation, the forbidden page at /analytics and a refusal from the API', async ({
    openActor,
  }) => {
    const clinician = await openActor();
    await signInAs(clinician, berlinOncologist.email);
    const navigation = clinician.page.getByRole('navigation');
    await expect(navigation.getByRole('link', { name: 'My boards' })).toBeVisible();
    await expect(navigation.getByRole('link', { name: 'Analytics' })).toHaveCount(0);

    await clinician.page.goto('/analytics');
    await expect(clinician.page.getByRole('heading', { name: 'Not available' })).toBeVisible();
    await expect(new AnalyticsPage(clinician.page).heading).toHaveCount(0);

    const refused = await clinician.page.request.get('/api/analytics');
    expect(refused.status()).toBe(403);
  });
});
