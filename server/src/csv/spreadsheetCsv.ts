/**
 * CSV as spreadsheets open it safely, shared by every CSV download (analytics figures, the audit
 * export, attendance): RFC 4180 cells, CRLF line ends, UTF-8 with a byte-order mark (without it
 * Excel and LibreOffice read the file in the local code page and garble Hangul and umlauts).
 */
export const CSV_BYTE_ORDER_MARK = '\uFEFF';

/** What a spreadsheet would run as a formula (and tab/CR, which some strip before it). */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | null;

/**
 * One cell. Text a spreadsheet would take for a formula gets a leading `'` (OWASP's advice
 * against CSV injection): names, titles and addresses come from users, so every text cell goes
 * through here. Numbers are written as they are, so a negative number stays a number. A cell
 * with a quote, comma or line break is quoted.
 */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(cells: readonly CsvValue[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** The whole file: a header row, then the rows, each line ended by CRLF. */
export function csvDocument(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
): string {
  return CSV_BYTE_ORDER_MARK + [header, ...rows].map(csvLine).join('');
}
