import {
  ANALYTICS_FIGURES,
  AUDIT_ACTIONS,
  BOARD_STATUSES,
  CASE_STATUSES,
  CLOSING_KINDS,
  DAYS_TO_DECISION_BUCKETS,
  DECISION_HINTS,
  ERROR_IDS,
  GRADES,
  LATERALITIES,
  LOCALES,
  READINESS_GAPS,
  REFERENCE_KINDS,
  ROLES,
  SEARCH_KINDS,
  SEXES,
  SPECIALTIES,
  TNM_EDITIONS,
  TNM_PREFIXES,
  TUMOR_ENTITIES,
} from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_LABEL_KEYS } from '../../features/audit/auditFilters';
import { BOARD_FIELD_RULES } from '../../features/boards/boardForm';
import { CASE_FIELD_RULES } from '../../features/cases/caseFieldRules';
import { CLIENT_ERROR_IDS } from '../apiError';
import analyticsDe from './analytics/de.json';
import analyticsEn from './analytics/en.json';
import analyticsKo from './analytics/ko.json';
import clinicalDe from './clinical/de.json';
import clinicalEn from './clinical/en.json';
import clinicalKo from './clinical/ko.json';
import de from './de.json';
import en from './en.json';
import ko from './ko.json';
import { LANGUAGE_NAMES } from './language';
import minutesDe from './minutes/de.json';
import minutesEn from './minutes/en.json';
import minutesKo from './minutes/ko.json';

type Tree = { [key: string]: string | Tree };
type Locale = (typeof LOCALES)[number];

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

// The sign-in bundle's namespace, the one loaded with boards, agenda and cases, the one
// loaded with minutes, the archive and search, and the one loaded with analytics.
const namespaces: Record<
  'translation' | 'clinical' | 'minutes' | 'analytics',
  Record<Locale, Tree>
> = {
  translation: { en, de, ko },
  clinical: { en: clinicalEn, de: clinicalDe, ko: clinicalKo },
  minutes: { en: minutesEn, de: minutesDe, ko: minutesKo },
  analytics: { en: analyticsEn, de: analyticsDe, ko: analyticsKo },
};

function leaves(namespace: keyof typeof namespaces, locale: Locale): Map<string, string> {
  return flatten(namespaces[namespace][locale]);
}

/** Keys with plural suffixes folded, since languages need different plural forms. */
function baseKeys(namespace: keyof typeof namespaces, locale: Locale): string[] {
  return [
    ...new Set([...leaves(namespace, locale).keys()].map((key) => key.replace(PLURAL_SUFFIX, ''))),
  ].sort();
}

const variables = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

it('translations exist for exactly the locales of the contract', () => {
  expect(Object.keys(LANGUAGE_NAMES).sort()).toEqual([...LOCALES].sort());
});

describe.each(Object.keys(namespaces) as (keyof typeof namespaces)[])('%s texts', (namespace) => {
  it.each(LOCALES.filter((locale) => locale !== 'en'))(
    '%s has exactly the English keys',
    (locale) => {
      expect(baseKeys(namespace, locale)).toEqual(baseKeys(namespace, 'en'));
    },
  );

  it.each(LOCALES)('%s has every plural form its language needs', (locale) => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const pluralBases = new Set(
      [...leaves(namespace, 'en').keys()]
        .filter((key) => PLURAL_SUFFIX.test(key))
        .map((key) => key.replace(PLURAL_SUFFIX, '')),
    );
    for (const base of pluralBases) {
      for (const category of categories) {
        expect(
          leaves(namespace, locale).has(`${base}_${category}`),
          `${locale}: ${base}_${category}`,
        ).toBe(true);
      }
    }
  });

  it.each(LOCALES)('%s has no empty texts and uses the same placeholders as English', (locale) => {
    const english = leaves(namespace, 'en');
    for (const [key, text] of leaves(namespace, locale)) {
      expect(text.trim(), `${locale}: ${key}`).not.toBe('');
      const englishText = english.get(key) ?? english.get(key.replace(PLURAL_SUFFIX, '_other'));
      expect(variables(text), `${locale}: ${key}`).toEqual(variables(englishText ?? ''));
    }
  });
});

it('labels every role, specialty, audit action and error id', () => {
  const english = leaves('translation', 'en');
  const required = [
    ...ROLES.map((role) => `roles.${role}`),
    ...SPECIALTIES.map((specialty) => `specialties.${specialty}`),
    ...AUDIT_ACTIONS.map((action) => `audit.actions.${AUDIT_ACTION_LABEL_KEYS[action]}`),
    ...[...ERROR_IDS, ...CLIENT_ERROR_IDS].map((id) => `errors.${id}`),
  ];
  for (const key of required) expect(english.has(key), key).toBe(true);
});

it('labels every clinical value, readiness gap and field hint the contract can produce', () => {
  const english = leaves('clinical', 'en');
  const required = [
    ...TUMOR_ENTITIES.map((entity) => `entities.${entity}`),
    ...CASE_STATUSES.map((status) => `caseStatus.${status}`),
    ...READINESS_GAPS.flatMap((gap) => [
      `readiness.missing.${gap}.short`,
      `readiness.missing.${gap}.long`,
    ]),
    ...DECISION_HINTS.flatMap((hint) => [
      `readiness.hints.${hint}.short`,
      `readiness.hints.${hint}.long`,
    ]),
    ...SEXES.map((sex) => `sex.${sex}`),
    ...LATERALITIES.map((side) => `laterality.${side}`),
    ...TNM_PREFIXES.map((prefix) => `tnmPrefix.${prefix}`),
    ...TNM_EDITIONS.map((edition) => `edition.${edition}`),
    ...GRADES.map((grade) => `grade.${grade}`),
    ...REFERENCE_KINDS.map((kind) => `referenceKind.${kind}`),
    ...[0, 1, 2, 3, 4, 5].map((grade) => `ecog.${grade}`),
    ...Object.values(BOARD_FIELD_RULES).map((rule) => `boardForm.errors.${rule.hint}`),
    'boardForm.errors.nonexistentTime',
    ...Object.values(CASE_FIELD_RULES).map((rule) => `caseForm.errors.${rule.hint}`),
  ];
  for (const key of required) expect(english.has(key), key).toBe(true);
});

it('names every analytics figure, outcome and day range the contract can produce', () => {
  const english = leaves('analytics', 'en');
  const required = [
    ...ANALYTICS_FIGURES.flatMap((figure) => [
      `figures.${figure}.title`,
      `figures.${figure}.caption`,
    ]),
    ...CLOSING_KINDS.map((kind) => `closingKinds.${kind}`),
    ...DAYS_TO_DECISION_BUCKETS.map((bucket) => `buckets.${bucket}`),
  ];
  for (const key of required) expect(english.has(key), key).toBe(true);
});

it('labels every kind of search result', () => {
  const english = leaves('minutes', 'en');
  for (const kind of SEARCH_KINDS) expect(english.has(`search.kind.${kind}`), kind).toBe(true);
});

it('labels every board status in the main texts', () => {
  const english = leaves('translation', 'en');
  for (const status of BOARD_STATUSES) expect(english.has(`boards.status.${status}`)).toBe(true);
});
