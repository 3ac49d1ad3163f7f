import { berlinCoordinator, uniqueSuffix, upcomingWinterDay } from '../fixtures/actors';
import { LiveBoardView } from '../fixtures/livePages';
import { expect, screenshotFor, signInAs, test } from '../fixtures/test';
import { clinicalTexts } from '../fixtures/texts';

const SEOUL_COORDINATOR = 'coordinator.seoul@konsil.test';
const en = clinicalTexts.en.live;

test('a Seoul coordinator starting a Berlin board a week early is asked first, with the start on both clocks', async ({
  openActor,
  apiAs,
}) => {
  const title = `Joint Thoracic Board early ${uniqueSuffix()}`;
  const board = await (await apiAs(berlinCoordinator.email)).planBoard({
    title,
    start: { local: `${upcomingWinterDay()}T08:00`, timeZone: 'Europe/Berlin' },
    institutions: ['CCCC', 'SCCC'],
    invite: [],
  });

  const seoul = await openActor({ timezoneId: 'Asia/Seoul' });
  await signInAs(seoul, SEOUL_COORDINATOR);
  const chair = new LiveBoardView(seoul.page);

  // "Start board" on the board page leads to the live board, which asks before starting.
  await seoul.page.goto(`/boards/${board.id}`);
  await seoul.page.getByRole('link', { name: en.start, exact: true }).click();
  await expect(chair.startEarlyDialog).toBeVisible();
  await expect(chair.startEarlyDialog).toContainText('at 16:00 your time (Seoul)');
  await expect(chair.startEarlyDialog).toContainText('08:00 in Berlin');
  await screenshotFor(seoul.page, 'start-early-confirm');

  // Cancelled, nothing started.
  await chair.startEarlyDialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(chair.startEarlyDialog).toBeHidden();
  await expect(chair.status).toHaveText(en.status.scheduled);

  // Asked again from the live board's own button, and confirmed: the board is live.
  await chair.start();
  await expect(chair.status).toHaveText(en.status.live);
  await expect(chair.commandError).toHaveCount(0);
});
