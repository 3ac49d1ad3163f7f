import { describe, expect, it } from 'vitest';
import { findDuplicatedParagraphs } from './duplicatedParagraphs';

const HEAD = 'Palliative radiotherapy of the spine:';
const TAIL = '30 Gy/10 fractions possible';

describe('findDuplicatedParagraphs', () => {
  it('finds a paragraph that is there twice in a row, naming the second copy', () => {
    expect(findDuplicatedParagraphs([HEAD, TAIL, TAIL, 'Re-present after MRI'])).toEqual([
      { text: TAIL, index: 2, repeats: 1 },
    ]);
  });

  it('finds a paragraph that is the end of its neighbour, on either side', () => {
    expect(findDuplicatedParagraphs([HEAD, TAIL, '10 fractions possible'])).toEqual([
      { text: '10 fractions possible', index: 2, repeats: 1 },
    ]);
    expect(findDuplicatedParagraphs([HEAD, '10 fractions possible', TAIL])).toEqual([
      { text: '10 fractions possible', index: 1, repeats: 2 },
    ]);
    expect(findDuplicatedParagraphs([HEAD, `Dose: ${TAIL}`, TAIL])).toEqual([
      { text: TAIL, index: 2, repeats: 1 },
    ]);
  });

  it('reads notes text lines: list markers, item numbers, indentation and spacing aside', () => {
    expect(findDuplicatedParagraphs([`• ${HEAD}`, `• ${TAIL}`, `• ${TAIL} `])).toHaveLength(1);
    expect(findDuplicatedParagraphs([`1. ${HEAD}`, `2. ${TAIL}`, `3. ${TAIL}`])).toEqual([
      { text: TAIL, index: 2, repeats: 1 },
    ]);
    expect(findDuplicatedParagraphs([`  • ${TAIL}`, `30 Gy/10  fractions\tpossible`])).toEqual([
      { text: TAIL, index: 1, repeats: 0 },
    ]);
  });

  it('looks past empty paragraphs, up to three paragraphs on', () => {
    expect(findDuplicatedParagraphs([TAIL, '', '', TAIL])).toHaveLength(1);
    expect(findDuplicatedParagraphs([TAIL, 'Hb 9.8 g/dl', 'ECOG 1', 'eGFR 54', TAIL])).toEqual([]);
    expect(findDuplicatedParagraphs([TAIL, 'Hb 9.8 g/dl', 'ECOG 1', TAIL])).toHaveLength(1);
  });

  it('reports a text found three times once', () => {
    expect(findDuplicatedParagraphs([TAIL, TAIL, TAIL])).toEqual([
      { text: TAIL, index: 1, repeats: 0 },
    ]);
  });

  it('finds duplicated Korean and German clauses', () => {
    const korean = '수술 가능성이 높음';
    expect(findDuplicatedParagraphs(['폐암은 좌상엽에 국한됨', korean, korean])).toHaveLength(1);
    const german = 'Lungenfunktion grenzwertig.';
    expect(findDuplicatedParagraphs([`EGFR Exon 19 Deletion. ${german}`, german])).toEqual([
      { text: german, index: 1, repeats: 0 },
    ]);
  });

  it('leaves legitimately repeated short lines alone', () => {
    expect(findDuplicatedParagraphs(['—', '—', '—'])).toEqual([]);
    expect(findDuplicatedParagraphs(['', '', '  ', ''])).toEqual([]);
    expect(
      findDuplicatedParagraphs(['n/a', 'n/a', 'Befund', 'Befund', 'ECOG 1', 'ECOG 1']),
    ).toEqual([]);
    expect(findDuplicatedParagraphs(['• ja', '• ja', '1. —', '2. —'])).toEqual([]);
    // Seven letters: one short word more would count.
    expect(findDuplicatedParagraphs(['Staging', 'Staging'])).toEqual([]);
    expect(findDuplicatedParagraphs(['Restaging', 'Restaging'])).toHaveLength(1);
  });

  it('leaves different paragraphs alone, and a heading repeated at the start of the next', () => {
    expect(
      findDuplicatedParagraphs([
        'Histology',
        'Histology: adenocarcinoma, EGFR exon 19 deletion',
        'Radiotherapy planning',
        'Radiotherapy planning starts after the MRI of the spine',
        HEAD,
        TAIL,
      ]),
    ).toEqual([]);
  });
});
