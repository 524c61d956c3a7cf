import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import { App } from './app.tsx';
import { startCourier } from './offline/courier.ts';
import { deviceStorage, forgetStaleDrafts } from './offline/drafts.ts';
import { registerServiceWorker } from './offline/register-service-worker.ts';
import { loadDeviceLanguages } from './language/language-packs.ts';
import { loadSurveyRuntime } from './respondent/survey-runtime-loader.ts';
import { parseRoute } from './routes.ts';
import { localIsoDate } from './wave-dates.ts';

// The survey chunk (already on its way: index.html preloads it) runs as soon as it arrives, on
// every respondent page: the next step from any of them is a survey.
// A device set to Welsh or Arabic fetches that language's words now too.
if (parseRoute(window.location.pathname).name !== 'staff') {
  void loadSurveyRuntime().catch(() => undefined);
  loadDeviceLanguages();
}

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
