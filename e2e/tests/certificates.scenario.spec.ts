import { readFileSync } from 'node:fs';
import { berlinCoordinator, berlinOncologist } from '../fixtures/actors';
import { expectNoAxeViolations } from '../fixtures/axe';
import { attendanceCsvLink, CertificateCell, CertificateCheck } from '../fixtures/certificatePages';
import { BoardArchive } from '../fixtures/minutesPages';
import { expect, screenshotFor, signInAs, test } from '../fixtures/test';
import { fillIn, minutesTexts } from '../fixtures/texts';

/** The demo's past joint board: ended four weeks ago, with attendance and signed minutes. */
const PAST_BOARD = 'Joint Thoracic Tumor Board';
const CODE =
  /^certificate-([0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4})-de\.pdf$/;
const check = minutesTexts.en.certificates.check;

test.describe('certificates of attendance', () => {
  test.beforeEach(() => test.slow());

  test('a Berlin oncologist downloads the certificate of the past board from My boards; a medical chamber, without an account, confirms it by its code, and an unknown code is not found', async ({
    openActor,
  }) => {
    const oncologist = await openActor();
    await signInAs(oncologist, berlinOncologist.email);
    const archive = new BoardArchive(oncologist.page);
    await expect(archive.past).toBeVisible();
    const certificate = new CertificateCell(oncologist.page, archive.pastRow(PAST_BOARD));
    // The page is in English, so is the certificate unless another language is chosen.
    await expect(certificate.language).toHaveValue('en');
    const minutes = await certificate.minutesAttended();
    expect(minutes).toBeGreaterThan(0);
    await screenshotFor(oncologist.page, 'certificates-my-boards');
    await expectNoAxeViolations(oncologist.page, 'my boards with certificates');

    const file = await certificate.download('Deutsch');
    const code = CODE.exec(file.name)?.[1];
    expect(code, file.name).toBeTruthy();
    expect(readFileSync(file.path).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // Once issued, My boards shows the code; downloading again gives the same one.
    await oncologist.page.reload();
    await expect(certificate.cell.getByTestId('certificate-code')).toHaveText(`Code ${code}`);
    const again = await certificate.download('English');
    expect(again.name).toBe(`certificate-${code}-en.pdf`);

    // A chamber clerk in Seoul types the code as they read it: small letters, no dashes.
    const chamber = await openActor({ timezoneId: 'Asia/Seoul' });
    const page = new CertificateCheck(chamber.page);
    await page.open();
    await page.check(String(code).toLowerCase().replace(/-/g, ''));
    await expect(chamber.page).toHaveURL(new RegExp(`/certificates/${code}$`));
    await expect(page.confirmation).toContainText(check.confirmed);
    await expect(page.confirmation).toContainText(
      `${berlinOncologist.name} (${berlinOncologist.institutionName})`,
    );
    await expect(page.confirmation).toContainText(PAST_BOARD);
    await expect(page.confirmation).toContainText(fillIn(check.minutes, { minutes }));
    await expect(page.confirmation).toContainText('(Europe/Berlin)');
    // Nothing clinical: no entity, no case.
    await expect(page.confirmation).not.toContainText(/Thoracic oncology|SCCC-|CCCC-/);
    await screenshotFor(chamber.page, 'certificates-confirmed');
    await expectNoAxeViolations(chamber.page, 'certificate confirmed');
    // The address itself holds the check: opened afresh, in Korean, it confirms the same.
    await chamber.page.reload();
    await chamber.page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
    await expect(page.confirmation).toContainText(minutesTexts.ko.certificates.check.confirmed);
    await expect(page.confirmation).toContainText(
      fillIn(minutesTexts.ko.certificates.check.minutes, { minutes }),
    );
    await screenshotFor(chamber.page, 'certificates-confirmed-ko');
    await chamber.page.getByRole('combobox', { name: '언어' }).selectOption('en');

    await page.check('7K3M-Q9TX-2HWD');
    await expect(page.notFound).toHaveText(fillIn(check.notFound, { code: '7K3M-Q9TX-2HWD' }));
    await expect(page.confirmation).toHaveCount(0);
    await screenshotFor(chamber.page, 'certificates-not-found');

    // The Berlin coordinator exports who attended, the oncologist's code among them.
    const coordinator = await openActor();
    await signInAs(coordinator, berlinCoordinator.email);
    const coordinatorArchive = new BoardArchive(coordinator.page);
    await coordinatorArchive
      .pastRow(PAST_BOARD)
      .getByRole('link', { name: PAST_BOARD, exact: true })
      .click();
    const [csv] = await Promise.all([
      coordinator.page.waitForEvent('download'),
      attendanceCsvLink(coordinator.page).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^attendance-[0-9a-f-]{36}\.csv$/);
    const rows = readFileSync(await csv.path(), 'utf8');
    expect(rows).toContain(`${berlinOncologist.name},${berlinOncologist.institutionName},`);
    expect(rows).toContain(`,${minutes},${code}`);
  });
});
