import { describe, expect, it } from 'vitest';
import { generatePseudonym } from './pseudonym';

// Letters and digits that cannot be confused when read aloud or typed: no 0/O, no 1/I/L.
const READABLE = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A random source that hands out the given indices in turn and remembers what it was asked. */
function scripted(indices: number[]) {
  const asked: number[] = [];
  let next = 0;
  const random = (max: number) => {
    asked.push(max);
    const index = indices[next % indices.length] ?? 0;
    next += 1;
    return index;
  };
  return { random, asked };
}

describe('generatePseudonym', () => {
  it('is the institution code and five readable characters', () => {
    for (let draw = 0; draw < 500; draw += 1) {
      expect(generatePseudonym('CCCC')).toMatch(/^CCCC-[2-9A-HJKMNP-Z]{5}$/);
      expect(generatePseudonym('SCCC')).toMatch(/^SCCC-[2-9A-HJKMNP-Z]{5}$/);
    }
  });

  it('draws each character from all 31 readable characters, and only from them', () => {
    const { random, asked } = scripted([...READABLE].map((_, index) => index));
    const suffixes = Array.from({ length: 7 }, () => generatePseudonym('CCCC', random).slice(5));

    expect(new Set(asked)).toEqual(new Set([READABLE.length]));
    expect(suffixes.join('').slice(0, READABLE.length)).toBe(READABLE);
    expect(suffixes.join('')).not.toMatch(/[01OIL]/);
  });

  it('is deterministic with an injected random source', () => {
    expect(generatePseudonym('CCCC', scripted([5, 0, 13, 30, 2]).random)).toBe('CCCC-72FZ4');
    expect(generatePseudonym('SCCC', scripted([0]).random)).toBe('SCCC-22222');
    expect(generatePseudonym('SCCC', scripted([30]).random)).toBe('SCCC-ZZZZZ');
  });

  it('asks the random source once per character', () => {
    const { random, asked } = scripted([1]);

    generatePseudonym('VCCC', random);

    expect(asked).toEqual([31, 31, 31, 31, 31]);
  });

  it('draws from the system random source by default (31^5 ≈ 28.6 million suffixes)', () => {
    // One repeat in 300 draws happens about once in 600 runs; two, about once in a million.
    const drawn = new Set(Array.from({ length: 300 }, () => generatePseudonym('CCCC')));
    expect(drawn.size).toBeGreaterThanOrEqual(299);
  });
});
