import { footEveryPage, newPdfDocument, type PdfDoc } from '../pdf/pdfDocument';
import type { CaseLetter } from './caseLetter';
import { LETTER_LABELS, type LetterLabels } from './letterLabels';

const GREY = '#555555';

/** Dates and times of one letter: in its reader's zone, which is named; 24-hour clock. */
function timesOf(letter: CaseLetter, labels: LetterLabels) {
  const { timeZone } = letter;
  const format = (instant: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(labels.dateLocale, { ...options, timeZone }).format(new Date(instant));
  return {
    /** An instant with its time and zone. */
    at: (instant: string) =>
      `${format(instant, { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' })} (${timeZone})`,
    /** The day of an instant, in the reader's zone. */
    day: (instant: string) => format(instant, { dateStyle: 'long' }),
    /** A calendar date (YYYY-MM-DD), which belongs to no zone. */
    date: (isoDate: string) =>
      new Intl.DateTimeFormat(labels.dateLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${isoDate}T12:00:00Z`),
      ),
  };
}

/**
 * The letter to the referring physician as a PDF with selectable text. Everything is
 * plain text drawn with pdfkit's own primitives; the fonts come from the package.
 */
export function renderLetterPdf(letter: CaseLetter): Promise<Buffer> {
  const labels = LETTER_LABELS[letter.locale];
  const times = timesOf(letter, labels);
  const { board, patient, recommendation: rec } = letter;
  const { doc, bytes } = newPdfDocument({ Title: `${labels.title}: ${patient.pseudonym}` });

  doc.font('body').fontSize(9).fillColor(GREY).text(`${board.host.name} · ${board.title}`);
  doc.moveDown(1.2).font('bold').fontSize(17).fillColor('black').text(labels.title);
  doc.font('body').fontSize(11).fillColor(GREY).text(labels.subtitle).moveDown(0.8);

  fact(doc, labels.board, board.title);
  fact(doc, labels.host, `${board.host.name} (${board.host.code})`);
  fact(
    doc,
    labels.institutions,
    board.institutions.map((entry) => `${entry.name} (${entry.code})`).join(' · '),
  );
  fact(doc, labels.date, times.at(board.heldAt));
  fact(doc, labels.pseudonym, patient.pseudonym);
  if (patient.homeReference !== null) fact(doc, labels.homeReference, patient.homeReference);
  fact(
    doc,
    labels.homeInstitution,
    `${patient.homeInstitution.name} (${patient.homeInstitution.code})`,
  );

  doc.moveDown(1).font('body').fontSize(11).fillColor('black').text(labels.salutation);
  doc
    .moveDown(0.3)
    .text(labels.intro(board.title, times.day(board.heldAt), letter.minutes.version));

  heading(doc, labels.findings);
  fact(doc, labels.diagnosis, letter.diagnosis ?? labels.notStated);
  fact(doc, labels.stage, letter.stage ?? labels.notStated);

  heading(doc, labels.question);
  doc
    .font('body')
    .fontSize(10)
    .text(letter.question || labels.notStated);

  heading(doc, labels.recommendation);
  doc.font('body').fontSize(11).text(rec.decisionText).moveDown(0.4);
  if (letter.recommendationVersion !== null) {
    fact(doc, labels.versionJudged, labels.versionValue(letter.recommendationVersion));
  }
  fact(doc, labels.intent, rec.intent ? labels.intents[rec.intent] : labels.notStated);
  fact(
    doc,
    labels.modalities,
    rec.modalities.map((entry) => labels.modalityNames[entry]).join(', ') || labels.notStated,
  );
  fact(doc, labels.guideline, rec.guideline ? labels.guidelineBasis(rec.guideline) : labels.none);
  fact(
    doc,
    labels.concordance,
    rec.isGuidelineConcordant === null
      ? labels.notAssessed
      : rec.isGuidelineConcordant
        ? labels.concordant
        : labels.notConcordant(rec.nonConcordanceReason),
  );
  fact(doc, labels.trial, rec.trialRegistryId ?? labels.none);
  fact(doc, labels.followUp, rec.followUpOn ? times.date(rec.followUpOn) : labels.notStated);
  if (rec.rePresent) doc.font('body').fontSize(10).text(labels.rePresent);

  agreementBlock(doc, letter, labels);

  heading(doc, labels.minutes);
  const { minutes } = letter;
  fact(doc, labels.minutesVersion, String(minutes.version));
  fact(doc, labels.signedBy, `${minutes.signedBy.name} (${minutes.signedBy.institutionCode})`);
  fact(doc, labels.signedAt, times.at(minutes.signedAt));
  if (minutes.amendmentReason) fact(doc, labels.amendment, minutes.amendmentReason);
  fact(doc, labels.contentHash, minutes.contentHash);
  doc.fillColor(GREY).fontSize(9).text(labels.hashNote).fillColor('black');

  doc.moveDown(1.2).font('body').fontSize(11).text(labels.closing);
  doc.moveDown(0.3).text(labels.sender(board.title));
  doc
    .moveDown(1)
    .fontSize(9)
    .fillColor(GREY)
    .text(labels.issued(times.at(letter.issuedAt)));

  footEveryPage(doc, (page, pages) => `${patient.pseudonym} · ${labels.page(page, pages)}`);
  doc.end();
  return bytes;
}

function heading(doc: PdfDoc, text: string) {
  doc.moveDown(0.9).font('bold').fontSize(12).fillColor('black').text(text).moveDown(0.2);
}

function fact(doc: PdfDoc, label: string, value: string) {
  doc.font('bold').fontSize(10).fillColor(GREY).text(`${label}: `, { continued: true });
  doc.font('body').fillColor('black').text(value);
}

/** The tally as signed, who disagreed and why, and what was not counted. */
function agreementBlock(doc: PdfDoc, letter: CaseLetter, labels: LetterLabels) {
  heading(doc, labels.agreement);
  const { agree, disagree, abstain } = letter.tally;
  const on =
    letter.recommendationVersion === null
      ? ''
      : ` (${labels.tallyOn(letter.recommendationVersion)})`;
  doc
    .font('body')
    .fontSize(10)
    .text(
      `${labels.positions.agree} ${agree} · ${labels.positions.disagree} ${disagree} · ${labels.positions.abstain} ${abstain}${on}`,
    );
  doc.moveDown(0.3).font('bold').text(labels.dissent);
  doc.font('body');
  if (letter.dissent.length === 0) doc.text(labels.noDissent);
  for (const entry of letter.dissent) {
    doc.text(`• ${entry.institutionCode} · ${entry.name}: ${entry.note || `(${labels.noNote})`}`);
  }
  if (letter.positionsOnEarlierVersions > 0) {
    doc
      .moveDown(0.2)
      .fillColor(GREY)
      .text(labels.earlierPositions(letter.positionsOnEarlierVersions))
      .fillColor('black');
  }
}
