export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/**
 * Beyond this many word edits the texts have little in common: the diff shows
 * the old text removed and the new one added (memory grows with its square).
 */
const MAX_EDITS = 1_000;

/** Words and the whitespace between them, so a diff reads as text again when joined. */
const tokens = (text: string) => text.match(/\s+|[^\s]+/gu) ?? [];

/**
 * Word-level difference between two texts (Myers' O((n+m)·d) algorithm, so an
 * amendment that changes a few words of long notes stays cheap). Adjacent
 * parts of one kind are merged.
 */
export function diffText(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  const trace = shortestEditTrace(a, b);
  if (!trace) {
    return [
      { kind: 'removed' as const, text: before },
      { kind: 'added' as const, text: after },
    ].filter((part) => part.text !== '');
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts.at(-1);
    if (last?.kind === kind) last.text = text + last.text;
    else parts.push({ kind, text });
  };
  // Walk the trace backwards from the end, emitting parts in reverse.
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d -= 1) {
    const v = trace[d] as Map<number, number>;
    const k = x - y;
    const down = k === -d || (k !== d && (v.get(k - 1) ?? -1) < (v.get(k + 1) ?? -1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : (v.get(prevK) ?? 0);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x -= 1;
      y -= 1;
      push('same', a[x] as string);
    }
    if (d === 0) break;
    if (down) {
      y -= 1;
      push('added', b[y] as string);
    } else {
      x -= 1;
      push('removed', a[x] as string);
    }
  }
  return parts.reverse();
}

/** For each edit distance d, the furthest x reached on every diagonal k before step d. */
function shortestEditTrace(
  a: readonly string[],
  b: readonly string[],
): Map<number, number>[] | null {
  const max = Math.min(a.length + b.length, MAX_EDITS);
  const v = new Map<number, number>([[1, 0]]);
  const trace: Map<number, number>[] = [];
  for (let d = 0; d <= max; d += 1) {
    trace.push(new Map(v));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v.get(k - 1) ?? -1) < (v.get(k + 1) ?? -1));
      let x = down ? (v.get(k + 1) ?? 0) : (v.get(k - 1) ?? 0) + 1;
      let y = x - k;
      while (x < a.length && y < b.length && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v.set(k, x);
      if (x >= a.length && y >= b.length) return trace;
    }
  }
  return null;
}
