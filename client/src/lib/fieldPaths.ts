/**
 * Server and zod field errors name a path into the request body ("proms.2.date",
 * ["staging", "t", "category"]). Forms place each error next to the input it belongs to and show
 * a translated hint for it, because the server's own messages are English.
 */

/** "body.proms.2.date" and ['proms', 2, 'date'] both become "proms.2.date". */
export function normalizePath(path: string | readonly PropertyKey[]): string {
  const joined = typeof path === 'string' ? path : path.map(String).join('.');
  return joined.replace(/^body(\.|$)/, '');
}

/** "proms.2.date" → "proms.*.date": list positions become a wildcard. */
export function pathPattern(path: string): string {
  return path
    .split('.')
    .map((segment) => (/^\d+$/.test(segment) ? '*' : segment))
    .join('.');
}

export interface FieldRule<H extends string> {
  hint: H;
  /**
   * The input that shows the error when it is not the path itself (an error on the whole
   * "diagnosis.icd10" object belongs to the code input). Wildcards take the path's positions.
   */
  field?: string;
}

export interface PlacedErrors<H extends string> {
  /** Concrete field path ("proms.2.date") → hint key; the first error for a field wins. */
  fields: Map<string, H>;
  /** Paths no rule knows; the form lists them in its summary so that no error goes unseen. */
  unplaced: string[];
}

function fillPositions(field: string, path: string): string {
  const positions = path.split('.').filter((segment) => /^\d+$/.test(segment));
  let next = 0;
  return field
    .split('.')
    .map((segment) => (segment === '*' ? (positions[next++] ?? '0') : segment))
    .join('.');
}

/**
 * Places each error at the most specific rule that covers its path: an error deeper than any
 * rule (e.g. "diagnosis.icd10.code.0") falls back to its nearest known parent.
 */
export function placeFieldErrors<H extends string>(
  paths: readonly (string | readonly PropertyKey[])[],
  rules: Readonly<Record<string, FieldRule<H>>>,
): PlacedErrors<H> {
  const fields = new Map<string, H>();
  const unplaced: string[] = [];
  for (const raw of paths) {
    const path = normalizePath(raw);
    const segments = path === '' ? [] : path.split('.');
    let placed = false;
    for (let length = segments.length; length > 0 && !placed; length -= 1) {
      const prefix = segments.slice(0, length).join('.');
      const rule = rules[pathPattern(prefix)];
      if (!rule) continue;
      const field = rule.field ? fillPositions(rule.field, prefix) : prefix;
      if (!fields.has(field)) fields.set(field, rule.hint);
      placed = true;
    }
    if (!placed) unplaced.push(path);
  }
  return { fields, unplaced };
}
