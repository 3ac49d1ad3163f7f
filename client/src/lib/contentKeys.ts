/**
 * React keys for a read-only list whose entries may repeat (two identical biomarker rows):
 * the entry's text, numbered from the second occurrence on.
 */
export function contentKeys<T>(items: readonly T[], text: (item: T) => string): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = text(item);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}#${count}`;
  });
}
