const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

/** For a participant whose colour is missing or malformed: the UI's muted grey. */
export const FALLBACK_CARET_COLOR = '#4d5b67';

/** The institution colour from an awareness state, if it is a #rrggbb colour. */
export function caretColorOf(value: unknown): string {
  return typeof value === 'string' && HEX_COLOR.test(value) ? value : FALLBACK_CARET_COLOR;
}

function channel(hex: string, index: number): number {
  const value = Number.parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16) / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);
}

/**
 * Text colour for a name flag: white or near-black, whichever contrasts more with the
 * institution colour (an admin may pick a light one).
 */
export function flagTextColor(background: string): '#ffffff' | '#17222c' {
  const light = luminance(background);
  const onWhite = 1.05 / (light + 0.05);
  const onDark = (light + 0.05) / (luminance('#17222c') + 0.05);
  return onWhite >= onDark ? '#ffffff' : '#17222c';
}

/** A see-through version of the colour for someone's selection, so the text stays readable. */
export function selectionTint(color: string): string {
  return `${color}33`;
}
