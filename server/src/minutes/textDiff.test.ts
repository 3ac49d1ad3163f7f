import { describe, expect, it } from 'vitest';
import { diffText } from './textDiff';

const join = (parts: ReturnType<typeof diffText>, keep: 'before' | 'after') =>
  parts
    .filter(
      (part) => part.kind === 'same' || part.kind === (keep === 'before' ? 'removed' : 'added'),
    )
    .map((part) => part.text)
    .join('');

describe('diffText', () => {
  it('marks the changed words and keeps the rest', () => {
    const parts = diffText(
      'Adjuvant Osimertinib für 3 Jahre.',
      'Adjuvant Osimertinib für 2 Jahre.',
    );
    expect(parts).toEqual([
      { kind: 'same', text: 'Adjuvant Osimertinib für ' },
      { kind: 'removed', text: '3' },
      { kind: 'added', text: '2' },
      { kind: 'same', text: ' Jahre.' },
    ]);
  });

  it('handles Korean, empty sides and identical texts', () => {
    expect(diffText('', '폐암 수술 권고')).toEqual([{ kind: 'added', text: '폐암 수술 권고' }]);
    expect(diffText('폐암 수술 권고', '')).toEqual([{ kind: 'removed', text: '폐암 수술 권고' }]);
    expect(diffText('같은 내용', '같은 내용')).toEqual([{ kind: 'same', text: '같은 내용' }]);
    expect(diffText('', '')).toEqual([]);
  });

  it('always rebuilds both texts from its parts (seeded random edits)', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const words = ['Lobektomie', 'Chemo', 'RT', '폐암은', 'PET-CT', 'und', '\n', 'ECOG 1'];
    const text = (length: number) =>
      Array.from({ length }, () => words[Math.floor(random() * words.length)]).join(' ');
    for (let round = 0; round < 200; round += 1) {
      const before = text(Math.floor(random() * 30));
      const after = text(Math.floor(random() * 30));
      const parts = diffText(before, after);
      expect(join(parts, 'before')).toBe(before);
      expect(join(parts, 'after')).toBe(after);
    }
  });

  it('shows a rewrite as removed and added text', () => {
    const before = Array.from({ length: 800 }, (_, index) => `alt${index}`).join(' ');
    const after = Array.from({ length: 800 }, (_, index) => `neu${index}`).join(' ');
    expect(diffText(before, after)).toEqual([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]);
  });

  it('stays cheap for a small change in long notes', () => {
    const long = Array.from({ length: 20_000 }, (_, index) => `Wort${index}`).join(' ');
    const parts = diffText(long, long.replace('Wort10000', 'geändert'));
    expect(parts.filter((part) => part.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'Wort10000' },
      { kind: 'added', text: 'geändert' },
    ]);
  });
});
