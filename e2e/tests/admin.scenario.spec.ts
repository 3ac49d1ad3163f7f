import { berlinAdmin, uniqueSuffix } from '../fixtures/actors';
import { AppShell, AuditTrailPage, ChangePasswordPage, UsersAdminPage } from '../fixtures/pages';
import { expect, signInAs, test } from '../fixtures/test';

test.describe('an institution admin manages a colleague', () => {
  // Two people, three password hashes and the audit trail: as long as the other multi-person
  // journeys, and it runs first while the server and the browser are still cold.
  test.beforeEach(() => test.slow());

  test('admin adds a user with a one-time password, the user sets their own, the admin deactivates them and their session ends', async ({
    openActor,
  }) => {
    const suffix = uniqueSuffix();
    const newcomer = {
      name: `Dr. Test Newcomer ${suffix}`,
      email: `newcomer.${suffix}@konsil.test`,
      role: 'Clinician' as const,
      specialty: 'Surgery',
      temporaryPassword: `one-time-${suffix}`,
    };
    const ownPassword = `my own passphrase ${suffix}`;

    // The Berlin admin adds the colleague.
    const admin = await openActor();
    await signInAs(admin, berlinAdmin.email);
    await expect(new AppShell(admin.page).userName).toHaveText(berlinAdmin.name);
    const users = new UsersAdminPage(admin.page);
    await new AppShell(admin.page).nav('Users').click();
    await expect(users.table).toBeVisible();
    await users.create(newcomer);

    await expect(
      admin.page.getByRole('status').filter({ hasText: `${newcomer.name} was added` }),
    ).toBeVisible();
    const row = users.row(newcomer.email);
    await expect(row).toContainText(newcomer.name);
    await expect(row).toContainText('Clinician');
    await expect(row).toContainText('Surgery');
    await expect(row).toContainText('Active');
    await expect(row.getByRole('cell').nth(4)).toHaveText('Yes');

    // The newcomer, on their own machine, must replace the one-time password first.
    const colleague = await openActor();
    await signInAs(colleague, newcomer.email, { password: newcomer.temporaryPassword });
    const changePassword = new ChangePasswordPage(colleague.page);
    await changePassword.expectShown();
    await colleague.page.goto('/');
    await changePassword.expectShown();
    await changePassword.change('not-the-one-time-password', ownPassword);
    await expect(colleague.page.getByText('The current password is wrong.')).toBeVisible();
    await changePassword.expectShown();
    await changePassword.change(newcomer.temporaryPassword, ownPassword);

    const colleagueShell = new AppShell(colleague.page);
    await expect(colleagueShell.userName).toHaveText(newcomer.name);
    await expect(colleagueShell.userInstitution).toHaveText(berlinAdmin.institutionName);
    await expect(colleague.page.getByRole('heading', { name: 'My boards' })).toBeVisible();
    await expect(colleague.page.getByTestId('boards-empty')).toBeVisible();

    await admin.page.reload();
    await expect(users.row(newcomer.email).getByRole('cell').nth(4)).toHaveText('No');

    // The admin deactivates them: the colleague's open app is sent to the sign-in page at once.
    await users.deactivate(newcomer.email);
    await expect(users.row(newcomer.email)).toContainText('Deactivated');
    await expect(colleague.page).toHaveURL(/\/login$/);
    await expect(
      colleague.page.getByRole('status').filter({ hasText: 'Your account has been deactivated' }),
    ).toBeVisible();

    // And they cannot come back in.
    await colleague.login.signIn(newcomer.email, ownPassword);
    await expect(colleague.login.error).toBeVisible();
    await expect(colleague.page).toHaveURL(/\/login$/);

    // The audit trail shows both sign-ins, and its hash chain is intact.
    const audit = new AuditTrailPage(admin.page);
    await new AppShell(admin.page).nav('Audit trail').click();
    await audit.filterByAction('Signed in');
    await expect(audit.rows('auth.login').filter({ hasText: newcomer.email })).toHaveCount(1);
    await expect(
      audit.rows('auth.login').filter({ hasText: berlinAdmin.email }).first(),
    ).toBeVisible();
    await expect(audit.table.locator('tbody tr:not([data-action="auth.login"])')).toHaveCount(0);

    await audit.filterByAction('User deactivated');
    await expect(audit.rows('user.deactivated').first()).toContainText(berlinAdmin.email);

    await audit.verifyChain();
    await expect(audit.verifyResult).toHaveAttribute('data-ok', 'true');
    await expect(audit.verifyResult).toHaveText(/^Chain intact: \d+ entries checked\.$/);
  });

  test('an email that is already taken is reported on the email field', async ({ openActor }) => {
    const admin = await openActor();
    await signInAs(admin, berlinAdmin.email);
    const users = new UsersAdminPage(admin.page);
    await new AppShell(admin.page).nav('Users').click();
    await expect(users.table).toBeVisible();

    await users.create({
      name: 'Someone Else',
      email: berlinAdmin.email,
      role: 'Observer',
      specialty: 'No specialty',
      temporaryPassword: `one-time-${uniqueSuffix()}`,
    });

    const form = admin.page.getByRole('region', { name: 'Add a user' });
    await expect(form.getByText('A user with this email already exists.')).toBeVisible();
    await expect(form.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  });
});
