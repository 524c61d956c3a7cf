import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The fontless build: the full stylesheet imports a web font from a third-party host, and
// these pages must not make a request to anyone but our own server.
import 'survey-core/survey-core.fontless.min.css';
import './styles.css';
import { App } from './app.tsx';
import { startCourier } from './offline/courier.ts';
import { deviceStorage, forgetStaleDrafts } from './offline/drafts.ts';
import { registerServiceWorker } from './offline/register-service-worker.ts';
import { localIsoDate } from './wave-dates.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Answers finished on an earlier visit and not yet confirmed by the server are sent now.
startCourier();
forgetStaleDrafts(deviceStorage(), localIsoDate());
registerServiceWorker();
