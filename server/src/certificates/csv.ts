/**
 * CSV as spreadsheets open it safely: UTF-8 with a byte-order mark (so Excel reads Hangul and
 * umlauts), every cell quoted, CRLF line ends, and a cell that a spreadsheet would run as a
 * formula (starting with = + - @, a tab or a carriage return) prefixed with an apostrophe.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function csvOf(
  header: readonly string[],
  rows: readonly (string | number | null)[][],
): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
