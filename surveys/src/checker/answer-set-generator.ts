/**
 * Test support (not exported from the package): seeded generation of answer sets for the
 * agreement test between the compiled checker and the survey-core reference. Valid sets come
 * from driving a real survey-core `Model` the way a respondent's browser would; invalid ones
 * from mutating those. Facts about questions are read from survey-core here, independently of
 * the compiled checker, so the generator cannot share its blind spots.
 */
import {
  Model,
  QuestionBooleanModel,
  QuestionCheckboxModel,
  QuestionRatingModel,
  QuestionSelectBase,
  type Question,
} from 'survey-core';
import type { SurveyDefinition } from '../types.ts';

/** The seeded generator the answer sets are drawn with: the same seed gives the same sets on every run. */
export { seededRandom as mulberry32 } from '../seeded-random.ts';

/** Convenience draws on top of a PRNG. */
export class Draw {
  constructor(private readonly next: () => number) {}
  /** an integer in [0, n) */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)] as T;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
}

type Kind = 'single' | 'multi' | 'text' | 'boolean';

/** What the generator knows about a question, straight from survey-core. */
export interface QuestionFacts {
  name: string;
  kind: Kind;
  /** choice, rating or boolean values */
  values: unknown[];
  maxLength: number;
  maxSelected: number;
  /** isRequired or requiredIf is set */
  mayBeRequired: boolean;
}

/** What the generator knows about an instrument. */
export interface InstrumentFacts {
  questions: QuestionFacts[];
  /** html element names: keys that look like questions but are not */
  htmlNames: string[];
  hasConditions: boolean;
}

function kindOf(q: Question): { kind: Kind; values: unknown[] } {
  if (q instanceof QuestionCheckboxModel) return { kind: 'multi', values: q.visibleChoices.map((c) => c.value) };
  if (q instanceof QuestionSelectBase) return { kind: 'single', values: q.visibleChoices.map((c) => c.value) };
  if (q instanceof QuestionRatingModel) return { kind: 'single', values: q.visibleRateValues.map((c) => c.value) };
  if (q instanceof QuestionBooleanModel) return { kind: 'boolean', values: [q.getValueTrue(), q.getValueFalse()] };
  return { kind: 'text', values: [] };
}

/** Reads the generator's facts about an instrument from a survey-core model. */
export function factsOf(definition: SurveyDefinition): InstrumentFacts {
  const survey = new Model(definition);
  const all = survey.getAllQuestions();
  const questions = all
    .filter((q) => q.getType() !== 'html')
    .map((q): QuestionFacts => {
      const { kind, values } = kindOf(q);
      const maxLength: unknown = kind === 'text' ? (q as unknown as { getMaxLength(): unknown }).getMaxLength() : 0;
      return {
        name: q.name,
        kind,
        values,
        maxLength: typeof maxLength === 'number' && maxLength > 0 ? maxLength : 0,
        maxSelected: q instanceof QuestionCheckboxModel && q.maxSelectedChoices > 0 ? q.maxSelectedChoices : 0,
        mayBeRequired: q.isRequired || !!q.requiredIf,
      };
    });
  const hasConditions =
    survey.pages.some((p) => !!p.visibleIf) ||
    survey.getAllPanels().some((p) => !!(p as unknown as { visibleIf: string }).visibleIf) ||
    all.some((q) => !!q.visibleIf);
  return { questions, htmlNames: all.filter((q) => q.getType() === 'html').map((q) => q.name), hasConditions };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz éåøç ';

function text(draw: Draw, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += LETTERS[draw.int(LETTERS.length)];
  // Never all spaces: that would be a blank answer, not a text one.
  return s.trim() === '' ? `x${s.slice(1)}` : s;
}

/** A random answer the question accepts. */
export function validValue(draw: Draw, q: QuestionFacts): unknown {
  switch (q.kind) {
    case 'single':
    case 'boolean':
      return draw.pick(q.values);
    case 'multi': {
      const limit = q.maxSelected > 0 ? Math.min(q.maxSelected, q.values.length) : q.values.length;
      return draw.shuffle(q.values).slice(0, 1 + draw.int(limit));
    }
    case 'text': {
      const max = q.maxLength > 0 ? q.maxLength : 60;
      return text(draw, draw.chance(0.1) ? max : 1 + draw.int(Math.min(max, 40)));
    }
  }
}

/** Answer probabilities for a simulated respondent. */
export interface Diligence {
  required: number;
  optional: number;
}

function shown(q: Question): boolean {
  return q.isVisible && q.isParentVisible;
}

/**
 * A simulated respondent's browser for one instrument. It reuses one survey-core `Model`
 * (cleared between uses), as building one costs tens of milliseconds.
 */
export class Respondent {
  private readonly survey: Model;
  private readonly byName: Map<string, QuestionFacts>;

  constructor(definition: SurveyDefinition, facts: InstrumentFacts) {
    this.survey = new Model(definition);
    this.byName = new Map(facts.questions.map((f) => [f.name, f]));
  }

  /**
   * Answers as the browser would post them: every question answered with the given probability
   * (whether shown or not), then the survey completed, so that survey-core itself clears the
   * answers to questions those answers hide, exactly as it does in the browser. (Walking the
   * questions one setValue at a time is more lifelike but several times slower, and survey-core's
   * clearing on completion is what decides the posted data either way.)
   */
  answers(draw: Draw, diligence: Diligence): Record<string, unknown> {
    const data: Record<string, unknown> = {};
    for (const f of this.byName.values()) {
      if (draw.chance(f.mayBeRequired ? diligence.required : diligence.optional)) data[f.name] = validValue(draw, f);
    }
    const survey = this.survey;
    survey.clear(true, true);
    survey.data = data;
    survey.doComplete();
    return structuredClone(survey.data) as Record<string, unknown>;
  }

  /** Names of questions survey-core does not show for these answers. */
  hiddenQuestions(answers: Record<string, unknown>): string[] {
    return this.questionsGiven(answers).filter((q) => !shown(q)).map((q) => q.name);
  }

  /** Names of questions survey-core shows and requires for these answers. */
  shownRequiredQuestions(answers: Record<string, unknown>): string[] {
    return this.questionsGiven(answers).filter((q) => shown(q) && q.isRequired).map((q) => q.name);
  }

  private questionsGiven(answers: Record<string, unknown>): Question[] {
    this.survey.clear(true, true);
    this.survey.data = structuredClone(answers);
    return this.survey.getAllQuestions().filter((q) => q.getType() !== 'html');
  }
}

/** A value of the wrong JSON type for the question. */
export function wrongTypeValue(draw: Draw, q: QuestionFacts): unknown {
  const first = q.values[0];
  const common = [{ value: first ?? 'x' }, { answer: 'x' }];
  switch (q.kind) {
    case 'single': {
      // survey-core's conditions would read "2" for 2 and 2 for "2": the checker must still refuse it.
      const numeric = q.values.find((v) => typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)));
      return draw.pick([
        ...common,
        typeof first === 'number' ? String(first) : 5,
        numeric === undefined ? 5 : Number(numeric),
        [first],
        true,
      ]);
    }
    case 'boolean':
      return draw.pick([...common, typeof first === 'boolean' ? 'true' : 1, [first]]);
    case 'multi':
      return draw.pick([...common, first, 7, true, [first, 7], [[first]], [{ value: first }]]);
    case 'text':
      return draw.pick([...common, 12, false, ['some', 'words'], [' '], 0]);
  }
}

/** A value of the right type that the question does not offer. */
export function wrongChoiceValue(draw: Draw, q: QuestionFacts): unknown {
  const first = q.values[0];
  const wrongOne =
    typeof first === 'number'
      ? draw.pick([Math.max(...(q.values as number[])) + 1, Math.min(...(q.values as number[])) - 1, 2.5])
      : typeof first === 'string'
        ? draw.pick([`${first}-ish`, 'sometimes-ish', first.toUpperCase() === first ? `${first}x` : first.toUpperCase(), ` ${first} `])
        : 'maybe';
  return q.kind === 'multi' ? draw.shuffle([...(validValue(draw, q) as unknown[]), wrongOne]) : wrongOne;
}

/** A blank answer: survey-core counts each as no answer. */
export function blankValue(draw: Draw, q: QuestionFacts): unknown {
  return draw.pick(q.kind === 'multi' ? [[], null] : ['', '   ', null, []]);
}
