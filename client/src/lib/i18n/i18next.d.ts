import 'i18next';
import type analytics from './analytics/en.json';
import type clinical from './clinical/en.json';
import type en from './en.json';
import type minutes from './minutes/en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof en;
      clinical: typeof clinical;
      minutes: typeof minutes;
      analytics: typeof analytics;
    };
  }
}
