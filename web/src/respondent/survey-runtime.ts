// The survey itself: survey-core, survey-react-ui, their stylesheet and what the app adds to them
// (the model's set-up, Listen buttons, the frame the questions sit in). A chunk of its own, which
// index.html asks for at once beside the app's entry script (see vite.config.ts), so a child on a
// slow connection sees the start screen while this, most of the download, is still arriving. It
// is part of the offline shell all the same: once the page has loaded, the survey never waits
// on the network.
// The fontless build: the full stylesheet imports a web font from a third-party host, and
// these pages must not make a request to anyone but our own server.
import 'survey-core/survey-core.fontless.min.css';

export { beginSurvey, prepareSurveyModel, questionWording } from './survey-model.ts';
export { SurveyFrame } from './survey-frame.tsx';
