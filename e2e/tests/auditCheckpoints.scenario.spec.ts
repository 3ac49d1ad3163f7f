import { readFile } from 'node:fs/promises';
import { berlinAdmin } from '../fixtures/actors';
import { AppShell, AuditTrailPage } from '../fixtures/pages';
import { expect, signInAs, test } from '../fixtures/test';

test('an admin signs a checkpoint, sees the log verified against it, and keeps the signed list', async ({
  openActor,
}) => {
  const admin = await openActor();
  await signInAs(admin, berlinAdmin.email);
  const audit = new AuditTrailPage(admin.page);
  await new AppShell(admin.page).nav('Audit trail').click();

  await admin.page.getByRole('button', { name: 'Sign checkpoint now' }).click();
  const signed = admin.page.getByTestId('checkpoint-signed');
  await expect(signed).toHaveText(
    /^Checkpoint \d+ signed \(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\): it covers entries 1–\d+\.$/,
  );
  const [, number] = (await signed.textContent())?.match(/^Checkpoint (\d+)/) ?? [];

  await audit.verifyChain();
  await expect(audit.verifyResult).toHaveAttribute('data-ok', 'true');
  const checkpoints = admin.page.getByTestId('verify-checkpoints');
  await expect(checkpoints).toHaveAttribute('data-ok', 'true');
  // Others may sign meanwhile: the last verified checkpoint is this one or a later one.
  await expect(checkpoints).toHaveText(
    /^Signed checkpoints verified \((\d+) of \1\): entries 1–\d+ are as signed in checkpoint \d+ on \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.$/,
  );

  const downloading = admin.page.waitForEvent('download');
  await admin.page.getByRole('link', { name: 'Download signed checkpoints (JSON)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('konsil-audit-checkpoints.json');
  const list = JSON.parse(await readFile((await download.path()) ?? '', 'utf8'));
  expect(list.algorithm).toBe('Ed25519');
  expect(list.publicKey).toMatch(/^-----BEGIN PUBLIC KEY-----/);
  expect(list.checkpoints.map((checkpoint: { number: number }) => checkpoint.number)).toContain(
    Number(number),
  );
});
