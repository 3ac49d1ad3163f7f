import { ANALYTICS_FIGURES } from '@konsil/shared';
import { expect, it } from 'vitest';
import { ANALYTICS_SECTIONS } from './analyticsSections';

it('shows every figure of the contract exactly once, in the contract order', () => {
  const shown = ANALYTICS_SECTIONS.flatMap((section) => section.figures);
  expect(shown).toEqual([...ANALYTICS_FIGURES]);
});
