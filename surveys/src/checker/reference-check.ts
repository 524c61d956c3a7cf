import {
  ItemValue,
  Model,
  Question,
  QuestionBooleanModel,
  QuestionCheckboxModel,
  QuestionCommentModel,
  QuestionNonValue,
  QuestionRatingModel,
  QuestionSelectBase,
  QuestionTextModel,
} from 'survey-core';
import type { SurveyDefinition } from '../types.ts';
import {
  isPlainObject,
  problems,
  type AnswerProblem,
  type CheckResult,
  type ExpectedAnswer,
  type QuestionLabel,
} from './problems.ts';

/**
 * The slow, obviously-right answer check: a fresh survey-core `Model` per call, the answers set
 * as its data, and survey-core asked about every fact (which names are questions, which are
 * visible, which are required, what counts as empty, which choices a question offers, its
 * maxLength). It is the oracle the compiled checker is tested against, and too slow (a model per
 * call) for the submit path.
 *
 * survey-core's own `validate()` reports only the required errors here: it checks neither
 * choices nor `maxLength` nor `maxSelectedChoices` (the browser enforces those), so those rules
 * are applied below to the facts survey-core gives.
 */

function label(q: Question): QuestionLabel {
  return { name: q.name, title: q.title };
}

function isShown(q: Question): boolean {
  // isParentVisible walks panels up to the page, so a hidden page hides its questions.
  return q.isVisible && q.isParentVisible;
}

/** survey-core's emptiness of the raw answer, except that an object is never a blank (see isBlankAnswer). */
function isBlank(q: Question, raw: unknown): boolean {
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) return false;
  return q.isValueEmpty(raw, !q.allowSpaceAsAnswer);
}

function lookupProblem(
  q: Question,
  choices: ItemValue[],
  item: unknown,
): 'wrong_type' | 'not_a_choice' | undefined {
  const match = ItemValue.getItemByValue(choices, item);
  if (match && match.value === item) return undefined;
  // survey-core matches "2" to 2; we store what survey-core would have stored, so the type must be exact.
  if (match && typeof match.value !== typeof item) return 'wrong_type';
  const isPrimitive = typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean';
  return isPrimitive && choices.some((c) => typeof c.value === typeof item) ? 'not_a_choice' : 'wrong_type';
}

function expectedOf(choices: ItemValue[]): ExpectedAnswer {
  if (choices.every((c) => typeof c.value === 'string')) return 'choice-text';
  if (choices.every((c) => typeof c.value === 'number')) return 'choice-number';
  return 'choice-mixed';
}

function singleChoiceProblem(q: Question, choices: ItemValue[], value: unknown, expected: ExpectedAnswer): AnswerProblem | undefined {
  const found = lookupProblem(q, choices, value);
  if (found === 'wrong_type') return problems.wrongType(label(q), expected, value);
  if (found === undefined) return undefined;
  const isNumericScale = q instanceof QuestionRatingModel && choices.every((c) => typeof c.value === 'number');
  return isNumericScale ? problems.outOfRange(label(q), value, choices.map((c) => c.value)) : problems.notAChoice(label(q), value);
}

function checkboxProblem(q: QuestionCheckboxModel, value: unknown): AnswerProblem | undefined {
  if (!Array.isArray(value)) return problems.wrongType(label(q), 'choice-list', value);
  const choices = q.visibleChoices;
  const verdicts = value.map((item) => lookupProblem(q, choices, item));
  const badType = verdicts.indexOf('wrong_type');
  if (badType >= 0) return problems.wrongItemType(label(q), value[badType]);
  const bad = verdicts.indexOf('not_a_choice');
  if (bad >= 0) return problems.notAChoice(label(q), value[bad]);
  const repeated = value.find((item, i) => value.indexOf(item) !== i);
  if (repeated !== undefined) return problems.duplicateChoice(label(q), repeated);
  const max = q.maxSelectedChoices;
  if (max > 0 && value.length > max) return problems.tooManyAnswers(label(q), value.length, max);
  return undefined;
}

function valueProblem(q: Question, value: unknown): AnswerProblem | undefined {
  if (q instanceof QuestionCheckboxModel) return checkboxProblem(q, value);
  if (q instanceof QuestionSelectBase) return singleChoiceProblem(q, q.visibleChoices, value, expectedOf(q.visibleChoices));
  if (q instanceof QuestionRatingModel) return singleChoiceProblem(q, q.visibleRateValues, value, expectedOf(q.visibleRateValues));
  if (q instanceof QuestionBooleanModel) {
    const choices = [new ItemValue(q.getValueTrue()), new ItemValue(q.getValueFalse())];
    return singleChoiceProblem(q, choices, value, 'yes-no');
  }
  if (q instanceof QuestionTextModel || q instanceof QuestionCommentModel) {
    if (typeof value !== 'string') return problems.wrongType(label(q), 'text', value);
    const max: unknown = q.getMaxLength();
    return typeof max === 'number' && max > 0 && value.length > max ? problems.tooLong(label(q), value.length, max) : undefined;
  }
  throw new Error(`The reference check does not know question type ${q.getType()} ("${q.name}").`);
}

/**
 * Checks an answer set by asking survey-core itself. Same rules and result shape as a checker
 * made by `compileChecker`, but builds a survey-core `Model` on every call (tens of checks a
 * second): use it to test the compiled checker, never on the submit path.
 *
 * @param definition an instrument version's SurveyJS JSON
 * @param answers the submitted answers, as parsed from JSON
 */
export function checkWithSurveyCore(definition: SurveyDefinition, answers: unknown): CheckResult {
  if (!isPlainObject(answers)) return { ok: false, problems: [problems.notAnObject(answers)] };
  const survey = new Model(definition);
  // A copy: survey-core keeps and may normalise what it is given.
  survey.data = structuredClone(answers);

  const found: AnswerProblem[] = [];
  for (const key of Object.keys(answers)) {
    const q = survey.getQuestionByName(key);
    if (!(q instanceof Question) || q instanceof QuestionNonValue) {
      found.push(problems.unknownQuestion(key));
      continue;
    }
    const raw = answers[key];
    if (isBlank(q, raw)) continue;
    if (!isShown(q)) {
      found.push(problems.hiddenQuestion(label(q)));
      continue;
    }
    const problem = valueProblem(q, raw);
    if (problem) found.push(problem);
  }
  for (const q of survey.getAllQuestions()) {
    if (q instanceof QuestionNonValue) continue;
    const raw = Object.prototype.hasOwnProperty.call(answers, q.name) ? answers[q.name] : undefined;
    // isRequired is live: survey-core has already run requiredIf against the data.
    if (q.isRequired && isShown(q) && isBlank(q, raw)) found.push(problems.required(label(q)));
  }
  return found.length === 0 ? { ok: true, answers } : { ok: false, problems: found };
}
