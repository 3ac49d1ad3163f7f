import { expect, it } from 'vitest';
import { seriesStyle } from './seriesStyles';

it('gives every series of a figure its own pattern and colour pair', () => {
  const styles = Array.from({ length: 12 }, (_, position) => seriesStyle(position));
  const pairs = new Set(styles.map((style) => `${style.pattern}/${style.colour}`));
  expect(pairs.size).toBe(12);
  expect(new Set(styles.slice(0, 6).map((style) => style.pattern)).size).toBe(6);
});
