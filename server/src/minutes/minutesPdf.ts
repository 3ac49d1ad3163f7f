import { createRequire } from 'node:module';
import path from 'node:path';
import type { Locale, MinutesCase, MinutesVersion } from '@konsil/shared';
import PDFDocument from 'pdfkit';
import { PDF_LABELS, type PdfLabels } from './pdfLabels';

// The package exports only its index; the font files sit beside it, in fonts/.
const fontDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-kr')),
  '..',
  'fonts',
);
/** Noto Sans KR covers Hangul, Latin and German umlauts; embedded from disk, never fetched. */
const FONTS = {
  regular: path.join(fontDir, 'NotoSansKR-Regular.otf'),
  bold: path.join(fontDir, 'NotoSansKR-Bold.otf'),
};
const DATE_LOCALES: Record<Locale, string> = { en: 'en-GB', de: 'de-DE', ko: 'ko-KR' };
const GREY = '#555555';

type Doc = InstanceType<typeof PDFDocument>;

/**
 * The minutes as a PDF with selectable text. Everything is drawn as plain
 * text with pdfkit's own primitives: no markup is interpreted and nothing is
 * loaded from outside (fonts come from the package, links are not followed).
 */
export function renderMinutesPdf(minutes: MinutesVersion, locale: Locale = 'en'): Promise<Buffer> {
  const labels = PDF_LABELS[locale];
  const { content } = minutes;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    bufferPages: true,
    info: { Title: `${labels.title}: ${content.board.title}`, Creator: 'Konsil' },
  });
  doc.registerFont('body', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  const done = collect(doc);

  const when = (instant: string, timeZone: string) =>
    `${new Intl.DateTimeFormat(DATE_LOCALES[locale], {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone,
    }).format(new Date(instant))} (${timeZone})`;
  const inEachZone = (instant: string) =>
    content.board.institutions.map((entry) => `${entry.code}: ${when(instant, entry.timeZone)}`);

  // Header: board, institutions, times in each institution's zone.
  doc.font('bold').fontSize(16).text(`${labels.title}: ${content.board.title}`);
  if (minutes.state === 'draft')
    doc.fillColor('#b00020').fontSize(11).text(labels.draft).fillColor('black');
  doc.moveDown(0.5).font('body').fontSize(10);
  line(
    doc,
    labels.institutions,
    content.board.institutions.map((entry) => `${entry.name} (${entry.code})`).join(' · '),
  );
  line(doc, labels.scheduled, inEachZone(content.board.startsAt).join('\n'));
  if (content.board.startedAt) {
    const end = content.board.endedAt ? ` – ${inEachZone(content.board.endedAt).join(' / ')}` : '';
    line(doc, labels.held, `${inEachZone(content.board.startedAt).join(' / ')}${end}`);
  }
  line(doc, labels.version, String(minutes.version));
  if (minutes.amendmentReason) line(doc, labels.amendment, minutes.amendmentReason);

  if (content.summary) section(doc, labels.summary, content.summary);

  heading(doc, labels.attendance);
  for (const person of content.attendance) {
    const intervals = person.intervals
      .map(
        (interval) =>
          `${when(interval.from, content.board.timeZone)}${interval.to ? ` – ${when(interval.to, content.board.timeZone)}` : ''}`,
      )
      .join('; ');
    doc
      .font('body')
      .fontSize(10)
      .text(
        `${person.institutionCode} · ${person.name} (${labels.roles[person.role]}) — ${intervals}`,
      );
  }
  if (content.attendance.length === 0) doc.text(labels.none);

  heading(doc, labels.cases);
  for (const item of content.cases) caseBlock(doc, item, labels);

  signatureBlock(doc, minutes, labels, when);
  numberPages(doc, labels);
  doc.end();
  return done;
}

function collect(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function heading(doc: Doc, text: string) {
  doc.moveDown(0.8).font('bold').fontSize(13).fillColor('black').text(text).moveDown(0.2);
}

function section(doc: Doc, title: string, body: string) {
  heading(doc, title);
  doc.font('body').fontSize(10).text(body);
}

function line(doc: Doc, label: string, value: string) {
  doc.font('bold').fontSize(10).fillColor(GREY).text(`${label}: `, { continued: true });
  doc.font('body').fillColor('black').text(value);
}

function caseBlock(doc: Doc, item: MinutesCase, labels: PdfLabels) {
  doc
    .moveDown(0.6)
    .font('bold')
    .fontSize(12)
    .text(`${item.position}. ${item.pseudonym} (${item.homeInstitutionCode})`);
  doc.font('body').fontSize(10);
  line(doc, labels.diagnosis, item.diagnosis ?? labels.none);
  line(doc, labels.stage, item.stage ?? labels.none);
  line(doc, labels.question, item.question || labels.none);
  line(
    doc,
    labels.status,
    `${labels.statuses[item.status]}${item.statusReason ? ` — ${item.statusReason}` : ''}`,
  );
  doc.moveDown(0.3).font('bold').text(labels.notes);
  doc.font('body').text(item.notes || labels.none);
  doc.moveDown(0.3).font('bold').text(labels.recommendation);
  const rec = item.recommendation;
  if (!rec) doc.font('body').text(labels.none);
  else {
    doc.font('body').text(rec.decisionText || labels.none);
    if (rec.intent) line(doc, labels.intent, labels.intents[rec.intent]);
    if (rec.modalities.length > 0)
      line(
        doc,
        labels.modalities,
        rec.modalities.map((entry) => labels.modalityNames[entry]).join(', '),
      );
    if (rec.guideline) {
      const concordance =
        rec.isGuidelineConcordant === null
          ? ''
          : rec.isGuidelineConcordant
            ? ` — ${labels.concordant}`
            : ` — ${labels.notConcordant}: ${rec.nonConcordanceReason}`;
      line(
        doc,
        labels.guideline,
        `${rec.guideline.body.toUpperCase()} ${rec.guideline.name} ${rec.guideline.version}${concordance}`,
      );
    }
    if (rec.trialRegistryId) line(doc, labels.trial, rec.trialRegistryId);
    if (rec.followUpOn) line(doc, labels.followUp, rec.followUpOn);
    if (rec.rePresent) doc.text(labels.rePresent);
  }
  const { agree, disagree, abstain } = item.tally;
  line(
    doc,
    labels.agreement,
    `${labels.positions.agree} ${agree} · ${labels.positions.disagree} ${disagree} · ${labels.positions.abstain} ${abstain}`,
  );
  for (const entry of item.positions) {
    const note = entry.note ? ` — ${entry.note}` : '';
    doc
      .fillColor(GREY)
      .text(`${entry.institutionCode} · ${entry.name}: ${labels.positions[entry.position]}${note}`)
      .fillColor('black');
  }
}

function signatureBlock(
  doc: Doc,
  minutes: MinutesVersion,
  labels: PdfLabels,
  when: (instant: string, timeZone: string) => string,
) {
  heading(doc, labels.signature);
  if (!minutes.signature) {
    doc.font('body').fontSize(10).text(labels.draft);
    return;
  }
  const { signedBy, signedAt, contentHash } = minutes.signature;
  line(doc, labels.signedBy, `${signedBy.name} (${signedBy.institutionCode})`);
  line(
    doc,
    labels.signedAt,
    minutes.content.board.institutions.map((entry) => when(signedAt, entry.timeZone)).join(' / '),
  );
  line(doc, labels.version, String(minutes.version));
  doc.font('bold').fontSize(10).fillColor(GREY).text(`${labels.contentHash}:`);
  doc.font('body').fillColor('black').fontSize(9).text(contentHash);
}

function numberPages(doc: Doc, labels: PdfLabels) {
  const range = doc.bufferedPageRange();
  for (let index = 0; index < range.count; index += 1) {
    doc.switchToPage(range.start + index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('body')
      .fontSize(8)
      .fillColor(GREY)
      .text(
        `${labels.page} ${index + 1} / ${range.count}`,
        doc.page.margins.left,
        doc.page.height - 36,
        {
          align: 'right',
          lineBreak: false,
        },
      );
    doc.page.margins.bottom = bottom;
  }
}
