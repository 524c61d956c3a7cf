import type { SurveyDefinition } from '@you-said/surveys';
import { Model, settings, type Question, type SurveyModel } from 'survey-core';
import { DEFAULT_LANGUAGE, type LanguageCode } from '../language/languages.ts';
import { messagesFor } from '../language/messages.ts';
import { withoutMarkup } from '../plain-text.ts';
import { addReadAloud } from '../read-aloud/survey-read-aloud.tsx';

const SYSTEM_FONTS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
/** The app's own blue (styles.css `--brand`). */
const BRAND = '#1d4f73';

// survey-core's newer progress bar is a row of 24px buttons named after the pages' internal
// names ("p_feel_safe"), which jump between pages: too small to tap and meaningless to a screen
// reader. The classic bar says "Page 3 of 17" in the survey's language.
settings.legacyProgressBarView = true;

/** Models whose instrument words its own send button (else ours is used, in the child's language). */
const namesItsSendButton = new WeakSet<Model>();

export interface SurveyChoices {
  /** The instrument's id, to find recordings of its questions. */
  instrument?: string;
  /** The language the child chose; the instrument's strings and survey-core's own follow it. */
  language?: LanguageCode;
  /** Read each question out as it appears. */
  autoRead?: boolean;
}

/**
 * A survey-core model for one child's run through an instrument, as far as it can be made before
 * the child has chosen anything. Making it is most of the work of starting a survey (a fraction
 * of a second on a slow phone), so the start screen makes it while the child reads, and the
 * Start button only has to apply their choices (`beginSurvey`) and draw the first page.
 */
export function prepareSurveyModel(definition: SurveyDefinition, advocacyService: string): Model {
  // Movement is kept for those who have not asked their device to reduce it. (survey-core reads
  // this one global setting; nothing else on these pages uses survey-core.)
  settings.animationEnabled = !prefersReducedMotion();
  const model = new Model(definition);
  if ('completeText' in definition) namesItsSendButton.add(model);
  // survey-core's completed page would say "thank you" before the server has stored anything;
  // our own thank-you appears only once it has.
  model.showCompletedPage = false;
  // The "powered by" block loads an image from surveyjs.io; an instrument must not be able to turn it on.
  model.showBrandInfo = false;
  // Fills `{advocacyService}` in the instruments' wording with this council's service.
  model.setVariable('advocacyService', withoutMarkup(advocacyService));
  // The default theme names "Open Sans", which the fontless stylesheet (rightly) does not
  // fetch from a font host; without this, devices without it would fall back to a serif font.
  // Its green is too light for text and ticks on white (2.5:1); the app's blue is 8.6:1.
  model.applyTheme({
    cssVariables: { ...model.themeVariables, '--sjs2-typography-font-family-text': SYSTEM_FONTS, '--sjs2-color-project-brand-600': BRAND },
  });
  titlesAsHeadings(model);
  moveFocusWithThePage(model);
  return model;
}

/**
 * Applies the child's choices to a prepared model, once, as they press Start: the language (the
 * instrument's strings and survey-core's own; see language/language-packs.ts for the latter) and
 * the Listen buttons, reading each question out as it appears if they asked for that.
 */
export function beginSurvey(model: Model, choices: SurveyChoices = {}): void {
  const { instrument = '', language = DEFAULT_LANGUAGE, autoRead = false } = choices;
  if (language !== DEFAULT_LANGUAGE) model.locale = language;
  const messages = messagesFor(language);
  if (!namesItsSendButton.has(model)) model.completeText = messages.sendMyAnswers;
  // Our own words for "Page 3 of 17": survey-core's Arabic puts the numbers in the wrong order.
  model.onGetProgressText.add((sender, options) => {
    options.text = messages.progress(sender.visiblePages.indexOf(sender.currentPage) + 1, sender.visiblePageCount);
  });
  const readAloud = addReadAloud(model, { instrument, language, autoRead });
  // Whatever is being read stops when the survey goes (sent, or the child leaves the page).
  const dispose = model.dispose.bind(model);
  model.dispose = () => {
    readAloud.stop();
    dispose();
  };
}

/** The wording a child saw for a question, to name it in a problem from the server. */
export function questionWording(model: Model, name: string): string {
  const question = model.getQuestionByName(name);
  return question ? question.processedTitle || question.title || name : name;
}

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Real headings (survey-core draws titles as plain divs by default): the survey's title is the
 * page's h1, a page's title an h2, and each question an h3, so a screen reader can move from
 * question to question by heading.
 */
function titlesAsHeadings(model: SurveyModel): void {
  model.onGetTitleTagName.add((_, options) => {
    const type = options.element.getType();
    options.tagName = type === 'survey' ? 'h1' : type === 'page' ? 'h2' : 'h3';
  });
}

/**
 * When the child moves to another page, focus goes to its first question's heading (or, on a page
 * of text only, the page's title or its first control), so a screen reader reads the new question
 * and a keyboard user carries on from there rather than from the button they pressed, which is
 * gone. The first page is left alone: the survey frame takes focus when it appears.
 */
function moveFocusWithThePage(model: SurveyModel): void {
  let moved = false;
  model.onCurrentPageChanged.add(() => {
    moved = true;
  });
  model.onAfterRenderPage.add((sender, { htmlElement }) => {
    if (!moved) return;
    moved = false;
    const firstQuestion = (sender.currentPage?.questions as Question[] | undefined)?.find((q) => q.isVisible && q.hasTitle);
    const root = htmlElement.closest('.sd-root-modern') ?? htmlElement;
    const target =
      (firstQuestion ? document.getElementById(firstQuestion.ariaTitleId) : null) ??
      root.querySelector<HTMLElement>('.sd-page__title') ??
      htmlElement.querySelector<HTMLElement>('button, input, textarea, select, a[href]');
    if (!target) return;
    if (!target.matches('button, input, textarea, select, a[href]')) target.tabIndex = -1;
    target.focus({ preventScroll: true });
  });
}
