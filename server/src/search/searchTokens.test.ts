import { describe, expect, it } from 'vitest';
import { foldText, indexTerms, queryTerms } from './searchTokens';

/** Whether a query finds a text, as the index will decide it. */
function finds(query: string, text: string): boolean {
  const terms = indexTerms(text);
  const conditions = queryTerms(query);
  return (
    conditions.length > 0 &&
    conditions.every((condition) =>
      condition.kind === 'exact'
        ? terms.includes(condition.term)
        : terms.some((term) => term.startsWith(condition.term)),
    )
  );
}

describe('search terms', () => {
  it('finds a Korean word inside a longer one', () => {
    expect(finds('폐암', '폐암은 좌상엽에 국한되어 있음')).toBe(true);
    expect(finds('좌상엽', '폐암은 좌상엽에 국한')).toBe(true);
    expect(finds('암', '폐암은')).toBe(true);
    expect(finds('위암', '폐암은 좌상엽에')).toBe(false);
  });

  it('finds German compounds by their beginning, without caring about case or umlauts', () => {
    expect(finds('lungen', 'Lungenkarzinom im Oberlappen')).toBe(true);
    expect(finds('Übersicht', 'UEBERSICHT')).toBe(false);
    expect(finds('ubersicht', 'Übersicht der Befunde')).toBe(true);
    expect(finds('strasse', 'Hauptstraße')).toBe(false);
    expect(finds('hauptstrasse', 'Hauptstraße 1')).toBe(true);
    expect(finds('karzinom', 'Lungenkarzinom')).toBe(false);
  });

  it('needs every word of the query', () => {
    expect(finds('Lobektomie Osimertinib', 'Lobektomie, danach Osimertinib')).toBe(true);
    expect(finds('Lobektomie Pembrolizumab', 'Lobektomie, danach Osimertinib')).toBe(false);
  });

  it('reads any text as a query: operators and quotes are not syntax', () => {
    for (const query of [
      '"',
      'AND OR NOT',
      "'; DROP TABLE cases; --",
      '%_\\',
      '*',
      '(',
      '폐암 -',
      'NEAR/3',
    ]) {
      expect(() => queryTerms(query)).not.toThrow();
    }
    expect(queryTerms('%_\\ *')).toEqual([]);
    expect(queryTerms('AND')).toEqual([{ kind: 'prefix', term: 'and' }]);
  });

  it('folds text the same way for the index and the query', () => {
    expect(foldText('Ärztliche ÜBERWEISUNG')).toBe('arztliche uberweisung');
    expect(foldText('폐암은')).toBe('폐암은');
    expect(foldText('ＥＧＦＲ')).toBe('egfr');
  });
});
