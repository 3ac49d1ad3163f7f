import { type AuditEvent, localDateAndTime } from '@konsil/shared';
import { CSV_BYTE_ORDER_MARK, csvLine } from '../csv/spreadsheetCsv';
import type { AuditCsvLabels } from './csvLabels/labels';

function fillIn(template: string, values: Record<string, string | number>): string {
  return template.replace(/{{\s*(\w+)\s*}}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** "2026-12-03 08:00:15" in `timeZone` (24-hour clock; every zone in use has whole-minute offsets). */
export function localTimestamp(instant: string, timeZone: string): string {
  const at = new Date(instant);
  const { date, time } = localDateAndTime(at, timeZone);
  return `${date} ${time}:${String(at.getUTCSeconds()).padStart(2, '0')}`;
}

/** The object as the page shows it: its name, "… of another institution", or nothing. */
function objectName(event: AuditEvent, labels: AuditCsvLabels): string {
  if (event.objectLabel) return event.objectLabel;
  if (!event.isObjectWithheld) return '';
  const type = event.objectType;
  return type === 'board' || type === 'case' || type === 'user'
    ? labels.withheld[type]
    : labels.withheld.other;
}

export interface AuditCsvOptions {
  labels: AuditCsvLabels;
  timeZone: string;
  /** The row cap when more events matched: a last line says the file stops there. */
  truncatedAt: number | null;
}

/** The events as a CSV file, newest first, in the reader's language and zone. */
export function auditCsv(events: AuditEvent[], options: AuditCsvOptions): string {
  const { labels, timeZone } = options;
  const header = csvLine([
    labels.csv.seq,
    labels.csv.utc,
    fillIn(labels.csv.local, { zone: timeZone }),
    labels.columns.actor,
    labels.csv.email,
    labels.columns.actorInstitution,
    labels.columns.action,
    labels.csv.objectType,
    labels.columns.object,
    labels.csv.objectId,
    labels.columns.objectInstitution,
    labels.columns.outcome,
    labels.csv.attempted,
    labels.columns.clientAddress,
    labels.csv.hash,
  ]);
  const rows = events.map((event) =>
    csvLine([
      String(event.seq),
      event.occurredAt,
      localTimestamp(event.occurredAt, timeZone),
      event.actor?.name ?? labels.noActor,
      event.actor?.email ?? '',
      event.actorInstitution?.code ?? '',
      labels.actions[event.action.replaceAll('.', '_')] ?? event.action,
      labels.objectTypes[event.objectType] ?? labels.objectTypes.other ?? event.objectType,
      objectName(event, labels),
      event.objectId ?? '',
      event.objectInstitution?.code ?? '',
      labels.outcome[event.outcome],
      event.attempted
        ? (labels.policyActions[event.attempted.replaceAll(':', '_')] ?? event.attempted)
        : '',
      event.clientAddress ?? '',
      event.hash,
    ]),
  );
  const note =
    options.truncatedAt === null
      ? []
      : [csvLine([fillIn(labels.csv.truncated, { count: options.truncatedAt })])];
  return CSV_BYTE_ORDER_MARK + header + rows.join('') + note.join('');
}
