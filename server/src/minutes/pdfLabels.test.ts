import { readFileSync } from 'node:fs';
import { LOCALES, type Locale } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import { LETTER_LABELS, LETTER_PAGE_WORDS, SHARED_WORDS } from '../letters/letterLabels';
import { fillIn, PAGE_WORDS, PDF_LABELS, PDF_ONLY_WORDS } from './pdfLabels';

type Tree = { [key: string]: string | Tree };

const I18N = new URL('../../../client/src/lib/i18n/', import.meta.url);
const FILES: Record<string, string> = { common: '', clinical: 'clinical/', minutes: 'minutes/' };

/** The page's texts of one namespace in one language, as the client ships them. */
function pageTexts(namespace: string, locale: Locale): Tree {
  const folder = FILES[namespace];
  if (folder === undefined) throw new Error(`no namespace ${namespace}`);
  return JSON.parse(readFileSync(new URL(`${folder}${locale}.json`, I18N), 'utf8')) as Tree;
}

/** What the page says at `namespace:a.b.c`: a text, or an object of texts. */
function pageWord(reference: string, locale: Locale): string | Tree | undefined {
  const [namespace, key] = reference.split(':') as [string, string];
  let node: string | Tree | undefined = pageTexts(namespace, locale);
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return node;
}

/** Holds each of `labels`' words named in `references` equal to the page's text there. */
function expectPageWords(
  labels: Record<string, unknown>,
  references: Record<string, string>,
  locale: Locale,
) {
  for (const [label, reference] of Object.entries(references)) {
    const ours = labels[label];
    const theirs = pageWord(reference, locale);
    if (typeof ours === 'string') {
      expect(ours, `${label} → ${reference}`).toBe(theirs);
      continue;
    }
    // One word per value (positions, statuses …): each as the page's object has it.
    expect(typeof ours, `${label} is a word or a record of words`).toBe('object');
    for (const [value, word] of Object.entries(ours as Record<string, string>)) {
      const pageValue = typeof theirs === 'object' ? theirs[value] : undefined;
      expect(word, `${label}.${value} → ${reference}.${value}`).toBe(pageValue);
    }
  }
}

describe.each(LOCALES)('the %s PDF', (locale) => {
  const labels = PDF_LABELS[locale];

  it('uses the page’s word for every term the page has', () => {
    expectPageWords({ ...labels }, PAGE_WORDS, locale);
  });

  it('has no word that is neither its own nor the page’s', () => {
    expect(Object.keys(labels).sort()).toEqual(
      [...PDF_ONLY_WORDS, ...Object.keys(PAGE_WORDS)].sort(),
    );
  });
});

describe.each(LOCALES)('the %s letter', (locale) => {
  const letter = LETTER_LABELS[locale];

  it('uses the page’s word for every term the page has', () => {
    // The shared words where the page has them, and the letter's own words the page has too.
    const sharedOnPage = Object.fromEntries(
      Object.entries(PAGE_WORDS).filter(([word]) =>
        (SHARED_WORDS as readonly string[]).includes(word),
      ),
    );
    expect(Object.keys(sharedOnPage).length).toBeGreaterThan(10);
    expectPageWords({ ...letter }, { ...sharedOnPage, ...LETTER_PAGE_WORDS }, locale);
  });
});

describe('the German PDFs', () => {
  it('say Konferenz and Widerspruch, as the pages do', () => {
    for (const labels of [PDF_LABELS.de, LETTER_LABELS.de]) {
      expect(labels.positions.disagree).toBe('Widerspruch');
      expect(labels.question).toBe('Fragestellung an die Konferenz');
      // The letter's templates are functions: their source holds their words.
      const words = JSON.stringify(labels, (_, value) =>
        typeof value === 'function' ? String(value) : value,
      );
      expect(words).not.toMatch(/Board|Ablehnung/);
    }
  });
});

describe('fillIn', () => {
  it('fills the page’s placeholders and leaves unknown ones visible', () => {
    expect(fillIn('Meinungsbild zu Version {{version}}', { version: 2 })).toBe(
      'Meinungsbild zu Version 2',
    );
    expect(fillIn('{{from}}–{{ to }}', { from: '16:28', to: '17:05' })).toBe('16:28–17:05');
    expect(fillIn('{{from}}–{{to}}', { from: '16:28' })).toBe('16:28–{{to}}');
  });
});
