import { describe, expect, it } from 'vitest';
import { boardDateOf, keyedResults, resultPath, snippetParts } from './searchResults';

const joined = (parts: { text: string }[]) => parts.map((part) => part.text).join('');
const matches = (parts: { text: string; isMatch: boolean }[]) =>
  parts.filter((part) => part.isMatch).map((part) => part.text);

describe('snippetParts', () => {
  it('marks each highlight and keeps the text around it', () => {
    const parts = snippetParts('EGFR exon 19 deletion, start osimertinib', [
      { start: 0, end: 4 },
      { start: 29, end: 40 },
    ]);
    expect(parts).toEqual([
      { text: 'EGFR', isMatch: true },
      { text: ' exon 19 deletion, start ', isMatch: false },
      { text: 'osimertinib', isMatch: true },
    ]);
  });

  it('returns the whole snippet as plain text without highlights', () => {
    expect(snippetParts('no match here', [])).toEqual([{ text: 'no match here', isMatch: false }]);
  });

  it('sorts ranges and merges overlapping and touching ones', () => {
    const parts = snippetParts('abcdefghij', [
      { start: 6, end: 8 },
      { start: 1, end: 3 },
      { start: 2, end: 5 },
      { start: 5, end: 6 },
    ]);
    expect(matches(parts)).toEqual(['bcdefgh']);
    expect(joined(parts)).toBe('abcdefghij');
  });

  it('clamps ranges to the snippet and drops empty or reversed ones', () => {
    const parts = snippetParts('short', [
      { start: -3, end: 2 },
      { start: 4, end: 99 },
      { start: 3, end: 3 },
      { start: 3, end: 1 },
    ]);
    expect(matches(parts)).toEqual(['sh', 't']);
    expect(joined(parts)).toBe('short');
  });

  it('never produces markup from the text itself', () => {
    const snippet = '<img src=x onerror=alert(1)> PD-L1';
    const parts = snippetParts(snippet, [{ start: 29, end: 34 }]);
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)> ', isMatch: false },
      { text: 'PD-L1', isMatch: true },
    ]);
  });

  it('keeps characters outside the Basic Multilingual Plane whole', () => {
    const snippet = '…폐암 😀 EGFR';
    const start = snippet.indexOf('EGFR');
    expect(snippetParts(snippet, [{ start, end: start + 4 }])).toEqual([
      { text: '…폐암 😀 ', isMatch: false },
      { text: 'EGFR', isMatch: true },
    ]);
  });
});

describe('resultPath', () => {
  it('opens minutes on the minutes page', () => {
    expect(resultPath({ boardId: 'b1', caseId: 'c1', kind: 'minutes' })).toBe('/boards/b1/minutes');
  });

  it('opens a case or recommendation on its case page', () => {
    expect(resultPath({ boardId: 'b1', caseId: 'c1', kind: 'case' })).toBe('/boards/b1/cases/c1');
    expect(resultPath({ boardId: 'b1', caseId: 'c1', kind: 'recommendation' })).toBe(
      '/boards/b1/cases/c1',
    );
  });

  it('falls back to the board when a result names no case', () => {
    expect(resultPath({ boardId: 'b1', kind: 'case' })).toBe('/boards/b1');
  });
});

describe('keyedResults', () => {
  it('keys each hit by kind, board and case, numbering repeats', () => {
    const hit = {
      boardId: 'b1',
      kind: 'case' as const,
      boardTitle: 'Board',
      boardStartsAt: '2026-12-03T07:00:00.000Z',
      boardStartedAt: null,
      pseudonym: 'KS-1',
      snippet: '',
      highlights: [],
    };
    const keys = keyedResults([
      { ...hit, caseId: 'c1' },
      { ...hit, kind: 'minutes' },
      { ...hit, caseId: 'c1' },
    ]).map((entry) => entry.key);
    expect(keys).toEqual(['case:b1:c1', 'minutes:b1:', 'case:b1:c1:1']);
  });
});

describe('boardDateOf', () => {
  const planned = '2026-12-10T15:00:00.000Z';

  it('gives the day the board was held when it went live, whatever was planned', () => {
    expect(
      boardDateOf({ boardStartsAt: planned, boardStartedAt: '2026-12-03T07:00:00.000Z' }),
    ).toEqual({ kind: 'held', at: '2026-12-03T07:00:00.000Z' });
  });

  it('falls back to the planned day, said as planned, for a board that never ran', () => {
    expect(boardDateOf({ boardStartsAt: planned, boardStartedAt: null })).toEqual({
      kind: 'planned',
      at: planned,
    });
  });
});
