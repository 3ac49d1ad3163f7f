import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createI18n } from './lib/i18n';
import { pickLanguage, readStoredLanguage } from './lib/i18n/language';
import './styles/app.css';

const i18n = createI18n(
  pickLanguage({ stored: readStoredLanguage(), browserLanguages: navigator.languages }),
);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(<App i18n={i18n} />);
