import {
  berlinCoordinator,
  seoulOncologist,
  uniqueSuffix,
  upcomingWinterDay,
} from '../fixtures/actors';
import {
  chariteCoordinator,
  chariteStudent,
  HospitalSignIn,
  ProviderPages,
  samsungOncologist,
} from '../fixtures/hospitalSignInPages';
import { LiveBoardView } from '../fixtures/livePages';
import { AppShell } from '../fixtures/pages';
import { expect, screenshotFor, signInAs, test } from '../fixtures/test';
import { appTexts, clinicalTexts } from '../fixtures/texts';

const CHARITE = berlinCoordinator.institutionName;
const SAMSUNG = seoulOncologist.institutionName;

test.describe('signing in through the hospital’s own login', () => {
  test('the Berlin coordinator signs in at Charité’s login and lands on the board she asked for; signing out ends the session at Charité too', async ({
    openActor,
    apiAs,
  }) => {
    const planner = await apiAs(berlinCoordinator.email);
    const board = await planner.planBoard({
      title: `Thoracic Board hospital sign-in ${uniqueSuffix()}`,
      start: { local: `${upcomingWinterDay()}T08:00`, timeZone: 'Europe/Berlin' },
      institutions: ['CCCC'],
      invite: [],
    });
    const coordinator = await openActor();
    const { page } = coordinator;
    const hospital = new HospitalSignIn(page);

    await page.goto(`/boards/${board.id}`);
    await expect(page).toHaveURL(/\/login$/);
    await coordinator.login.chooseLanguage('en');
    // One button per hospital with its own login, then the password form, which the demo keeps.
    await expect(hospital.signInWith(CHARITE)).toBeVisible();
    await expect(hospital.signInWith(SAMSUNG)).toBeVisible();
    await expect(hospital.orPassword).toBeVisible();
    await expect(coordinator.login.password).toBeVisible();
    await screenshotFor(page, 'hospital-sign-in-login-en');

    await hospital.signInWith(CHARITE).click();
    const provider = new ProviderPages(page);
    const charite = await provider.signIn(chariteCoordinator);

    await expect(page).toHaveURL(new RegExp(`/boards/${board.id}$`));
    const shell = new AppShell(page);
    await expect(shell.userName).toHaveText(berlinCoordinator.name);
    await expect(shell.userInstitution).toHaveText(CHARITE);
    await expect(page.getByRole('heading', { name: board.title })).toBeVisible();

    await shell.signOut();
    await provider.confirmSignOut(charite);

    await expect(page).toHaveURL(/\/login$/);
    await expect(hospital.signInWith(CHARITE)).toBeVisible();
    // Signed out here as well: the board sends her to the sign-in page again.
    await page.goto(`/boards/${board.id}`);
    await expect(page).toHaveURL(/\/login$/);
    await expect(shell.userName).toHaveCount(0);
  });

  test('a hospital account without a Konsil role comes back to the sign-in page with an explanation and no session', async ({
    openActor,
  }) => {
    const student = await openActor();
    const { page } = student;
    const texts = appTexts.en;
    const hospital = new HospitalSignIn(page, texts);
    await student.login.goto();
    await student.login.chooseLanguage('en');

    await hospital.signInWith(CHARITE).click();
    await new ProviderPages(page).signIn(chariteStudent);

    await expect(page).toHaveURL(/\/login\?oidcError=oidc_no_role$/);
    await expect(hospital.refusal).toContainText(texts.login.noRole.title);
    await expect(hospital.refusal).toContainText(texts.login.noRole.explanation);
    await expect(hospital.refusal).toContainText(texts.login.noRole.nextStep);
    await screenshotFor(page, 'hospital-sign-in-no-role-en');
    await page.goto('/');
    await expect(page).toHaveURL(/\/login$/);
    await expect(new AppShell(page).userName).toHaveCount(0);
  });

  test('the Seoul oncologist signs in in Korean at Samsung’s login, another provider than Berlin’s', async ({
    openActor,
  }) => {
    const oncologist = await openActor({ timezoneId: 'Asia/Seoul' });
    const { page } = oncologist;
    const hospital = new HospitalSignIn(page, appTexts.ko);
    await oncologist.login.goto();
    await oncologist.login.chooseLanguage('ko');

    await expect(hospital.signInWith(SAMSUNG)).toBeVisible();
    await expect(hospital.orPassword).toBeVisible();
    await screenshotFor(page, 'hospital-sign-in-login-ko');
    await hospital.signInWith(SAMSUNG).click();
    await new ProviderPages(page).signIn(samsungOncologist);

    const shell = new AppShell(page);
    await expect(shell.userName).toHaveText(seoulOncologist.name);
    await expect(shell.userInstitution).toHaveText(SAMSUNG);
    await expect(
      page.getByRole('heading', { name: appTexts.ko.boards.title, exact: true }),
    ).toBeVisible();
  });

  test('logging out at Charité signs out the live board of that browser within seconds, and only that one', async ({
    openActor,
    apiAs,
  }) => {
    const planner = await apiAs(berlinCoordinator.email);
    const board = await planner.planBoard({
      title: `Thoracic Board provider logout ${uniqueSuffix()}`,
      start: { local: `${upcomingWinterDay()}T08:00`, timeZone: 'Europe/Berlin' },
      institutions: ['CCCC'],
      invite: [],
    });
    const viaHospital = await openActor();
    await viaHospital.page.goto(`/boards/${board.id}/live`);
    await viaHospital.login.chooseLanguage('en');
    await new HospitalSignIn(viaHospital.page).signInWith(CHARITE).click();
    const charite = await new ProviderPages(viaHospital.page).signIn(chariteCoordinator);
    const live = new LiveBoardView(viaHospital.page, clinicalTexts.en);
    await expect(viaHospital.page).toHaveURL(new RegExp(`/boards/${board.id}/live$`));
    await expect(live.connection).toHaveAttribute('data-connection', 'online');
    // The same coordinator on another machine, signed in with her password.
    const withPassword = await openActor();
    await signInAs(withPassword, berlinCoordinator.email);
    const otherLive = new LiveBoardView(withPassword.page, clinicalTexts.en);
    await otherLive.openFrom(board.id);

    // She ends her session at Charité's own end-session page, in another tab of that browser.
    const providerTab = await viaHospital.page.context().newPage();
    await providerTab.goto(`${charite}/session/end`);
    await new ProviderPages(providerTab).confirmSignOut(charite);

    await expect(viaHospital.page).toHaveURL(/\/login$/, { timeout: 5_000 });
    await expect(viaHospital.page.getByRole('status')).toHaveText(appTexts.en.login.notice.logout);
    await expect(otherLive.connection).toHaveAttribute('data-connection', 'online');
    await withPassword.page.reload();
    await expect(otherLive.connection).toHaveAttribute('data-connection', 'online');
  });
});
