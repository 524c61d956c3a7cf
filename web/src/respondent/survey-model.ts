import type { SurveyDefinition } from '@you-said/surveys';
import { Model } from 'survey-core';
import { withoutMarkup } from '../plain-text.ts';

const SYSTEM_FONTS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** A survey-core model for one child's run through an instrument. */
export function createSurveyModel(definition: SurveyDefinition, advocacyService: string): Model {
  const model = new Model(definition);
  // survey-core's completed page would say "thank you" before the server has stored anything;
  // our own thank-you appears only once it has.
  model.showCompletedPage = false;
  // The "powered by" block loads an image from surveyjs.io; an instrument must not be able to turn it on.
  model.showBrandInfo = false;
  if (!('completeText' in definition)) model.completeText = 'Send my answers';
  // Fills `{advocacyService}` in the instruments' wording with this council's service.
  model.setVariable('advocacyService', withoutMarkup(advocacyService));
  // The default theme names "Open Sans", which the fontless stylesheet (rightly) does not
  // fetch from a font host; without this, devices without it would fall back to a serif font.
  model.applyTheme({ cssVariables: { ...model.themeVariables, '--sjs2-typography-font-family-text': SYSTEM_FONTS } });
  return model;
}

/** The wording a child saw for a question, to name it in a problem from the server. */
export function questionWording(model: Model, name: string): string {
  const question = model.getQuestionByName(name);
  return question ? question.processedTitle || question.title || name : name;
}
