import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument } from './spreadsheetCsv';

describe('csvCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+49 30 1234', "'+49 30 1234"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['=HYPERLINK("https://evil.example","x")', `"'=HYPERLINK(""https://evil.example"",""x"")"`],
    ['Dr. Kim, Min-jun', '"Dr. Kim, Min-jun"'],
    ['say "hi"', '"say ""hi"""'],
    ['a\r\nb', '"a\r\nb"'],
    ['폐암 협진', '폐암 협진'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('writes the text %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes numbers as numbers, a negative one too, and null as an empty cell', () => {
    expect(csvCell(45)).toBe('45');
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(0.25)).toBe('0.25');
    expect(csvCell(null)).toBe('');
  });
});

describe('csvDocument', () => {
  it('starts with a byte-order mark and ends every line with CRLF', () => {
    expect(
      csvDocument(
        ['a', 'b'],
        [
          ['김', 'ü'],
          [1, null],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n김,ü\r\n1,\r\n');
  });

  it('is only the header for no rows', () => {
    expect(csvDocument(['a'], [])).toBe('\uFEFFa\r\n');
  });
});
