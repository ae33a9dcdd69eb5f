import '@mantine/core/styles.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { initialLocale, switchLocale } from './i18n/i18n.ts';

// The reader's language is in place before anything is drawn: no English flash for az or ru.
await switchLocale(initialLocale());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
