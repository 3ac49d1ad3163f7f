import { berlinCoordinator } from '../fixtures/actors';
import { AppShell } from '../fixtures/pages';
import { expect, signInAs, test } from '../fixtures/test';

test.describe('signing in and out', () => {
  test('the Berlin coordinator signs in and sees who and where they are, in their institution language', async ({
    openActor,
  }) => {
    const coordinator = await openActor();
    await coordinator.login.goto();
    // No language chosen on this device: the browser's English until the user is known …
    await expect(coordinator.page.locator('html')).toHaveAttribute('lang', 'en');
    await coordinator.login.signIn(berlinCoordinator.email);

    const shell = new AppShell(coordinator.page);
    await expect(shell.userName).toHaveText(berlinCoordinator.name);
    await expect(shell.userInstitution).toHaveText(berlinCoordinator.institutionName);
    await expect(shell.userRole).toHaveAttribute('data-role', 'coordinator');
    // … then the institution's language (Charité: German), role label included.
    await expect(coordinator.page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(shell.userRole).toHaveText('Koordination');
    await expect(
      coordinator.page.getByRole('heading', { name: 'Meine Konferenzen' }),
    ).toBeVisible();
    await expect(coordinator.page).toHaveURL(/\/$/);
  });

  test('a wrong password is refused and the coordinator stays on the sign-in page', async ({
    openActor,
  }) => {
    const coordinator = await openActor();
    await coordinator.login.goto();
    await coordinator.login.signIn(berlinCoordinator.email, 'not-the-password');

    await expect(coordinator.login.error).toHaveText('Email or password is wrong.');
    await expect(coordinator.page).toHaveURL(/\/login$/);
    await expect(coordinator.page.getByTestId('current-user-name')).toHaveCount(0);
  });

  test('an email that is not an address is flagged on its field before anything is sent', async ({
    openActor,
  }) => {
    const coordinator = await openActor();
    await coordinator.login.goto();
    await coordinator.login.signIn('coordinator.berlin', 'whatever');

    await expect(coordinator.login.email).toHaveAttribute('aria-invalid', 'true');
    await expect(coordinator.page.getByText('Enter a valid email address.')).toBeVisible();
    await expect(coordinator.page).toHaveURL(/\/login$/);
  });

  test('switching to Korean changes the whole interface and is remembered', async ({
    openActor,
  }) => {
    const coordinator = await openActor();
    await signInAs(coordinator, berlinCoordinator.email, { language: 'en' });
    const shell = new AppShell(coordinator.page);
    await expect(coordinator.page.getByRole('heading', { name: 'My boards' })).toBeVisible();
    await expect(shell.userRole).toHaveText('Coordinator');

    await shell.switchLanguage('ko');

    await expect(coordinator.page.getByRole('heading', { name: '내 협진' })).toBeVisible();
    await expect(coordinator.page.getByRole('button', { name: '로그아웃' })).toBeVisible();
    await expect(shell.userRole).toHaveText('코디네이터');
    await expect(coordinator.page.getByText('My boards')).toHaveCount(0);
    await expect(coordinator.page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
    await expect(coordinator.page.locator('html')).toHaveAttribute('lang', 'ko');

    await coordinator.page.reload();
    await expect(coordinator.page.getByRole('heading', { name: '내 협진' })).toBeVisible();
  });

  test('signing out returns to the sign-in page, and the app is closed until signing in again', async ({
    openActor,
  }) => {
    const coordinator = await openActor();
    await signInAs(coordinator, berlinCoordinator.email);
    const shell = new AppShell(coordinator.page);
    await expect(shell.userName).toHaveText(berlinCoordinator.name);

    await shell.signOut();

    await expect(coordinator.page).toHaveURL(/\/login$/);
    await expect(
      coordinator.page.getByRole('status').filter({ hasText: 'You have signed out.' }),
    ).toBeVisible();
    await coordinator.page.goto('/');
    await expect(coordinator.page).toHaveURL(/\/login$/);
    await expect(coordinator.page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(shell.userName).toHaveCount(0);
  });

  test('a page asked for while signed out opens after signing in', async ({ openActor }) => {
    const coordinator = await openActor();
    await coordinator.page.goto('/no-such-page');
    await expect(coordinator.page).toHaveURL(/\/login$/);
    await coordinator.login.chooseLanguage('en');
    await coordinator.login.signIn(berlinCoordinator.email);

    await expect(coordinator.page).toHaveURL(/\/no-such-page$/);
    await expect(coordinator.page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });

  test('a coordinator has no admin pages', async ({ openActor }) => {
    const coordinator = await openActor();
    await signInAs(coordinator, berlinCoordinator.email);
    const shell = new AppShell(coordinator.page);
    await expect(shell.userName).toBeVisible();
    await expect(shell.nav('Users')).toHaveCount(0);
    await expect(shell.nav('Audit trail')).toHaveCount(0);

    await coordinator.page.goto('/admin/users');
    await expect(coordinator.page.getByRole('heading', { name: 'Not available' })).toBeVisible();
    await expect(coordinator.page.getByTestId('users-table')).toHaveCount(0);
  });
});
