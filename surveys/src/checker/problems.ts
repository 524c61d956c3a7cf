/**
 * What an answer check returns, and the plain-words messages for each kind of problem.
 * Shared by the compiled checker and the survey-core reference so that both speak the same
 * language; the agreement test compares their (question, code) pairs, not the wording.
 */

/**
 * Why a submitted answer set was refused. A closed union: the server maps each code to a 4xx
 * and the web app may show a tailored hint, so adding one is a deliberate change.
 *
 * - `not_an_object`: the answers are not a plain JSON object.
 * - `unknown_question`: a key is not the name of a question in this instrument version.
 * - `not_a_choice`: a value is not one of the answers a choice question offers.
 * - `out_of_range`: a number is not on a rating question's numeric scale.
 * - `wrong_type`: a value has the wrong JSON type (a number where text is expected, a list
 *   where one answer is expected, an object anywhere).
 * - `required`: a question shown to the respondent and required has no answer.
 * - `hidden_question`: a question the respondent was not shown (given their other answers)
 *   carries an answer; survey-core clears those on completion, so a well-behaved client never
 *   sends one.
 * - `too_long`: free text is longer than the question's `maxLength`.
 * - `too_many_answers`: a multi-choice question has more answers than `maxSelectedChoices`.
 * - `duplicate_choice`: a multi-choice answer lists the same choice twice.
 */
export type ProblemCode =
  | 'not_an_object'
  | 'unknown_question'
  | 'not_a_choice'
  | 'out_of_range'
  | 'wrong_type'
  | 'required'
  | 'hidden_question'
  | 'too_long'
  | 'too_many_answers'
  | 'duplicate_choice';

/** One problem with a submitted answer set. `question` is the question name ('' for `not_an_object`). */
export interface AnswerProblem {
  question: string;
  code: ProblemCode;
  /** Plain words a participation worker can act on; names the question by its title. */
  message: string;
}

/** The verdict on one answer set. On success `answers` is the very object that was checked. */
export type CheckResult =
  | { ok: true; answers: Record<string, unknown> }
  | { ok: false; problems: AnswerProblem[] };

/** A compiled, reusable check of answer sets against one instrument version. */
export type AnswerChecker = (answers: unknown) => CheckResult;

/** What a question expects, in the words used by `wrong_type` messages. */
export type ExpectedAnswer = 'choice-text' | 'choice-number' | 'choice-mixed' | 'choice-list' | 'text' | 'yes-no';

/** The question as a message names it: its title as survey-core renders it, and its name. */
export interface QuestionLabel {
  name: string;
  title: string;
}

/**
 * True when `value` is a plain object (a JSON object), the only shape an answer set may take.
 * Arrays, null, class instances and primitives are not.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * True when an answer counts as "no answer": absent, null, a string of only whitespace, or an
 * empty list. This is survey-core's own emptiness test (`Question.isEmpty` trims strings unless
 * `allowSpaceAsAnswer`), except that survey-core also calls `{}` empty: we refuse any object as a
 * wrong type instead, so that nothing but real answers and blanks is ever stored.
 */
export function isBlankAnswer(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

/** A submitted value for a message: JSON, cut short so a stray paragraph never fills a log line. */
export function showValue(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function describeType(value: unknown): string {
  if (value === null) return 'an empty value (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true/false';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const EXPECTED_WORDS: Record<ExpectedAnswer, string> = {
  'choice-text': 'one of its answers (as text)',
  'choice-number': 'a number from its scale',
  'choice-mixed': 'one of its answers',
  'choice-list': 'a list of its answers',
  text: 'text',
  'yes-no': 'a yes/no answer',
};

function named(q: QuestionLabel): string {
  return q.title && q.title !== q.name ? `"${q.title}" (${q.name})` : `"${q.name}"`;
}

function problem(question: string, code: ProblemCode, message: string): AnswerProblem {
  return { question, code, message };
}

/** Builders for each problem, so both checkers word them identically. */
export const problems = {
  notAnObject(value: unknown): AnswerProblem {
    return problem(
      '',
      'not_an_object',
      `The answers must be sent as a set of question names with their answers (a JSON object), but ${describeType(value)} was sent.`,
    );
  },
  unknownQuestion(key: string): AnswerProblem {
    return problem(
      key,
      'unknown_question',
      `${showValue(key)} is not a question in this version of the survey, so an answer to it cannot be stored.`,
    );
  },
  notAChoice(q: QuestionLabel, value: unknown): AnswerProblem {
    return problem(q.name, 'not_a_choice', `${named(q)}: ${showValue(value)} is not one of the answers this question offers.`);
  },
  outOfRange(q: QuestionLabel, value: unknown, scale: readonly unknown[]): AnswerProblem {
    return problem(
      q.name,
      'out_of_range',
      `${named(q)}: ${showValue(value)} is not on this question's scale (${scale.map(showValue).join(', ')}).`,
    );
  },
  wrongType(q: QuestionLabel, expected: ExpectedAnswer, value: unknown): AnswerProblem {
    return problem(
      q.name,
      'wrong_type',
      `${named(q)}: the answer should be ${EXPECTED_WORDS[expected]}, but ${describeType(value)} was sent.`,
    );
  },
  wrongItemType(q: QuestionLabel, item: unknown): AnswerProblem {
    return problem(
      q.name,
      'wrong_type',
      `${named(q)}: the list of answers should hold only this question's answers, but it holds ${describeType(item)}.`,
    );
  },
  required(q: QuestionLabel): AnswerProblem {
    return problem(q.name, 'required', `${named(q)} must be answered, but no answer was sent.`);
  },
  hiddenQuestion(q: QuestionLabel): AnswerProblem {
    return problem(
      q.name,
      'hidden_question',
      `${named(q)} is not shown to someone who gave these other answers, so it must not have an answer.`,
    );
  },
  tooLong(q: QuestionLabel, length: number, maxLength: number): AnswerProblem {
    return problem(
      q.name,
      'too_long',
      `${named(q)}: the answer is ${length} characters long; this question accepts at most ${maxLength}.`,
    );
  },
  tooManyAnswers(q: QuestionLabel, count: number, max: number): AnswerProblem {
    return problem(q.name, 'too_many_answers', `${named(q)}: ${count} answers were chosen; this question allows at most ${max}.`);
  },
  duplicateChoice(q: QuestionLabel, value: unknown): AnswerProblem {
    return problem(q.name, 'duplicate_choice', `${named(q)}: ${showValue(value)} was chosen more than once.`);
  },
};
