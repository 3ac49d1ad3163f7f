import { FHIR_IMPORT_REASON_PARAMS, FHIR_IMPORT_REASONS, LOCALES } from '@konsil/shared';
import { createInstance } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import clinicalDe from '../../../lib/i18n/clinical/de.json';
import clinicalEn from '../../../lib/i18n/clinical/en.json';
import clinicalKo from '../../../lib/i18n/clinical/ko.json';
import { fhirReasonText } from './fhirReasonText';

const REASON_TEXTS: Record<(typeof LOCALES)[number], Record<string, unknown>> = {
  en: clinicalEn.fhirImport.reasons,
  de: clinicalDe.fhirImport.reasons,
  ko: clinicalKo.fhirImport.reasons,
};

const texts = createInstance();

beforeAll(async () => {
  await texts.init({
    resources: {
      en: { clinical: clinicalEn },
      de: { clinical: clinicalDe },
      ko: { clinical: clinicalKo },
    },
    lng: 'en',
    fallbackLng: 'en',
    ns: ['clinical'],
    interpolation: { escapeValue: false },
  });
});

const placeholders = (text: string) =>
  [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();

describe('texts for the FHIR import reasons', () => {
  it.each(LOCALES)('%s has a text for every reason id, with exactly its parameters', (locale) => {
    for (const code of FHIR_IMPORT_REASONS) {
      const text = REASON_TEXTS[locale][code];
      expect(typeof text === 'string' && text.trim() !== '', `${locale}: ${code}`).toBe(true);
      expect(placeholders(String(text)), `${locale}: ${code}`).toEqual(
        [...FHIR_IMPORT_REASON_PARAMS[code]].sort(),
      );
    }
  });

  it.each(LOCALES)('%s has no text for a reason id the contract does not know', (locale) => {
    expect(Object.keys(REASON_TEXTS[locale]).sort()).toEqual([...FHIR_IMPORT_REASONS].sort());
  });
});

describe('fhirReasonText', () => {
  const name = {
    path: 'Bundle.entry[0].resource.name',
    reason: 'Patient name is never imported',
    code: 'patient_name_dropped',
  };

  it('says a reason in the reader’s language, without marking it as English', () => {
    expect(fhirReasonText(name, texts.getFixedT('de', 'clinical'), 'de')).toEqual({
      text: 'Der Name der Patientin bzw. des Patienten wird nie übernommen.',
      lang: undefined,
    });
    expect(fhirReasonText(name, texts.getFixedT('ko', 'clinical'), 'ko').text).toBe(
      '환자 이름은 가져오지 않습니다.',
    );
  });

  it('fills in the parameters, and writes a date the reader’s way', () => {
    const newer = {
      path: 'Bundle.fhirVersion',
      reason: 'FHIR version 5.0.0 is not supported; send R4 (4.0.1)',
      code: 'fhir_version_unsupported',
      params: { version: '5.0.0' },
    };
    expect(fhirReasonText(newer, texts.getFixedT('de', 'clinical'), 'de').text).toBe(
      'FHIR-Version 5.0.0 wird nicht unterstützt. Exportieren Sie das Bundle als FHIR R4 (4.0.1).',
    );
    const late = {
      path: 'Bundle.entry[1].resource.onsetDateTime',
      reason: 'Date is in the future (today is 2026-11-26)',
      code: 'date_in_future',
      params: { today: '2026-11-26' },
    };
    expect(fhirReasonText(late, texts.getFixedT('de', 'clinical'), 'de').text).toBe(
      'Das Datum liegt in der Zukunft (heute ist der 26. Nov. 2026).',
    );
  });

  it('falls back to the server’s English, marked as English, for an id it does not know', () => {
    const newer = {
      path: 'Bundle',
      reason: 'Something a newer server says',
      code: 'not_yet_known',
    };
    expect(fhirReasonText(newer, texts.getFixedT('de', 'clinical'), 'de')).toEqual({
      text: 'Something a newer server says',
      lang: 'en',
    });
    const { code: _unsent, ...withoutCode } = name;
    expect(fhirReasonText(withoutCode, texts.getFixedT('ko', 'clinical'), 'ko')).toEqual({
      text: 'Patient name is never imported',
      lang: 'en',
    });
  });
});
