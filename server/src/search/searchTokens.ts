/**
 * Search terms, the same for what is indexed and what is asked, on SQLite and
 * PostgreSQL alike (their own tokenizers split on spaces and would miss 폐암
 * inside 폐암은). Text is folded (NFKC, lower case, accents off, ß → ss) so
 * "ubersicht" finds "Übersicht"; Hangul runs become their syllables and
 * syllable pairs, so any Korean word is found inside a longer one; every other
 * word is kept whole and matched by prefix, so "lungen" finds "Lungenkarzinom".
 */
const HANGUL_RUN = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]+/u;
const TOKEN = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]+|[\p{L}\p{N}]+/gu;
/** Longer words are cut: no term outgrows its index entry. */
const MAX_TERM_LENGTH = 40;

export function foldText(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .normalize('NFD')
      // Combining accents go; Hangul decomposes into jamo letters, not marks, and recomposes.
      .replace(/\p{M}/gu, '')
      .normalize('NFC')
  );
}

const isHangul = (word: string) => HANGUL_RUN.test(word);

function hangulTerms(run: string): string[] {
  const syllables = [...run];
  const terms = new Set(syllables);
  for (let index = 0; index + 1 < syllables.length; index += 1) {
    terms.add(`${syllables[index]}${syllables[index + 1]}`);
  }
  return [...terms];
}

/** Distinct terms of a text, for the index. */
export function indexTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const word of foldText(text).match(TOKEN) ?? []) {
    if (isHangul(word)) for (const term of hangulTerms(word)) terms.add(term);
    else terms.add(word.slice(0, MAX_TERM_LENGTH));
  }
  return [...terms];
}

/** One condition of a query: an exact term, or the start of one. Every condition must hold. */
export type QueryTerm = { kind: 'exact' | 'prefix'; term: string };

export const MAX_QUERY_TERMS = 12;

/**
 * Any text is a valid query: punctuation and operators are just not words.
 * A Korean word asks for its syllable pairs, a single syllable for itself,
 * every other word for terms that start with it.
 */
export function queryTerms(query: string): QueryTerm[] {
  const conditions = new Map<string, QueryTerm>();
  for (const word of foldText(query).match(TOKEN) ?? []) {
    if (isHangul(word)) {
      const syllables = [...word];
      const terms =
        syllables.length === 1 ? syllables : hangulTerms(word).filter((term) => term.length === 2);
      for (const term of terms) conditions.set(`=${term}`, { kind: 'exact', term });
    } else {
      const term = word.slice(0, MAX_TERM_LENGTH);
      conditions.set(`^${term}`, { kind: 'prefix', term });
    }
  }
  return [...conditions.values()].slice(0, MAX_QUERY_TERMS);
}
