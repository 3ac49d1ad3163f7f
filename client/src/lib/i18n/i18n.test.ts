import { AUDIT_ACTIONS, ERROR_IDS, LOCALES, ROLES, SPECIALTIES } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_LABEL_KEYS } from '../../features/audit/auditFilters';
import { CLIENT_ERROR_IDS } from '../apiError';
import de from './de.json';
import en from './en.json';
import ko from './ko.json';
import { LANGUAGE_NAMES } from './language';

type Tree = { [key: string]: string | Tree };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every leaf as "a.b.c" → text. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const leaves = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') leaves.set(path, value);
    else for (const [leaf, text] of flatten(value, path)) leaves.set(leaf, text);
  }
  return leaves;
}

const resources: Record<(typeof LOCALES)[number], Tree> = { en, de, ko };

const leavesByLocale = new Map(
  LOCALES.map((locale) => [locale, flatten(resources[locale])] as const),
);

function leaves(locale: (typeof LOCALES)[number]): Map<string, string> {
  const found = leavesByLocale.get(locale);
  if (!found) throw new Error(`no resources for ${locale}`);
  return found;
}

/** Keys with plural suffixes folded, since languages need different plural forms. */
function baseKeys(locale: (typeof LOCALES)[number]): string[] {
  return [
    ...new Set([...leaves(locale).keys()].map((key) => key.replace(PLURAL_SUFFIX, ''))),
  ].sort();
}

const variables = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it('exist for exactly the locales of the contract', () => {
    expect(Object.keys(LANGUAGE_NAMES).sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES.filter((locale) => locale !== 'en'))(
    '%s has exactly the English keys',
    (locale) => {
      expect(baseKeys(locale)).toEqual(baseKeys('en'));
    },
  );

  it.each(LOCALES)('%s has every plural form its language needs', (locale) => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const pluralBases = new Set(
      [...leaves('en').keys()]
        .filter((key) => PLURAL_SUFFIX.test(key))
        .map((key) => key.replace(PLURAL_SUFFIX, '')),
    );
    for (const base of pluralBases) {
      for (const category of categories) {
        expect(leaves(locale).has(`${base}_${category}`), `${locale}: ${base}_${category}`).toBe(
          true,
        );
      }
    }
  });

  it.each(LOCALES)('%s has no empty texts and uses the same placeholders as English', (locale) => {
    const english = leaves('en');
    for (const [key, text] of leaves(locale)) {
      expect(text.trim(), `${locale}: ${key}`).not.toBe('');
      const englishText = english.get(key) ?? english.get(key.replace(PLURAL_SUFFIX, '_other'));
      expect(variables(text), `${locale}: ${key}`).toEqual(variables(englishText ?? ''));
    }
  });

  it('labels every role, specialty, audit action and error id', () => {
    const english = leaves('en');
    const required = [
      ...ROLES.map((role) => `roles.${role}`),
      ...SPECIALTIES.map((specialty) => `specialties.${specialty}`),
      ...AUDIT_ACTIONS.map((action) => `audit.actions.${AUDIT_ACTION_LABEL_KEYS[action]}`),
      ...[...ERROR_IDS, ...CLIENT_ERROR_IDS].map((id) => `errors.${id}`),
    ];
    for (const key of required) expect(english.has(key), key).toBe(true);
  });
});
