import {
  berlinCoordinator,
  berlinOncologist,
  seoulOncologist,
  uniqueSuffix,
  upcomingWinterDay,
} from '../fixtures/actors';
import { BoardView } from '../fixtures/boardPages';
import { CaseCardPage, CaseFormPage } from '../fixtures/casePages';
import {
  bundleFile,
  FhirExportLinks,
  FhirImportView,
  SAMPLE_BUNDLE_PATH,
  sampleBundle,
  sampleIdentifyingPaths,
} from '../fixtures/fhirImportPages';
import { expect, screenshotFor, signInAs, test } from '../fixtures/test';
import { clinicalTexts, fillIn } from '../fixtures/texts';

const en = clinicalTexts.en;
const de = clinicalTexts.de;
const ko = clinicalTexts.ko;

/** The sample patient's record number at the Berlin hospital: kept, for Berlin's eyes only. */
const SAMPLE_MRN = 'PN-0048213';

test.describe('importing a case from a FHIR bundle', () => {
  // Two people on their own machines, a refused file, an import and a completed case.
  test.beforeEach(() => test.slow());

  test('a Berlin coordinator imports a FHIR bundle as a draft: identifying data never reaches the page, and Seoul later sees the case without its record number', async ({
    openActor,
    apiAs,
  }) => {
    const suffix = uniqueSuffix();
    const title = `Thoracic board with FHIR import ${suffix}`;
    const question = `Resection after induction chemoradiotherapy? (${suffix})`;
    const board = await (await apiAs(berlinCoordinator.email)).planBoard({
      title,
      start: { local: `${upcomingWinterDay()}T08:00`, timeZone: 'Europe/Berlin' },
      institutions: ['CCCC', 'SCCC'],
      invite: [berlinOncologist, seoulOncologist],
    });

    const coordinator = await openActor();
    await signInAs(coordinator, berlinCoordinator.email);
    await coordinator.page.goto(`/boards/${board.id}`);
    const boardView = new BoardView(coordinator.page);
    await boardView.expectShown(title);
    const fhirImport = new FhirImportView(coordinator.page);

    // A bundle from a newer FHIR release is refused, naming the element; nothing is offered.
    const newerRelease = { ...sampleBundle(), fhirVersion: '5.0.0' };
    await fhirImport.choose(bundleFile('export-r5.json', JSON.stringify(newerRelease)));
    await expect(fhirImport.lineFor(fhirImport.refusal, 'Bundle.fhirVersion')).toContainText(
      fillIn(en.fhirImport.reasons.fhir_version_unsupported, { version: '5.0.0' }),
    );
    await expect(fhirImport.preview).toHaveCount(0);
    await expect(fhirImport.importAsDraft).toHaveCount(0);
    await screenshotFor(coordinator.page, 'fhir-import-0-refused-en');
    // A file that is not JSON is refused as such.
    await fhirImport.choose(bundleFile('export.json', '{"resourceType": "Bundle", "entry": ['));
    await expect(fhirImport.refusal).toContainText(en.fhirImport.notJson);

    // The sample: the preview shows what would be stored and what is dropped, by FHIR path.
    await fhirImport.choose(SAMPLE_BUNDLE_PATH);
    await expect(fhirImport.previewHeading).toBeFocused();
    await expect(fhirImport.refusal).toHaveCount(0);
    await expect(fhirImport.stored).toContainText('C34.1');
    await expect(fhirImport.stored).toContainText('cT2a cN2a cM0');
    await expect(fhirImport.stored).toContainText('EGFR');
    await expect(fhirImport.stored).toContainText('EORTC QLQ-C30');
    await expect(fhirImport.homeReference).toHaveText(SAMPLE_MRN);
    const paths = sampleIdentifyingPaths();
    const dropped = fhirImport.pathsIn(fhirImport.dropped);
    for (const path of [paths.name, paths.birthDate, paths.kvnr]) {
      await expect(dropped.filter({ hasText: path }), path).toHaveCount(1);
    }
    await expect(fhirImport.pathsIn(fhirImport.unmapped)).not.toHaveCount(0);
    // Neither her name nor her birth date is anywhere on the page.
    for (const identifying of ['Beispiel', 'Johanna', '1958-03-14', '14.03.1958']) {
      await expect(coordinator.page.locator('body')).not.toContainText(identifying);
    }
    await screenshotFor(coordinator.page, 'fhir-import-1-preview-en');

    // Imported, the draft opens as a new case does; back on the board it is on the agenda.
    await fhirImport.importAsDraft.click();
    const card = new CaseCardPage(coordinator.page);
    await expect(
      coordinator.page.getByRole('status').filter({ hasText: en.caseCard.notices.imported }),
    ).toBeVisible();
    await expect(card.pseudonym).toHaveText(/^CCCC-[2-9A-HJKMNP-Z]{5}$/);
    const pseudonym = (await card.pseudonym.textContent()) ?? '';
    await expect(card.status('draft')).toBeVisible();
    await expect(card.card).toContainText(SAMPLE_MRN);
    await screenshotFor(coordinator.page, 'fhir-import-2-imported-case-en');
    await card.backToBoard.click();
    await expect(boardView.agendaCases).toHaveText([pseudonym]);
    const row = boardView.agendaRow(pseudonym);
    await expect(row).toContainText(en.caseStatus.draft);
    await expect(row).toContainText(`${en.agenda.homeReference} ${SAMPLE_MRN}`);
    await expect(coordinator.page.locator('body')).not.toContainText('Beispiel');
    await screenshotFor(coordinator.page, 'fhir-import-3-agenda-en');

    // FHIR has no question and no consent: the coordinator adds both and submits the case.
    await boardView.openCase(pseudonym);
    await coordinator.page.getByRole('link', { name: en.caseCard.actions.edit }).click();
    await expect(coordinator.page).toHaveURL(/\/edit$/);
    const form = new CaseFormPage(coordinator.page);
    await form.question.fill(question);
    await form.consent.check();
    await form.submit.click();
    await expect(
      coordinator.page.getByRole('status').filter({ hasText: en.caseCard.notices.submitted }),
    ).toBeVisible();
    await expect(card.status('submitted')).toBeVisible();

    // Back out as FHIR for the hospital record: pseudonymised, or with the record number at home.
    const berlinExport = new FhirExportLinks(coordinator.page);
    const pseudonymised = await berlinExport.download(berlinExport.pseudonymous);
    expect(pseudonymised.name).toBe(`${pseudonym}.fhir.json`);
    expect(JSON.parse(pseudonymised.text)).toMatchObject({ resourceType: 'Bundle' });
    expect(pseudonymised.text).toContain(pseudonym);
    expect(pseudonymised.text).not.toContain(SAMPLE_MRN);
    const identified = await berlinExport.download(berlinExport.identified);
    expect(identified.text).toContain(SAMPLE_MRN);
    for (const exported of [pseudonymised.text, identified.text]) {
      for (const identifying of ['Beispiel', 'Johanna', '1958-03-14']) {
        expect(exported).not.toContain(identifying);
      }
    }
    await screenshotFor(coordinator.page, 'fhir-import-3b-export-links-en');

    // In Seoul, in Korean, the case is on the board without the Berlin record number.
    const seoul = await openActor({ timezoneId: 'Asia/Seoul' });
    await signInAs(seoul, seoulOncologist.email, { language: 'institution default' });
    await seoul.page.goto(`/boards/${board.id}`);
    const seoulBoard = new BoardView(seoul.page, ko);
    await expect(seoulBoard.agendaCases).toHaveText([pseudonym]);
    await expect(seoulBoard.agendaRow(pseudonym)).toContainText(ko.caseStatus.submitted);
    await expect(seoul.page.locator('body')).not.toContainText(SAMPLE_MRN);
    await expect(seoul.page.getByText(ko.agenda.homeReference)).toHaveCount(0);
    await screenshotFor(seoul.page, 'fhir-import-4-seoul-board-ko');

    await seoulBoard.openCase(pseudonym);
    const seoulCard = new CaseCardPage(seoul.page, ko);
    await expect(seoulCard.pseudonym).toHaveText(pseudonym);
    await expect(seoulCard.card).toContainText(question);
    await expect(seoulCard.card).toContainText('C34.1');
    await expect(seoulCard.homeReferenceLabel).toHaveCount(0);
    await expect(seoul.page.locator('body')).not.toContainText(SAMPLE_MRN);
    await expect(seoul.page.locator('body')).not.toContainText('Beispiel');
    // Seoul may export the case, pseudonymised only.
    const seoulExport = new FhirExportLinks(seoul.page, ko);
    await expect(seoulExport.identified).toHaveCount(0);
    const seoulBundle = await seoulExport.download(seoulExport.pseudonymous);
    expect(seoulBundle.text).toContain(pseudonym);
    expect(seoulBundle.text).not.toContain(SAMPLE_MRN);
    await screenshotFor(seoul.page, 'fhir-import-5-seoul-case-ko');

    // A Berlin colleague, in German, previews the same bundle and cancels: nothing is added.
    const colleague = await openActor();
    await signInAs(colleague, berlinOncologist.email, { language: 'institution default' });
    await colleague.page.goto(`/boards/${board.id}`);
    const colleagueImport = new FhirImportView(colleague.page, de);
    await colleagueImport.choose(SAMPLE_BUNDLE_PATH);
    await expect(colleagueImport.previewHeading).toBeFocused();
    await expect(colleagueImport.homeReference).toHaveText(SAMPLE_MRN);
    await expect(colleagueImport.pathsIn(colleagueImport.dropped)).toContainText([paths.kvnr]);
    // The reasons are in German too, not the server's English.
    const droppedName = colleagueImport.lineFor(colleagueImport.dropped, paths.name);
    await expect(droppedName).toContainText(de.fhirImport.reasons.patient_name_dropped);
    await expect(droppedName.locator('[lang="en"]')).toHaveCount(0);
    await screenshotFor(colleague.page, 'fhir-import-6-preview-de');
    await colleagueImport.cancel.click();
    await expect(colleagueImport.panel).toHaveCount(0);
    await expect(colleagueImport.open).toBeFocused();
    await colleague.page.reload();
    await expect(new BoardView(colleague.page, de).agendaCases).toHaveText([pseudonym]);
  });
});
