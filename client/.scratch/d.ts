import { createInstance } from 'i18next';
import { initReactI18next, useTranslation, I18nextProvider } from 'react-i18next';
console.log(createInstance, initReactI18next, useTranslation, I18nextProvider);
