import { type GuidelineBasis, POSITIONS } from '@konsil/shared';
import { fillIn } from '../minutes/pdfLabels';
import { footEveryPage, GREY, keepRoom, newPdfDocument, type PdfDoc } from '../pdf/pdfDocument';
import type { CaseLetter } from './caseLetter';
import { LETTER_LABELS, type LetterLabels } from './letterLabels';

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

type Times = ReturnType<typeof timesOf>;

/**
 * The letter to the referring physician as a PDF with selectable text. Everything is
 * plain text drawn with pdfkit's own primitives; the fonts come from the package.
 */
export function renderLetterPdf(letter: CaseLetter): Promise<Buffer> {
  const labels = LETTER_LABELS[letter.locale];
  const times = timesOf(letter, labels);
  const { doc, bytes } = newPdfDocument({ Title: `${labels.title}: ${letter.patient.pseudonym}` });

  opening(doc, letter, labels, times);
  heading(doc, labels.findings);
  fact(doc, labels.diagnosis, letter.diagnosis ?? labels.notStated);
  fact(doc, labels.stage, letter.stage ?? labels.notStated);
  heading(doc, labels.question);
  doc
    .font('body')
    .fontSize(10)
    .text(letter.question || labels.notStated);
  recommendationBlock(doc, letter, labels, times);
  agreementBlock(doc, letter, labels);
  certification(doc, letter, labels, times);

  const issued = labels.issued(times.at(letter.issuedAt));
  footEveryPage(
    doc,
    (page, pages) => `${issued} · ${letter.patient.pseudonym} · ${labels.page(page, pages)}`,
  );
  doc.end();
  return bytes;
}

function heading(doc: PdfDoc, text: string) {
  doc.moveDown(0.6).font('bold').fontSize(12).fillColor('black').text(text).moveDown(0.15);
}

/** `label: value` pairs on one line, separated by a middle dot. */
function fact(doc: PdfDoc, ...pairs: string[]) {
  for (let index = 0; index + 1 < pairs.length; index += 2) {
    const isLast = index + 2 >= pairs.length;
    doc.font('bold').fontSize(10).fillColor(GREY).text(`${pairs[index]}: `, { continued: true });
    doc
      .font('body')
      .fillColor('black')
      .text(`${pairs[index + 1]}${isLast ? '' : ' · '}`, { continued: !isLast });
  }
}

/** Letterhead, title, board and patient, salutation and what the letter is. */
function opening(doc: PdfDoc, letter: CaseLetter, labels: LetterLabels, times: Times) {
  const { board, patient } = letter;
  doc.font('body').fontSize(9).fillColor(GREY).text(`${board.host.name} · ${board.title}`);
  doc.moveDown(0.8).font('bold').fontSize(17).fillColor('black').text(labels.title);
  doc.font('body').fontSize(11).fillColor(GREY).text(labels.subtitle).moveDown(0.6);

  fact(doc, labels.board, board.title);
  fact(
    doc,
    labels.institutions,
    board.institutions.map((entry) => `${entry.name} (${entry.code})`).join(' · '),
  );
  fact(doc, labels.date, times.at(board.heldAt));
  if (patient.homeReference === null) fact(doc, labels.pseudonym, patient.pseudonym);
  else fact(doc, labels.pseudonym, patient.pseudonym, labels.homeReference, patient.homeReference);
  fact(doc, labels.home, `${patient.homeInstitution.name} (${patient.homeInstitution.code})`);

  doc.moveDown(1).font('body').fontSize(11).fillColor('black').text(labels.salutation);
  doc
    .moveDown(0.3)
    .text(labels.intro(board.title, times.day(board.heldAt), letter.minutes.version));
}

/** "ESMO: Localised colon cancer, version 2020"; "other" names no body, only the title. */
function guidelineBasis(labels: LetterLabels, basis: GuidelineBasis): string {
  const title = labels.guidelineTitle(basis.name, basis.version);
  return basis.body === 'other' ? title : `${labels.guidelineBodies[basis.body]}: ${title}`;
}

/** The recommendation as signed, on the version the board judged. */
function recommendationBlock(doc: PdfDoc, letter: CaseLetter, labels: LetterLabels, times: Times) {
  const { recommendation: rec, recommendationVersion: version } = letter;
  heading(doc, version === null ? labels.recommendation : labels.recommendationOn(version));
  doc.font('body').fontSize(11).text(rec.decisionText).moveDown(0.3);
  fact(doc, labels.intent, rec.intent ? labels.intents[rec.intent] : labels.notStated);
  fact(
    doc,
    labels.modalities,
    rec.modalities.map((entry) => labels.modalityNames[entry]).join(', ') || labels.notStated,
  );
  fact(doc, labels.guideline, rec.guideline ? guidelineBasis(labels, rec.guideline) : labels.none);
  const { concordances } = labels;
  fact(
    doc,
    labels.concordance,
    rec.isGuidelineConcordant === null
      ? concordances.unknown
      : rec.isGuidelineConcordant
        ? concordances.yes
        : `${concordances.no} — ${labels.nonConcordanceReason(rec.nonConcordanceReason)}`,
  );
  fact(
    doc,
    labels.trial,
    rec.trialRegistryId ?? labels.none,
    labels.followUp,
    rec.followUpOn ? times.date(rec.followUpOn) : labels.notStated,
  );
  if (rec.rePresent) doc.font('body').fontSize(10).text(labels.rePresent);
}

/** The tally as signed, who disagreed and why, and what was not counted. */
function agreementBlock(doc: PdfDoc, letter: CaseLetter, labels: LetterLabels) {
  const version = letter.recommendationVersion;
  heading(
    doc,
    version === null ? labels.agreement : fillIn(labels.agreementOnVersion, { version }),
  );
  const tally = POSITIONS.map(
    (position) => `${labels.positions[position]} ${letter.tally[position]}`,
  );
  doc.font('body').fontSize(10).text(tally.join(' · '));
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

/** The signed minutes version the letter reproduces, its hash, and the closing. */
function certification(doc: PdfDoc, letter: CaseLetter, labels: LetterLabels, times: Times) {
  const { minutes } = letter;
  // The signature block is not split across pages.
  keepRoom(doc, 120);
  heading(doc, labels.minutes);
  fact(
    doc,
    labels.version,
    String(minutes.version),
    labels.signedBy,
    `${minutes.signedBy.name} (${minutes.signedBy.institutionCode})`,
  );
  fact(doc, labels.signedAt, times.at(minutes.signedAt));
  if (minutes.amendmentReason) fact(doc, labels.amendment, minutes.amendmentReason);
  fact(doc, labels.contentHash, minutes.contentHash);
  doc.fillColor(GREY).fontSize(8).text(labels.hashNote).fillColor('black');

  keepRoom(doc, 50);
  doc.moveDown(1).font('body').fontSize(11).text(labels.closing);
  doc.moveDown(0.2).text(labels.sender(letter.board.title));
}
