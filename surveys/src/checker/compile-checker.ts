import {
  ConditionRunner,
  Helpers,
  Model,
  PanelModel,
  QuestionBooleanModel,
  QuestionCheckboxModel,
  QuestionCommentModel,
  QuestionRatingModel,
  QuestionSelectBase,
  QuestionTextModel,
  type PanelModelBase,
  type Question,
} from 'survey-core';
import type { SurveyDefinition } from '../types.ts';
import {
  isBlankAnswer,
  isPlainObject,
  problems,
  type AnswerChecker,
  type AnswerProblem,
  type CheckResult,
  type ExpectedAnswer,
  type QuestionLabel,
} from './problems.ts';
import { assertSupportedDefinition, UnsupportedDefinitionError } from './supported-subset.ts';

/** The value-lookup object survey-core's condition runner reads variables through. */
type ValueContext = Parameters<ConditionRunner['runContext']>[0];

type Kind = 'single' | 'multi' | 'text' | 'boolean';

/** One question, reduced to what a check needs. Built once per instrument. */
interface CompiledQuestion {
  readonly name: string;
  readonly label: QuestionLabel;
  readonly kind: Kind;
  readonly expected: ExpectedAnswer;
  /** the answers a choice, rating or boolean question accepts, exactly as survey-core lists them */
  readonly values: ReadonlySet<unknown>;
  readonly valueList: readonly unknown[];
  /** `typeof` of those answers: a value of another type is a wrong type, not a wrong choice */
  readonly types: ReadonlySet<string>;
  /** a rating whose scale is numbers: a number off the scale is `out_of_range` */
  readonly numericScale: boolean;
  /** 0 when there is no limit */
  readonly maxLength: number;
  /** 0 when there is no limit */
  readonly maxSelected: number;
  /** `visible: false` on the question or a container, with no condition to show it */
  readonly neverShown: boolean;
  /** indices of conditions (question, panels, page) that must all hold for it to be shown */
  readonly gates: readonly number[];
  /** true / false, or the index of its requiredIf condition */
  readonly required: boolean | number;
  /** the value survey-core's conditions see for a submitted answer (see `conditionValue`) */
  readonly conditionValue: (raw: unknown) => unknown;
}

/**
 * What survey-core's conditions see for a question. They read the question's *value*, which
 * survey-core derives from the raw data: a choice question swaps a value that loosely matches a
 * choice ("5" for 5, `{ "value": "x" }` for "x") for that choice's value, a single-choice one then
 * unwraps any other `{ "value": ... }` object, a checkbox wraps a lone value in a list (and reads
 * a falsy one as []), text and comment questions join a list into one string, and a boolean reads
 * null as undefined. Only a malformed answer is ever changed, but other questions' visibility may
 * hang on it, so we mirror survey-core to report the hidden and required questions it would.
 * A well-formed answer takes the fast path and is returned as it is.
 */
function conditionValueFor(q: Question, kind: Kind, values: ReadonlySet<unknown>): (raw: unknown) => unknown {
  if (q instanceof QuestionSelectBase) {
    const items = q.visibleChoices;
    const asChoice = (v: unknown): unknown => {
      if (values.has(v)) return v;
      // survey-core's own lookup (it also unwraps { value }), on the model loaded at compile time.
      const item = q.getItemByValue(v, items);
      return item ? item.value : v;
    };
    if (q instanceof QuestionCheckboxModel) {
      return (raw) => {
        if (!raw) return [];
        if (!Array.isArray(raw)) return [asChoice(raw)];
        return raw.every((v) => values.has(v)) ? raw : raw.map(asChoice);
      };
    }
    return (raw) => {
      const v = asChoice(raw);
      if (typeof v !== 'object' || v === null) return v;
      const inner = (v as { value?: unknown }).value;
      return Helpers.isValueEmpty(inner) ? v : inner;
    };
  }
  if (q instanceof QuestionCommentModel) return (raw) => (Array.isArray(raw) ? raw.join('\n') : raw);
  if (kind === 'text') return (raw) => (Array.isArray(raw) ? raw.join(', ') : raw);
  if (kind === 'boolean') return (raw) => (raw === null ? undefined : raw);
  return (raw) => raw;
}

function unsupported(where: string, why: string): never {
  throw new UnsupportedDefinitionError(`${where} ${why}; the answer checker cannot check it, so this instrument cannot be used as it is.`);
}

function own(answers: Record<string, unknown>, name: string): unknown {
  return Object.prototype.hasOwnProperty.call(answers, name) ? answers[name] : undefined;
}

/**
 * Reads condition variables straight from the submitted answers. Names resolve
 * case-insensitively, as survey-core's do; compilation has already refused any variable that is
 * not a question, so every lookup lands on a question.
 */
class AnswersContext {
  constructor(
    private readonly answers: Record<string, unknown>,
    private readonly byLowerName: ReadonlyMap<string, CompiledQuestion>,
  ) {}

  getValue(params: { path: ReadonlyArray<{ name: string; index?: number }> }): { isFound: boolean; value: unknown } | undefined {
    let name = '';
    for (const [i, item] of params.path.entries()) {
      if (item.index !== undefined) return undefined;
      name += i === 0 ? item.name : `.${item.name}`;
    }
    const q = this.byLowerName.get(name.toLowerCase());
    if (!q) return undefined;
    return { isFound: true, value: q.conditionValue(own(this.answers, q.name)) };
  }
}

/** Collects conditions, one runner per distinct expression so each is evaluated once per check. */
class ConditionTable {
  readonly runners: ConditionRunner[] = [];
  private readonly indexByExpression = new Map<string, number>();

  constructor(private readonly lowerNames: ReadonlySet<string>) {}

  add(expression: string, where: string, property: string): number {
    const known = this.indexByExpression.get(expression);
    if (known !== undefined) return known;
    const runner = new ConditionRunner(expression);
    if (!runner.canRun()) unsupported(where, `has a ${property} that survey-core cannot parse: ${JSON.stringify(expression)}`);
    // Functions (age(), today(), custom ones) read more than the answers; variables that are not
    // questions ({pageno}, {locale}, {q1.length}) read survey state we do not have on the server.
    if (runner.hasFunction()) unsupported(where, `has a ${property} that calls a function: ${JSON.stringify(expression)}`);
    for (const variable of runner.getVariables()) {
      if (!this.lowerNames.has(variable.toLowerCase())) {
        unsupported(where, `has a ${property} that refers to {${variable}}, which is not a question: ${JSON.stringify(expression)}`);
      }
    }
    const index = this.runners.length;
    this.runners.push(runner);
    this.indexByExpression.set(expression, index);
    return index;
  }
}

interface Gates {
  readonly gates: readonly number[];
  readonly neverShown: boolean;
}

function withGate(parent: Gates, element: { visibleIf: string; visible: boolean }, where: string, table: ConditionTable): Gates {
  // The loaded model has already run visibleIf on empty data and overwritten `visible`, so
  // `visible` is only the author's constant when there is no condition.
  if (element.visibleIf) return { gates: [...parent.gates, table.add(element.visibleIf, where, 'visibleIf')], neverShown: parent.neverShown };
  return { gates: parent.gates, neverShown: parent.neverShown || element.visible === false };
}

function describeQuestion(q: Question): { kind: Kind; values: unknown[] } {
  if (q instanceof QuestionCheckboxModel) return { kind: 'multi', values: q.visibleChoices.map((c) => c.value) };
  if (q instanceof QuestionSelectBase) return { kind: 'single', values: q.visibleChoices.map((c) => c.value) };
  if (q instanceof QuestionRatingModel) return { kind: 'single', values: q.visibleRateValues.map((c) => c.value) };
  if (q instanceof QuestionBooleanModel) return { kind: 'boolean', values: [q.getValueTrue(), q.getValueFalse()] };
  if (q instanceof QuestionCommentModel || q instanceof QuestionTextModel) return { kind: 'text', values: [] };
  return unsupported(`Question "${q.name}" (${q.getType()})`, 'is of a type the checker does not model');
}

function expectedFor(kind: Kind, types: ReadonlySet<string>): ExpectedAnswer {
  if (kind === 'multi') return 'choice-list';
  if (kind === 'boolean') return 'yes-no';
  if (kind === 'text') return 'text';
  if (types.size === 1 && types.has('string')) return 'choice-text';
  if (types.size === 1 && types.has('number')) return 'choice-number';
  return 'choice-mixed';
}

function positive(value: unknown): number {
  return typeof value === 'number' && value > 0 ? value : 0;
}

function compileQuestion(q: Question, gates: Gates, table: ConditionTable): CompiledQuestion {
  const where = `Question "${q.name}" (${q.getType()})`;
  const { kind, values } = describeQuestion(q);
  const types = new Set<string>(values.map((v) => typeof v));
  for (const t of types) {
    if (t !== 'string' && t !== 'number' && !(kind === 'boolean' && t === 'boolean')) unsupported(where, `has an answer value of type ${t}`);
  }
  if (kind !== 'text' && values.length === 0) unsupported(where, 'offers no answers');
  const shownWhen = withGate(gates, q, where, table);
  const valueSet = new Set(values);
  return {
    name: q.name,
    label: { name: q.name, title: q.title },
    kind,
    expected: expectedFor(kind, types),
    values: valueSet,
    valueList: values,
    types,
    numericScale: q instanceof QuestionRatingModel && types.size === 1 && types.has('number'),
    maxLength: kind === 'text' ? positive((q as QuestionTextModel | QuestionCommentModel).getMaxLength()) : 0,
    maxSelected: q instanceof QuestionCheckboxModel ? positive(q.maxSelectedChoices) : 0,
    neverShown: shownWhen.neverShown,
    gates: shownWhen.gates,
    // requiredIf, when present, decides alone: survey-core overwrites isRequired with its result.
    required: q.requiredIf ? table.add(q.requiredIf, where, 'requiredIf') : q.isRequired === true,
    conditionValue: conditionValueFor(q, kind, valueSet),
  };
}

/** The problem with one shown, non-blank answer, or undefined when it is a good answer. */
function checkValue(q: CompiledQuestion, value: unknown): AnswerProblem | undefined {
  switch (q.kind) {
    case 'single':
    case 'boolean':
      if (!q.types.has(typeof value)) return problems.wrongType(q.label, q.expected, value);
      if (q.values.has(value)) return undefined;
      return q.numericScale ? problems.outOfRange(q.label, value, q.valueList) : problems.notAChoice(q.label, value);
    case 'text':
      if (typeof value !== 'string') return problems.wrongType(q.label, q.expected, value);
      return q.maxLength > 0 && value.length > q.maxLength ? problems.tooLong(q.label, value.length, q.maxLength) : undefined;
    case 'multi': {
      if (!Array.isArray(value)) return problems.wrongType(q.label, q.expected, value);
      // One problem per question, the most basic first: a wrong type, then a wrong choice, then
      // a repeat, then too many.
      let notChoice: unknown;
      let hasNotChoice = false;
      let repeated: unknown;
      let hasRepeat = false;
      const seen = new Set<unknown>();
      for (const item of value) {
        if (!q.types.has(typeof item)) return problems.wrongItemType(q.label, item);
        if (!q.values.has(item)) {
          if (!hasNotChoice) [hasNotChoice, notChoice] = [true, item];
        } else if (seen.has(item)) {
          if (!hasRepeat) [hasRepeat, repeated] = [true, item];
        }
        seen.add(item);
      }
      if (hasNotChoice) return problems.notAChoice(q.label, notChoice);
      if (hasRepeat) return problems.duplicateChoice(q.label, repeated);
      if (q.maxSelected > 0 && seen.size > q.maxSelected) return problems.tooManyAnswers(q.label, seen.size, q.maxSelected);
      return undefined;
    }
  }
}

function loadModel(definition: SurveyDefinition): Model {
  const survey = new Model(definition);
  const errors = survey.jsonErrors ?? [];
  if (errors.length > 0) {
    throw new UnsupportedDefinitionError(
      `survey-core reports problems in the survey definition: ${errors.map((e) => e.message).join('; ')}`,
    );
  }
  return survey;
}

/**
 * Compiles an instrument version into a fast answer checker. Do it once per version and keep the
 * checker: compiling loads a survey-core `Model`, a check does not.
 *
 * The definition is loaded once into survey-core so that choices, rating scales, boolean values,
 * text limits and condition semantics are survey-core's own; conditions are parsed once with
 * survey-core's `ConditionRunner`. A check then only walks the submitted keys, evaluates the few
 * conditions it needs against the submitted answers, and looks values up in sets.
 *
 * The checker refuses (with every problem found, not just the first):
 * - anything but a plain object (`not_an_object`);
 * - a key that is not a question; html elements are not questions (`unknown_question`);
 * - an answer to a question hidden by its own, a panel's or its page's visibility, evaluated on
 *   the submitted answers (`hidden_question`);
 * - a shown question that is required (`isRequired`, or `requiredIf` holding) but blank
 *   (`required`); absent, null, whitespace-only text and [] are all blank, as in survey-core;
 * - a value of the wrong JSON type (`wrong_type`), not among the choices (`not_a_choice`), off a
 *   numeric rating scale (`out_of_range`), longer than `maxLength` (`too_long`), repeated in a
 *   checkbox list (`duplicate_choice`), or more than `maxSelectedChoices` (`too_many_answers`).
 *
 * A blank answer to a question that is not required is accepted, and stays in the answers.
 *
 * @param definition an instrument version's SurveyJS JSON
 * @returns a checker; on success it returns the very `answers` object it was given
 * @throws UnsupportedDefinitionError naming the element, when the definition uses anything the
 *   checker does not model, so an instrument can never be silently under-checked
 */
export function compileChecker(definition: SurveyDefinition): AnswerChecker {
  assertSupportedDefinition(definition);
  const survey = loadModel(definition);

  const valueQuestions = survey.getAllQuestions(false, false, true).filter((q) => q.getType() !== 'html');
  const lowerNames = new Set<string>();
  for (const q of valueQuestions) {
    const lower = q.name.toLowerCase();
    // survey-core resolves {Name} case-insensitively, so two such names would be ambiguous.
    if (lowerNames.has(lower)) unsupported(`Question "${q.name}" (${q.getType()})`, 'shares its name (ignoring case) with another question');
    lowerNames.add(lower);
  }

  const table = new ConditionTable(lowerNames);
  const compiled: CompiledQuestion[] = [];
  const walk = (container: PanelModelBase, gates: Gates): void => {
    for (const element of container.elements) {
      if (element instanceof PanelModel) {
        walk(element, withGate(gates, element, `Panel "${element.name}"`, table));
        // html carries no answer, and whether it shows decides nothing about any question.
      } else if (element.getType() !== 'html') {
        compiled.push(compileQuestion(element as Question, gates, table));
      }
    }
  };
  for (const page of survey.pages) walk(page, withGate({ gates: [], neverShown: false }, page, `Page "${page.name}"`, table));

  const byName = new Map(compiled.map((q) => [q.name, q]));
  const byLowerName = new Map(compiled.map((q) => [q.name.toLowerCase(), q]));
  const requirable = compiled.filter((q) => q.required !== false);
  const runners = table.runners;

  return function checkAnswers(answers: unknown): CheckResult {
    if (!isPlainObject(answers)) return { ok: false, problems: [problems.notAnObject(answers)] };

    const context = new AnswersContext(answers, byLowerName) as unknown as ValueContext;
    // Each condition is evaluated at most once per check: 0 = not yet, 1 = true, 2 = false.
    const outcome = new Uint8Array(runners.length);
    const holds = (index: number): boolean => {
      let known = outcome[index];
      if (known === 0) {
        known = runners[index]!.runContext(context) ? 1 : 2;
        outcome[index] = known;
      }
      return known === 1;
    };
    const shown = (q: CompiledQuestion): boolean => !q.neverShown && q.gates.every(holds);

    const found: AnswerProblem[] = [];
    for (const key of Object.keys(answers)) {
      const q = byName.get(key);
      if (!q) {
        found.push(problems.unknownQuestion(key));
        continue;
      }
      const value = answers[key];
      // A blank answer is no answer: survey-core leaves it in place even when the question is
      // hidden, and it is never wrong.
      if (isBlankAnswer(value)) continue;
      if (!shown(q)) {
        found.push(problems.hiddenQuestion(q.label));
        continue;
      }
      const problem = checkValue(q, value);
      if (problem) found.push(problem);
    }
    for (const q of requirable) {
      if (!isBlankAnswer(own(answers, q.name))) continue;
      const required = q.required === true || (typeof q.required === 'number' && holds(q.required));
      if (required && shown(q)) found.push(problems.required(q.label));
    }
    return found.length === 0 ? { ok: true, answers } : { ok: false, problems: found };
  };
}
