import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The fontless build: the full stylesheet imports a web font from a third-party host, and
// these pages must not make a request to anyone but our own server.
import 'survey-core/survey-core.fontless.min.css';
import './styles.css';
import { App } from './app.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
