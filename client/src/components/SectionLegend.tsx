import type { ReactNode } from 'react';

/**
 * The title of a form section drawn as a card: the legend that names its fieldset, holding a
 * level-2 heading, so the page's headings run h1 → h2 → h3 without a gap and screen-reader users
 * can move from section to section by heading.
 */
export function SectionLegend({ children }: { children: ReactNode }) {
  return (
    <legend className="card__legend">
      <h2 className="card__legend-heading">{children}</h2>
    </legend>
  );
}
