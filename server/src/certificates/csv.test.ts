import { describe, expect, it } from 'vitest';
import { csvCell, csvOf } from './csv';

describe('csvCell', () => {
  it('quotes every cell and doubles its quotes', () => {
    expect(csvCell('Weber, "Jonas"')).toBe('"Weber, ""Jonas"""');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
    expect(csvCell(45)).toBe('"45"');
    expect(csvCell(null)).toBe('""');
  });

  it.each(['=1+1', '+49 30', '-2', '@SUM(A1)', '\tx', '\rx'])(
    'defuses %j, which a spreadsheet would run',
    (value) => {
      expect(csvCell(value)).toBe(`"'${value}"`);
    },
  );
});

describe('csvOf', () => {
  it('starts with a byte-order mark and ends every line with CRLF', () => {
    expect(csvOf(['a', 'b'], [['김', 'ü']])).toBe('\uFEFF"a","b"\r\n"김","ü"\r\n');
  });
});
