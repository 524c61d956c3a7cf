// The least a page can be that shows one of our instruments: survey-react-ui rendering the
// 8-11 questionnaire, nothing else. page-weight.ts builds it and weighs our app against it.
// Plain JavaScript (no JSX) so the test package needs neither React's types nor a JSX setting.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
// The same stylesheet our app uses (the full one fetches a web font from another host).
import 'survey-core/survey-core.fontless.min.css';
import definition from '../../../surveys/instruments/children-8-11/v1.json';

const model = new Model(definition);
createRoot(document.getElementById('root')).render(createElement(Survey, { model }));
