import { readFileSync } from 'node:fs';
import { LOCALES, TUMOR_ENTITIES } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import { CERTIFICATE_LABELS } from './certificateLabels';

const I18N = new URL('../../../client/src/lib/i18n/clinical/', import.meta.url);

describe.each(LOCALES)('the %s certificate', (locale) => {
  it('names entities as the pages do (clinical:entities)', () => {
    const page = JSON.parse(readFileSync(new URL(`${locale}.json`, I18N), 'utf8')) as {
      entities: Record<string, string>;
    };
    for (const entity of TUMOR_ENTITIES) {
      expect(CERTIFICATE_LABELS[locale].entityNames[entity], entity).toBe(page.entities[entity]);
    }
  });

  it('claims no accreditation and no points of its own', () => {
    const { notAccreditation, title } = CERTIFICATE_LABELS[locale];
    expect(notAccreditation.length).toBeGreaterThan(40);
    expect(`${title} ${notAccreditation}`).not.toMatch(/\d+\s*(CME|points|Punkte|평점)/i);
  });
});
