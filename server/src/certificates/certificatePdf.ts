import { GREY, newPdfDocument, type PdfDoc } from '../pdf/pdfDocument';
import type { AttendanceCertificate } from './attendanceCertificate';
import { CERTIFICATE_LABELS } from './certificateLabels';

/** Dates and times in the holder's zone, which is named; 24-hour clock. */
function timesOf(certificate: AttendanceCertificate, dateLocale: string) {
  const { timeZone } = certificate;
  const format = (instant: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(dateLocale, { ...options, timeZone }).format(new Date(instant));
  return {
    day: (instant: string) => format(instant, { dateStyle: 'long' }),
    clock: (instant: string) =>
      format(instant, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  };
}

/** `label: value` on one line. */
function fact(doc: PdfDoc, label: string, value: string) {
  doc.font('bold').fontSize(11).fillColor(GREY).text(`${label}: `, { continued: true });
  doc.font('body').fillColor('black').text(value);
  doc.moveDown(0.25);
}

/**
 * The certificate of attendance as a one-page PDF with selectable text: who attended which
 * board and for how long, what it discussed (entities, not cases), who issued it and how
 * anyone can check it.
 */
export function renderCertificatePdf(certificate: AttendanceCertificate): Promise<Buffer> {
  const labels = CERTIFICATE_LABELS[certificate.locale];
  const times = timesOf(certificate, labels.dateLocale);
  const { board, holder, issuer } = certificate;
  const { doc, bytes } = newPdfDocument({ Title: `${labels.title}: ${board.title}` });

  doc.font('body').fontSize(10).fillColor(GREY).text(issuer.name);
  doc.moveDown(2).font('bold').fontSize(24).fillColor('black').text(labels.title);
  doc
    .moveDown(1)
    .font('body')
    .fontSize(12)
    .text(labels.confirms(holder.name, holder.institution.name));
  doc.moveDown(1);

  fact(doc, labels.board, board.title);
  fact(
    doc,
    labels.date,
    labels.timeSpan(
      times.day(board.startedAt),
      times.clock(board.startedAt),
      times.clock(board.endedAt),
      certificate.timeZone,
    ),
  );
  const boardMinutes = Math.round(
    (Date.parse(board.endedAt) - Date.parse(board.startedAt)) / 60_000,
  );
  fact(doc, labels.duration, labels.minutes(boardMinutes));
  fact(doc, labels.attended, labels.minutes(certificate.minutesAttended));
  fact(doc, labels.institutions, board.institutions.map((entry) => entry.name).join(' · '));
  fact(
    doc,
    labels.entities,
    certificate.entities.map((entity) => labels.entityNames[entity]).join(', ') ||
      labels.noEntities,
  );
  fact(doc, labels.casesDiscussed, String(certificate.casesDiscussed));

  doc.moveDown(1);
  fact(doc, labels.issuer, issuer.name);
  fact(doc, labels.issuedAt, times.day(certificate.issuedAt));

  doc.moveDown(1);
  fact(doc, labels.code, certificate.code);
  fact(doc, labels.verifyAt, certificate.verifyUrl);
  doc.font('body').fontSize(9).fillColor(GREY).text(labels.verifyNote);
  doc.moveDown(1.5).fontSize(9).text(labels.notAccreditation).fillColor('black');

  doc.end();
  return bytes;
}
