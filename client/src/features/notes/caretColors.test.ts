import { describe, expect, it } from 'vitest';
import { caretColorOf, FALLBACK_CARET_COLOR, flagTextColor, selectionTint } from './caretColors';

describe('caret colours', () => {
  it('takes the institution colour only when it is a #rrggbb colour', () => {
    expect(caretColorOf('#1d4ed8')).toBe('#1d4ed8');
    for (const odd of ['red', '#fff', 'url(x)', '#1d4ed8; background: red', null, 12]) {
      expect(caretColorOf(odd)).toBe(FALLBACK_CARET_COLOR);
    }
  });

  it('writes names in white on the demo institutions’ colours and in dark on light ones', () => {
    for (const dark of ['#1d4ed8', '#0f766e', '#7e22ce', FALLBACK_CARET_COLOR]) {
      expect(flagTextColor(dark)).toBe('#ffffff');
    }
    for (const light of ['#fde047', '#a7f3d0', '#ffffff']) {
      expect(flagTextColor(light)).toBe('#17222c');
    }
  });

  it('tints selections see-through', () => {
    expect(selectionTint('#1d4ed8')).toBe('#1d4ed833');
  });
});
