import { readFileSync } from 'node:fs';
import { ACTIONS, AUDIT_ACTIONS, AUDIT_OBJECT_TYPES, LOCALES } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import { AUDIT_CSV_LABELS } from './labels';

const I18N = new URL('../../../../client/src/lib/i18n/', import.meta.url);

/** The audit page's texts in one language, as the client ships them. */
function pageAudit(locale: string): Record<string, unknown> {
  const all = JSON.parse(readFileSync(new URL(`${locale}.json`, I18N), 'utf8')) as {
    audit: Record<string, unknown>;
  };
  return all.audit;
}

describe.each(LOCALES)('the %s audit CSV', (locale) => {
  const labels = AUDIT_CSV_LABELS[locale];
  const page = pageAudit(locale);

  it("uses the audit page's own words", () => {
    for (const [key, words] of Object.entries(labels)) {
      expect(words, key).toEqual(page[key]);
    }
  });

  it('names every action, object type, policy action and outcome', () => {
    for (const action of AUDIT_ACTIONS) {
      expect(labels.actions[action.replaceAll('.', '_')], action).toBeTruthy();
    }
    for (const type of [...AUDIT_OBJECT_TYPES, 'other']) {
      expect(labels.objectTypes[type], type).toBeTruthy();
    }
    for (const action of ACTIONS) {
      expect(labels.policyActions[action.replaceAll(':', '_')], action).toBeTruthy();
    }
  });
});
