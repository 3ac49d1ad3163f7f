import { describe, expect, it } from 'vitest';
import { matchLocale, pickLanguage } from './language';

describe('pickLanguage', () => {
  it('prefers the language the viewer chose on this device', () => {
    expect(pickLanguage({ stored: 'ko', institutionLocale: 'de', browserLanguages: ['en'] })).toBe(
      'ko',
    );
  });

  it('then the institution language of the signed-in user', () => {
    expect(pickLanguage({ stored: null, institutionLocale: 'de', browserLanguages: ['ko'] })).toBe(
      'de',
    );
  });

  it('then the first browser language Konsil speaks', () => {
    expect(pickLanguage({ stored: null, browserLanguages: ['fr-FR', 'ko-KR', 'de'] })).toBe('ko');
  });

  it('falls back to English and ignores unknown stored values', () => {
    expect(pickLanguage({ stored: 'xx', browserLanguages: ['fr'] })).toBe('en');
    expect(pickLanguage({ stored: null })).toBe('en');
  });
});

describe('matchLocale', () => {
  it('matches by base language', () => {
    expect(matchLocale('de-AT')).toBe('de');
    expect(matchLocale('EN-gb')).toBe('en');
    expect(matchLocale('fr')).toBeNull();
  });
});
