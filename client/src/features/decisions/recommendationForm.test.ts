import { EMPTY_RECOMMENDATION, type RecommendationContent } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import {
  draftContent,
  formValues,
  isSameContent,
  type RecommendationFormValues,
  validateRecommendation,
} from './recommendationForm';

const SAVED: RecommendationContent = {
  decisionText: 'Neoadjuvant chemoimmunotherapy, then lobectomy.',
  intent: 'curative',
  modalities: ['systemic_therapy', 'surgery'],
  guideline: { body: 's3', name: 'Lungenkarzinom', version: '3.0' },
  isGuidelineConcordant: false,
  nonConcordanceReason: 'ECOG 2 after recent pneumonia.',
  trialRegistryId: 'NCT04613596',
  followUpOn: '2027-01-15',
  rePresent: true,
};

function values(overrides: Partial<RecommendationFormValues> = {}): RecommendationFormValues {
  return { ...formValues(EMPTY_RECOMMENDATION), ...overrides };
}

describe('form values and the contract', () => {
  it('round-trips a saved recommendation, with modalities in the contract order', () => {
    const form = formValues(SAVED);
    expect(form.modalities).toEqual(['surgery', 'systemic_therapy']);
    expect(form.concordance).toBe('no');
    expect(validateRecommendation(form)).toEqual({
      success: true,
      data: { ...SAVED, modalities: ['surgery', 'systemic_therapy'] },
    });
  });

  it('starts empty when nothing is saved yet, and an empty form is a valid draft', () => {
    const form = formValues(EMPTY_RECOMMENDATION);
    expect(form).toMatchObject({ intent: '', guidelineBody: '', concordance: 'unknown' });
    expect(validateRecommendation(form)).toEqual({ success: true, data: EMPTY_RECOMMENDATION });
  });

  it('turns blanks into nulls and normalises a registry id as the server does', () => {
    const content = draftContent(
      values({ decisionText: '  Radiotherapy  ', trialRegistryId: ' drks00012345 ' }),
    );
    expect(content).toMatchObject({
      decisionText: 'Radiotherapy',
      trialRegistryId: 'DRKS00012345',
      intent: null,
      guideline: null,
      followUpOn: null,
      isGuidelineConcordant: null,
    });
  });

  it('sends a reason for departing from the guideline only while "no" is chosen', () => {
    const typed = values({ concordance: 'yes', nonConcordanceReason: 'typed before switching' });
    expect(draftContent(typed).nonConcordanceReason).toBe('');
    expect(draftContent({ ...typed, concordance: 'no' }).nonConcordanceReason).toBe(
      'typed before switching',
    );
  });
});

describe('validation', () => {
  it('asks for a reason when the recommendation departs from the guideline', () => {
    expect(validateRecommendation(values({ concordance: 'no' }))).toEqual({
      success: false,
      paths: ['content.nonConcordanceReason'],
    });
  });

  it('refuses a registry id no registry issues', () => {
    expect(validateRecommendation(values({ trialRegistryId: 'NCT123' }))).toEqual({
      success: false,
      paths: ['content.trialRegistryId'],
    });
  });

  it('names the missing parts of a half-filled guideline', () => {
    const result = validateRecommendation(values({ guidelineName: 'Mammakarzinom' }));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.paths.sort()).toEqual(['content.guideline.body', 'content.guideline.version']);
  });

  it('refuses a follow-up date that is not a calendar date', () => {
    expect(validateRecommendation(values({ followUpOn: '2027-02-30' }))).toMatchObject({
      success: false,
      paths: ['content.followUpOn'],
    });
  });
});

describe('comparing forms', () => {
  it('ignores whitespace, letter case of registry ids and the order modalities were ticked', () => {
    const a = values({ decisionText: 'Surgery', modalities: ['surgery', 'radiotherapy'] });
    const b = values({
      decisionText: 'Surgery \n',
      modalities: ['radiotherapy', 'surgery'],
      trialRegistryId: '',
    });
    expect(isSameContent(a, b)).toBe(true);
    expect(
      isSameContent(
        values({ trialRegistryId: 'kct0001234' }),
        values({ trialRegistryId: 'KCT0001234' }),
      ),
    ).toBe(true);
  });

  it('sees a changed word, a changed choice and a ticked box', () => {
    const base = formValues(SAVED);
    expect(
      isSameContent(base, { ...base, decisionText: `${base.decisionText} Then review.` }),
    ).toBe(false);
    expect(isSameContent(base, { ...base, intent: 'palliative' })).toBe(false);
    expect(isSameContent(base, { ...base, rePresent: false })).toBe(false);
  });
});
