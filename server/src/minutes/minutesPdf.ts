import {
  type AttendanceEntry,
  attendanceGroups,
  type CaseEvent,
  clockTime,
  dayIn,
  type Locale,
  type MinutesCase,
  type MinutesContent,
  type MinutesVersion,
  POSITIONS,
  tableDate,
  timeInTable,
} from '@konsil/shared';
import { footEveryPage, GREY, keepRoom, newPdfDocument, type PdfDoc } from '../pdf/pdfDocument';
import { fillIn, PDF_LABELS, type PdfLabels } from './pdfLabels';

const RULE = '#bbbbbb';

type Board = MinutesContent['board'];

/** "Europe/Berlin" → "Berlin", as the page names a zone's city. */
const zoneCity = (timeZone: string) => (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');

/** Dates and 24-hour times in the reader's language, as the page writes them. */
function datesIn(locale: Locale) {
  const date = (instant: string, timeZone: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(new Date(instant));
  return {
    date,
    /** "3 Dec 2026, 08:00 (Europe/Berlin)" */
    dateTime: (instant: string, timeZone: string) =>
      `${date(instant, timeZone)}, ${clockTime(instant, locale, timeZone)} (${timeZone})`,
    /** A calendar date without a time (YYYY-MM-DD): it names a day, so no zone shifts it. */
    calendarDate: (day: string) => {
      const at = Date.parse(`${day}T00:00:00Z`);
      if (Number.isNaN(at)) return day;
      return new Intl.DateTimeFormat(locale, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        timeZone: 'UTC',
      }).format(at);
    },
  };
}
type Dates = ReturnType<typeof datesIn>;

interface Writer {
  doc: PdfDoc;
  labels: PdfLabels;
  locale: Locale;
  dates: Dates;
  board: Board;
}

/**
 * The minutes as a PDF with selectable text, in the page's words. Everything is drawn as plain
 * text with pdfkit's own primitives: no markup is interpreted and nothing is loaded from outside
 * (fonts come from the package, links are not followed).
 */
export function renderMinutesPdf(minutes: MinutesVersion, locale: Locale = 'en'): Promise<Buffer> {
  const labels = PDF_LABELS[locale];
  const { content } = minutes;
  const { doc, bytes } = newPdfDocument({ Title: `${labels.title}: ${content.board.title}` });
  const writer: Writer = { doc, labels, locale, dates: datesIn(locale), board: content.board };

  doc.font('bold').fontSize(16).text(`${labels.title}: ${content.board.title}`);
  if (minutes.state === 'draft')
    doc.fillColor('#b00020').fontSize(11).text(labels.draft).fillColor('black');
  doc.moveDown(0.5).font('body').fontSize(10);
  header(writer, minutes);

  heading(doc, labels.summary);
  doc
    .font('body')
    .fontSize(10)
    .text(content.summary || labels.summaryEmpty);

  heading(doc, labels.attendance);
  attendance(writer, content);

  heading(doc, labels.cases);
  if (content.cases.length === 0) doc.font('body').fontSize(10).text(labels.casesNone);
  for (const item of content.cases) caseBlock(writer, item);

  signatureBlock(writer, minutes);
  footEveryPage(doc, (page, pages) => `${labels.page} ${page} / ${pages}`);
  doc.end();
  return bytes;
}

function heading(doc: PdfDoc, text: string) {
  doc.moveDown(0.8).font('bold').fontSize(13).fillColor('black').text(text).moveDown(0.2);
}

function subheading(doc: PdfDoc, text: string) {
  // A heading never ends a page alone.
  keepRoom(doc, 48);
  doc.moveDown(0.3).font('bold').fontSize(10).fillColor('black').text(text);
  doc.font('body');
}

function line(doc: PdfDoc, label: string, value: string) {
  // A label asking a question ("In line with the guideline?") takes no colon.
  const lead = /[?？]$/.test(label) ? `${label} ` : `${label}: `;
  doc.font('bold').fontSize(10).fillColor(GREY).text(lead, { continued: true });
  doc.font('body').fillColor('black').text(value);
}

/** Institutions, then when the board was scheduled and held, in every institution's zone. */
function header({ doc, labels, locale, dates, board }: Writer, minutes: MinutesVersion) {
  line(
    doc,
    labels.institutions,
    board.institutions.map((entry) => `${entry.name} (${entry.code})`).join(' · '),
  );
  const zones = board.institutions;
  line(
    doc,
    labels.scheduled,
    zones
      .map((entry) => `${entry.code}: ${dates.dateTime(board.startsAt, entry.timeZone)}`)
      .join('\n'),
  );
  const { startedAt, endedAt } = board;
  if (!startedAt) line(doc, labels.held, labels.notHeld);
  else {
    const held = (zone: string) => {
      const day = dayIn(startedAt, zone);
      const end = endedAt ? `–${timeInTable(endedAt, locale, zone, day)}` : '';
      return `${dates.date(startedAt, zone)}, ${clockTime(startedAt, locale, zone)}${end} (${zone})`;
    };
    line(
      doc,
      labels.held,
      zones.map((entry) => `${entry.code}: ${held(entry.timeZone)}`).join('\n'),
    );
  }
  line(doc, labels.version, String(minutes.version));
  if (minutes.amendmentReason) {
    doc.text(
      fillIn(labels.amendment, { version: minutes.version - 1, reason: minutes.amendmentReason }),
    );
  }
}

function attendance({ doc, labels, locale, board }: Writer, content: MinutesContent) {
  if (content.attendance.length === 0) {
    doc.font('body').fontSize(10).text(labels.attendanceNone);
    return;
  }
  const reference = board.startedAt ?? board.startsAt;
  for (const { institution, entries } of attendanceGroups(content)) {
    const zone = institution.timeZone;
    const day = dayIn(reference, zone);
    doc.moveDown(0.5).font('bold').fontSize(11).text(`${institution.code} · ${institution.name}`);
    doc
      .font('body')
      .fontSize(9)
      .fillColor(GREY)
      .text(
        fillIn(labels.attendanceZone, {
          city: zoneCity(zone),
          zone,
          date: tableDate(reference, locale, zone),
        }),
      )
      .fillColor('black');
    if (entries.length === 0) {
      doc.fontSize(10).text(labels.attendanceNoneHere);
      continue;
    }
    const times = (entry: AttendanceEntry) =>
      entry.intervals
        .map((interval) => {
          const from = timeInTable(interval.from, locale, zone, day);
          return interval.to
            ? fillIn(labels.interval, { from, to: timeInTable(interval.to, locale, zone, day) })
            : fillIn(labels.toEnd, { from });
        })
        .join(', ');
    doc.moveDown(0.2);
    tableRow(doc, [labels.attendanceName, labels.attendanceRole, labels.attendanceTimes], 'bold');
    for (const entry of entries) {
      tableRow(doc, [entry.name, labels.roles[entry.role], times(entry)], 'body');
    }
  }
}

/** Shares of the text width the attendance table's columns take: name, role, times. */
const COLUMNS = [0.36, 0.2, 0.44];

/**
 * One row of a table, each cell wrapped in its column, with a rule below. Drawn with plain
 * text calls (pdfkit's own tables reopen the font file for every cell); a row that would not
 * fit on the page starts the next one.
 */
function tableRow(doc: PdfDoc, cells: string[], font: 'body' | 'bold') {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const widths = COLUMNS.map((share) => share * width);
  const gap = 6;
  doc.font(font).fontSize(10).fillColor('black');
  const height = Math.max(
    ...cells.map((text, index) => doc.heightOfString(text, { width: (widths[index] ?? 0) - gap })),
  );
  keepRoom(doc, height + 6);
  const top = doc.y + 3;
  let x = left;
  cells.forEach((text, index) => {
    const cellWidth = widths[index] ?? 0;
    doc.text(text, x, top, { width: cellWidth - gap });
    x += cellWidth;
  });
  const bottom = top + height + 3;
  doc
    .moveTo(left, bottom)
    .lineTo(left + width, bottom)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
  doc.x = left;
  doc.y = bottom;
}

function caseBlock(writer: Writer, item: MinutesCase) {
  const { doc, labels } = writer;
  doc
    .moveDown(0.8)
    .font('bold')
    .fontSize(12)
    .fillColor('black')
    .text(`${fillIn(labels.casePosition, { position: item.position })} · ${item.pseudonym}`);
  doc.font('body').fontSize(10);
  line(doc, labels.status, labels.statuses[item.status]);
  if (item.statusReason) doc.text(fillIn(labels.reason, { reason: item.statusReason }));
  const home = writer.board.institutions.find((entry) => entry.code === item.homeInstitutionCode);
  line(doc, labels.home, `${item.homeInstitutionCode} ${home?.name ?? ''}`.trim());
  line(doc, labels.diagnosis, item.diagnosis ?? labels.notStated);
  line(doc, labels.stage, item.stage ?? labels.notStated);
  subheading(doc, labels.question);
  doc.text(item.question || labels.notStated);
  if (item.history && item.history.length > 0) {
    subheading(doc, labels.history);
    for (const event of item.history) {
      const [first, ...rest] = historyLines(writer, event);
      doc.text(first ?? '');
      for (const text of rest) doc.fillColor(GREY).text(`   ${text}`).fillColor('black');
    }
  }
  subheading(doc, labels.notes);
  doc.text(item.notes || labels.noNotes);
  recommendationBlock(writer, item);
  positionsBlock(writer, item);
}

function recommendationBlock({ doc, labels, dates }: Writer, item: MinutesCase) {
  const version = item.recommendationVersion;
  subheading(
    doc,
    version ? fillIn(labels.recommendationOnVersion, { version }) : labels.recommendation,
  );
  const rec = item.recommendation;
  if (!rec) {
    doc.text(labels.recommendationNone);
    return;
  }
  doc.text(rec.decisionText || labels.recommendationNoText);
  // The same facts as the page, only what was filled in.
  if (rec.intent) line(doc, labels.intent, labels.intents[rec.intent]);
  if (rec.modalities.length > 0)
    line(
      doc,
      labels.modalities,
      rec.modalities.map((entry) => labels.modalityNames[entry]).join(', '),
    );
  if (rec.guideline) {
    const { body, name, version: guidelineVersion } = rec.guideline;
    line(doc, labels.guideline, `${labels.guidelineBodies[body]} · ${name} · ${guidelineVersion}`);
  }
  const concordance =
    rec.isGuidelineConcordant === null ? 'unknown' : rec.isGuidelineConcordant ? 'yes' : 'no';
  const reason =
    rec.isGuidelineConcordant === false && rec.nonConcordanceReason
      ? ` — ${fillIn(labels.reason, { reason: rec.nonConcordanceReason })}`
      : '';
  line(doc, labels.concordance, `${labels.concordances[concordance]}${reason}`);
  if (rec.trialRegistryId) line(doc, labels.trial, rec.trialRegistryId);
  if (rec.followUpOn) line(doc, labels.followUp, dates.calendarDate(rec.followUpOn));
  if (rec.rePresent) line(doc, labels.rePresent, labels.yes);
}

/** The tally on the version it counts, then every position, marked when it judged another one. */
function positionsBlock({ doc, labels }: Writer, item: MinutesCase) {
  const version = item.recommendationVersion;
  subheading(doc, version ? fillIn(labels.agreementOnVersion, { version }) : labels.agreement);
  doc.text(
    POSITIONS.map((position) => `${labels.positions[position]}: ${item.tally[position]}`).join(
      ' · ',
    ),
  );
  if (item.positions.length === 0) {
    doc.fillColor(GREY).text(labels.noPositions).fillColor('black');
    return;
  }
  for (const entry of item.positions) {
    const note = entry.note ? ` — ${entry.note}` : '';
    // Minutes signed before positions carried a version say nothing of it.
    const judged = entry.recommendationVersion;
    const mark =
      version === undefined || judged === undefined || judged === version
        ? ''
        : judged === null
          ? ` (${labels.onNoVersion})`
          : ` (${fillIn(labels.onOlderVersion, { version: judged })})`;
    doc
      .fillColor(GREY)
      .text(
        `${entry.institutionCode} · ${entry.name}: ${labels.positions[entry.position]}${mark}${note}`,
      )
      .fillColor('black');
  }
}

/**
 * One event of a case's history in the decision panel's words: what happened · when (on the
 * board's clock, its zone named) · who; then the reason, if one was given.
 */
function historyLines({ labels, locale, board }: Writer, event: CaseEvent): string[] {
  const zone = board.timeZone;
  const at = `${tableDate(event.at, locale, zone)} ${clockTime(event.at, locale, zone)} (${zone})`;
  const who = event.by
    ? fillIn(labels.by, { name: event.by.name, code: event.by.institutionCode })
    : labels.system;
  const boardOf = (ref: CaseEvent['board']) =>
    `${ref.title} (${tableDate(ref.startsAt, locale, zone)})`;
  const what = (() => {
    switch (event.kind) {
      case 'closed':
        return fillIn(labels.closed, {
          outcome: event.outcome ? labels.statuses[event.outcome] : '',
        });
      case 'reopened':
        return labels.reopened;
      case 'not_discussed':
        return labels.notDiscussed;
      case 'carried_over':
        // From the board it left it went on; from the later board, it came from there.
        return event.toBoard?.id === board.id
          ? fillIn(labels.carriedFrom, { board: boardOf(event.board) })
          : fillIn(labels.carriedTo, { board: boardOf(event.toBoard ?? event.board) });
    }
  })();
  const reason = event.reason ? [fillIn(labels.historyReason, { reason: event.reason })] : [];
  return [`${what} · ${at} · ${who}`, ...reason];
}

function signatureBlock({ doc, labels, dates, board }: Writer, minutes: MinutesVersion) {
  heading(doc, labels.signature);
  if (!minutes.signature) {
    doc.font('body').fontSize(10).text(labels.draft);
    return;
  }
  const { signedBy, signedAt, contentHash } = minutes.signature;
  const institution =
    board.institutions.find((entry) => entry.code === signedBy.institutionCode)?.name ??
    signedBy.institutionCode;
  doc
    .font('body')
    .fontSize(10)
    .text(fillIn(labels.signedBy, { name: signedBy.name, institution }));
  line(
    doc,
    labels.signedAt,
    board.institutions.map((entry) => dates.dateTime(signedAt, entry.timeZone)).join(' / '),
  );
  line(doc, labels.version, String(minutes.version));
  doc.font('bold').fontSize(10).fillColor(GREY).text(`${labels.contentHash}:`);
  doc.font('body').fillColor('black').fontSize(9).text(contentHash);
}
