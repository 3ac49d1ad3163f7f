import type { CaseDetail } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import { placeFieldErrors } from '../../lib/fieldPaths';
import { CASE_FIELD_RULES } from './caseFieldRules';
import {
  type CaseFormValues,
  caseContent,
  caseValues,
  defaultDiagnosisSystem,
  emptyCaseValues,
  emptyProm,
  liveReadiness,
  validateCase,
  withoutBlankRows,
  withSuggestedEdition,
} from './caseForm';
import { missingGaps } from './missingGaps';

const TODAY = '2026-11-20';

function readyCase(): CaseFormValues {
  const values = emptyCaseValues('de', null);
  return {
    ...values,
    ageYears: '64',
    sex: 'female',
    diagnosis: {
      ...values.diagnosis,
      code: 'c34.1',
      text: 'Adenocarcinoma of the right upper lobe',
      morphology: '8140/3',
    },
    staging: {
      ...values.staging,
      edition: '9',
      t: { prefix: 'c', category: 'T2a' },
      n: { prefix: 'c', category: 'N2b' },
      m: { prefix: 'c', category: 'M0' },
    },
    biomarkers: [
      { key: 'a', name: 'PD-L1 TPS', result: '60 %' },
      { key: 'b', name: 'EGFR', result: 'wild type' },
      { key: 'c', name: 'ALK', result: 'negative' },
    ],
    ecog: '1',
    question: 'Neoadjuvant chemo-immunotherapy or primary resection?',
    consent: true,
  };
}

describe('defaults', () => {
  it('codes Korean centres in KCD and German-speaking ones in ICD-10-GM', () => {
    expect(defaultDiagnosisSystem('ko')).toBe('KCD');
    expect(defaultDiagnosisSystem('de')).toBe('ICD-10-GM');
    expect(emptyCaseValues('ko', null).diagnosis.system).toBe('KCD');
  });

  it('suggests the 9th TNM edition for lung codes but keeps a chosen edition', () => {
    const lung = { ...emptyCaseValues('en', null) };
    lung.diagnosis = { ...lung.diagnosis, code: 'C34.1' };
    expect(withSuggestedEdition(lung).staging.edition).toBe('9');
    const chosen = { ...lung, staging: { ...lung.staging, edition: '8' as const } };
    expect(withSuggestedEdition(chosen).staging.edition).toBe('8');
    const breast = { ...lung, diagnosis: { ...lung.diagnosis, code: 'C50.4' } };
    expect(withSuggestedEdition(breast).staging.edition).toBe('');
  });
});

describe('live readiness', () => {
  it('lists exactly what is missing from an empty form', () => {
    expect(liveReadiness(emptyCaseValues('en', null))).toEqual({
      isReady: false,
      missing: ['diagnosis', 'staging', 'ecog', 'question', 'consent'],
      warnings: [],
    });
  });

  it('is ready once the required fields are filled, and warns about lung markers', () => {
    const values = readyCase();
    expect(liveReadiness(values)).toEqual({ isReady: true, missing: [], warnings: [] });
    const withoutMarkers = { ...values, biomarkers: [] };
    expect(liveReadiness(withoutMarkers).warnings).toEqual(['lung_pdl1', 'lung_egfr', 'lung_alk']);
  });

  it('accepts staging marked not applicable', () => {
    const values = readyCase();
    const staging = { ...values.staging, notApplicable: true, edition: '' as const };
    expect(liveReadiness({ ...values, staging }).missing).toEqual([]);
  });
});

describe('validateCase', () => {
  it('turns the form into the contract shape', () => {
    const result = validateCase(readyCase(), TODAY);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.diagnosis.icd10).toEqual({
      system: 'ICD-10-GM',
      code: 'C34.1',
      text: 'Adenocarcinoma of the right upper lobe',
    });
    expect(result.data.ageYears).toBe(64);
    expect(result.data.ageBand).toBeNull();
    expect(result.data.staging.n).toEqual({ prefix: 'c', category: 'N2b' });
  });

  it('refuses an N category the chosen edition does not have for lung', () => {
    const values = readyCase();
    values.staging = { ...values.staging, edition: '8' };
    const result = validateCase(values, TODAY);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.paths).toEqual(['staging.n.category']);
  });

  it('refuses dates after today in the submitter zone, at the row they belong to', () => {
    const values = readyCase();
    values.proms = [
      {
        ...emptyProm(),
        instrument: 'EORTC QLQ-C30',
        scale: 'Global health status',
        date: '2026-10-01',
        score: '58',
      },
      {
        ...emptyProm(),
        instrument: 'EORTC QLQ-C30',
        scale: 'Global health status',
        date: '2026-11-21',
        score: '50',
      },
    ];
    const result = validateCase(values, TODAY);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.paths).toEqual(['proms.1.date']);
  });

  it('reports a future date together with other invalid fields', () => {
    const values = readyCase();
    values.diagnosis = { ...values.diagnosis, morphology: 'adeno', diagnosedOn: '2026-11-21' };
    const result = validateCase(values, TODAY);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.paths).toEqual(['diagnosis.morphology', 'diagnosis.diagnosedOn']);
    }
  });

  it('drops empty rows first, so error positions match the rows on screen', () => {
    const values = readyCase();
    values.proms = [
      emptyProm(),
      {
        ...emptyProm(),
        instrument: 'EORTC QLQ-C30',
        scale: 'Fatigue',
        date: '2026-10-01',
        score: '140',
      },
    ];
    const compact = withoutBlankRows(values);
    expect(compact.proms).toHaveLength(1);
    const result = validateCase(compact, TODAY);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.paths).toEqual(['proms.0.score']);
  });

  it('sends only the kind of age the user chose', () => {
    const values = { ...readyCase(), ageMode: 'band' as const, ageBand: '60-69' };
    const content = caseContent(values);
    expect(content.ageYears).toBeNull();
    expect(content.ageBand).toBe('60-69');
  });
});

describe('server field errors on the case form', () => {
  it('places each server path at its input, with the matching hint', () => {
    const placed = placeFieldErrors(
      [
        'diagnosis.icd10.code',
        'staging.t.category',
        'proms.2.date',
        'references.0.dicomStudyUid',
        'presenterId',
        'diagnosis.icd10',
      ],
      CASE_FIELD_RULES,
    );
    expect(Object.fromEntries(placed.fields)).toEqual({
      'diagnosis.icd10.code': 'icd10Code',
      'staging.t.category': 'tnmCategory',
      'proms.2.date': 'promDate',
      'references.0.dicomStudyUid': 'dicomUid',
      presenterId: 'presenterId',
    });
    expect(placed.unplaced).toEqual([]);
  });

  it('reads what a refused "mark ready" names as missing', () => {
    expect(missingGaps(['question', 'consent', 'staging.t', 'unrelated'])).toEqual([
      'staging',
      'question',
      'consent',
    ]);
  });
});

describe('editing an existing case', () => {
  it('round-trips the stored content through the form', () => {
    const detail = {
      presenter: null,
      ageYears: null,
      ageBand: '70-79',
      sex: 'male',
      diagnosis: {
        icd10: { system: 'KCD', code: 'C16.2', text: '위체부의 악성 신생물', version: '8' },
        topography: 'C16.2',
        morphology: '8140/3',
        laterality: null,
        diagnosedOn: '2026-09-14',
        icdO3Version: '3.2',
      },
      staging: {
        notApplicable: false,
        edition: '8',
        t: { prefix: 'p', category: 'T3' },
        n: { prefix: 'p', category: 'N1' },
        m: null,
        uiccStage: null,
        grade: 'G3',
      },
      biomarkers: [{ name: 'HER2', result: 'IHC 3+' }],
      ecog: 0,
      comorbidities: '',
      priorTherapies: [],
      references: [],
      proms: [],
      question: 'Adjuvant therapy?',
      consent: true,
      homeReference: 'MRN-123',
    } as unknown as CaseDetail;
    const values = caseValues(detail, 'ko');
    expect(values.ageMode).toBe('band');
    expect(values.staging.m).toEqual({ prefix: 'c', category: '' });
    const content = caseContent(values);
    expect(content.diagnosis.icd10).toEqual({
      system: 'KCD',
      code: 'C16.2',
      text: '위체부의 악성 신생물',
    });
    expect(content.staging.m).toBeNull();
    expect(content.homeReference).toBe('MRN-123');
    expect(content.biomarkers).toEqual([{ name: 'HER2', result: 'IHC 3+' }]);
  });
});
