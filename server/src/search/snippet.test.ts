import { describe, expect, it } from 'vitest';
import { queryTerms } from './searchTokens';
import { snippetOf } from './snippet';

const marked = (text: string, query: string) => {
  const snippet = snippetOf(text, queryTerms(query));
  return snippet.highlights.map((range) => snippet.text.slice(range.start, range.end));
};

describe('snippetOf', () => {
  it('marks the matches in the original spelling', () => {
    expect(marked('Übersicht der Befunde: Lungenkarzinom', 'ubersicht lungen')).toEqual([
      'Übersicht',
      'Lungen',
    ]);
    expect(marked('환자의 폐암은 좌상엽에 국한', '폐암')).toEqual(['폐암']);
  });

  it('cuts a long text around the first match', () => {
    const text = `${'Vorgeschichte '.repeat(40)}EGFR Exon 19 Deletion${' Verlauf'.repeat(40)}`;
    const snippet = snippetOf(text, queryTerms('egfr'));
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThan(260);
    expect(marked(text, 'egfr')).toEqual(['EGFR']);
  });

  it('keeps markup as text and offsets within it', () => {
    const snippet = snippetOf('<b>Lobektomie</b> empfohlen', queryTerms('lobektomie'));
    expect(snippet.text).toBe('<b>Lobektomie</b> empfohlen');
    expect(snippet.highlights).toEqual([{ start: 3, end: 13 }]);
  });
});
