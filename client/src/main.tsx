import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createI18n } from './lib/i18n';
import { pickLanguage, readStoredLanguage } from './lib/i18n/language';
import './styles/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Before the session is known: the stored choice, else the browser's language, else English.
const language = pickLanguage({
  stored: readStoredLanguage(),
  browserLanguages: navigator.languages,
});
void createI18n(language).then((i18n) => {
  createRoot(container).render(<App i18n={i18n} />);
});
