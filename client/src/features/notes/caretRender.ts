import type { DecorationAttrs } from '@tiptap/pm/view';
import { caretColorOf, flagTextColor, selectionTint } from './caretColors';

/*
 * Remote carets for CollaborationCaret. Its default render writes `style="…"` attributes, which
 * the strict CSP (style-src 'self') refuses; colours set through the CSSOM (element.style) are
 * allowed, so these builders use that. The class names are CollaborationCaret's own.
 */

interface CaretUser {
  name?: unknown;
  color?: unknown;
}

/** A participant's caret with a flag carrying their name, in their institution's colour. */
export function renderCaret(user: CaretUser): HTMLElement {
  const color = caretColorOf(user.color);
  const caret = document.createElement('span');
  caret.classList.add('collaboration-carets__caret');
  caret.style.setProperty('border-color', color);

  const label = document.createElement('span');
  label.classList.add('collaboration-carets__label');
  label.style.setProperty('background-color', color);
  label.style.setProperty('color', flagTextColor(color));
  // textContent, never HTML: the name comes from another client through the server.
  label.textContent = typeof user.name === 'string' ? user.name : '';
  caret.append(label);
  return caret;
}

/**
 * A flag that would run past the editor's right edge (where it is clipped) hangs to the left of
 * its caret instead. Measured from the caret, so a flipped flag is judged where it would be unflipped.
 */
export function flipCutOffFlags(editor: HTMLElement): void {
  const labels = editor.querySelectorAll<HTMLElement>('.collaboration-carets__label');
  if (labels.length === 0) return;
  const right = editor.getBoundingClientRect().right;
  for (const label of labels) {
    const caretLeft = label.parentElement?.getBoundingClientRect().left ?? 0;
    label.classList.toggle(
      'collaboration-carets__label--flipped',
      caretLeft + label.offsetWidth > right,
    );
  }
}

/**
 * A participant's selection. ProseMirror applies a decoration's `style` through
 * `element.style.cssText` (CSSOM), which the CSP allows.
 */
export function renderSelection(user: CaretUser): DecorationAttrs {
  return {
    class: 'collaboration-carets__selection',
    style: `background-color: ${selectionTint(caretColorOf(user.color))}`,
  };
}
