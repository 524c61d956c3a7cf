import type { ReactElement } from 'react';
import { Question, QuestionHtmlModel, type ItemValue, type SurveyModel } from 'survey-core';
import { ReactElementFactory } from 'survey-react-ui';
import type { LanguageCode } from '../language/languages.ts';
import { messagesFor, type Messages } from '../language/messages.ts';
import { ListenButton } from './listen-button.tsx';
import { createReadAloud, type ReadAloud, type ReadingItem } from './read-aloud.ts';
import { recordingFor, RECORDINGS, type Recording } from './recordings.ts';
import { spokenText } from './spoken-text.ts';

/**
 * Listen buttons in a survey-react-ui survey, through survey-core's own extension points (no
 * patching of either library): `onElementWrapperComponentName` routes every question's content
 * and every answer choice through the two wrapper components below, which draw the element as
 * survey-react-ui made it plus a Listen button.
 */

interface SurveyReading {
  readAloud: ReadAloud;
  instrument: string;
  language: LanguageCode;
  messages: Messages;
  recordings: readonly Recording[];
}

// The reading set up for each survey model; the wrappers find theirs through `question.survey`.
const readings = new WeakMap<object, SurveyReading>();

const QUESTION_CONTENT = 'you-said-listen-question';
const CHOICE = 'you-said-listen-choice';
/** Question types whose answers are a list of choices that each get a Listen button. */
const CHOICE_TYPES = new Set(['radiogroup', 'imagepicker', 'checkbox']);

let wrappersRegistered = false;

function registerWrappers(): void {
  if (wrappersRegistered) return;
  wrappersRegistered = true;
  ReactElementFactory.Instance.registerElement(QUESTION_CONTENT, (props: WrapperProps) => <QuestionContent {...props} />);
  ReactElementFactory.Instance.registerElement(CHOICE, (props: WrapperProps) => <Choice {...props} />);
}

interface WrapperProps {
  element: ReactElement;
  question: Question;
  item?: ItemValue;
}

export interface ReadAloudOptions {
  /** The instrument's id, to find its recordings. */
  instrument: string;
  language: LanguageCode;
  /** Read each question out as it appears (on by default for the 4-7 survey). */
  autoRead: boolean;
  recordings?: readonly Recording[];
}

/**
 * Gives every question and answer of `model` a Listen button, and (with `autoRead`) reads each
 * question out when its page appears. Returns the reader, which the caller stops when the
 * survey goes away.
 */
export function addReadAloud(model: SurveyModel, options: ReadAloudOptions): ReadAloud {
  registerWrappers();
  const readAloud = createReadAloud(options.language);
  const reading: SurveyReading = {
    readAloud,
    instrument: options.instrument,
    language: options.language,
    messages: messagesFor(options.language),
    recordings: options.recordings ?? RECORDINGS,
  };
  readings.set(model, reading);

  model.onElementWrapperComponentName.add((_, opts: { componentName: string; element: unknown; wrapperName: string }) => {
    if (!(opts.element instanceof Question)) return;
    if (opts.wrapperName === 'content-component') opts.componentName = QUESTION_CONTENT;
    else if (opts.wrapperName === 'itemvalue' && CHOICE_TYPES.has(opts.element.getType())) opts.componentName = CHOICE;
  });

  if (options.autoRead) {
    // Each new page's questions are read out as the page appears (a page of only text for the
    // grown-up is not), and a question that appears later on the same page is read after them.
    let shown = false;
    model.onAfterRenderPage.add((sender) => {
      shown = true;
      const questions = (sender.currentPage?.questions as Question[] | undefined)?.filter((q) => q.isVisible && q.getType() !== 'html') ?? [];
      const first = questions[0];
      if (!first) {
        readAloud.stop();
        return;
      }
      readAloud.read(questionKey(first), questions.flatMap((q) => questionReading(reading, q)));
    });
    model.onQuestionVisibleChanged.add((sender, { question, visible }) => {
      // Not before the survey is on screen: answers put back into a resumed survey change what shows.
      if (shown && visible && question.page === sender.currentPage && question.getType() !== 'html') {
        readAloud.queue(questionKey(question), questionReading(reading, question));
      }
    });
  }
  // Nothing goes on being read once the answers are sent.
  model.onComplete.add(() => readAloud.stop());
  return readAloud;
}

function questionKey(question: Question): string {
  return `question:${question.name}`;
}

function questionReading(reading: SurveyReading, question: Question): ReadingItem[] {
  if (question instanceof QuestionHtmlModel) {
    return [{ text: spokenText(question.processedHtml), recording: null }];
  }
  const title = spokenText(question.locTitle.renderedHtml);
  const description = question.hasDescription ? spokenText(question.locDescription.renderedHtml) : '';
  const recording = recordingFor(reading.recordings, { instrument: reading.instrument, language: reading.language, question: question.name });
  return [
    { text: title, recording },
    ...(description && recording === null ? [{ text: description, recording: null }] : []),
  ];
}

function choiceReading(reading: SurveyReading, question: Question, item: ItemValue): ReadingItem[] {
  const recording = recordingFor(reading.recordings, {
    instrument: reading.instrument,
    language: reading.language,
    question: question.name,
    choice: String(item.value),
  });
  return [{ text: spokenText(item.locText.renderedHtml), recording }];
}

/** A question's content as survey-react-ui drew it, after a "Listen" button for the question. */
function QuestionContent({ element, question }: WrapperProps) {
  const reading = question.survey ? readings.get(question.survey) : undefined;
  if (!reading) return element;
  const html = question instanceof QuestionHtmlModel;
  return (
    <>
      <div className="listen-row">
        <ListenButton
          readAloud={reading.readAloud}
          listenKey={questionKey(question)}
          reading={() => questionReading(reading, question)}
          name={html ? reading.messages.listenToPart : reading.messages.listenToQuestion}
          messages={reading.messages}
          testId={`listen-${question.name}`}
        />
      </div>
      {element}
    </>
  );
}

/** One answer choice as survey-react-ui drew it, with a Listen button for the answer beside it. */
function Choice({ element, question, item }: WrapperProps) {
  const reading = question.survey ? readings.get(question.survey) : undefined;
  if (!reading || !item) return element;
  const picture = question.getType() === 'imagepicker';
  return (
    <div className={picture ? 'listen-choice listen-choice--picture' : 'listen-choice'}>
      {element}
      <ListenButton
        readAloud={reading.readAloud}
        listenKey={`choice:${question.name}:${String(item.value)}`}
        reading={() => choiceReading(reading, question, item)}
        name={reading.messages.listenToAnswer(spokenText(item.locText.renderedHtml))}
        messages={reading.messages}
        compact
        testId={`listen-${question.name}-${String(item.value)}`}
      />
    </div>
  );
}
