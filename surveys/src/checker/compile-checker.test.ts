import { describe, expect, it } from 'vitest';
import { INSTRUMENT_VERSIONS } from '../catalogue.ts';
import type { SurveyDefinition } from '../types.ts';
import {
  blankValue,
  Draw,
  factsOf,
  mulberry32,
  Respondent,
  validValue,
  wrongChoiceValue,
  wrongTypeValue,
  type InstrumentFacts,
} from './answer-set-generator.ts';
import { compileChecker } from './compile-checker.ts';
import type { CheckResult, ProblemCode } from './problems.ts';
import { checkWithSurveyCore } from './reference-check.ts';
import { UnsupportedDefinitionError } from './supported-subset.ts';

/** Every supported feature at least once: page, panel and question conditions, requiredIf, all types. */
const TEST_DEFINITION: SurveyDefinition = {
  title: 'Checker test instrument',
  pages: [
    {
      name: 'home',
      elements: [
        { type: 'html', name: 'intro', html: '<p>Hello</p>' },
        {
          type: 'radiogroup', name: 'feel_safe', title: 'Do you feel safe where you live?', isRequired: true,
          choices: [{ value: 'always', text: 'Always' }, { value: 'sometimes', text: 'Sometimes' }, { value: 'never', text: 'Never' }, 'dont_know'],
        },
        { type: 'comment', name: 'unsafe_why', title: 'What would help you feel safer?', maxLength: 50, visibleIf: "{feel_safe} anyof ['sometimes', 'never']" },
        { type: 'checkbox', name: 'who_helps', title: 'Who helps you?', choices: ['carer', 'social_worker', 'teacher', 'friend'], maxSelectedChoices: 3 },
        { type: 'rating', name: 'trust_carer', title: 'How much do you trust your carer?', rateMin: 1, rateMax: 5, requiredIf: "{who_helps} contains 'carer'" },
        { type: 'boolean', name: 'has_pet', title: 'Do you have a pet?' },
        { type: 'boolean', name: 'at_school', title: 'Do you go to school?', valueTrue: 'yes', valueFalse: 'no' },
      ],
    },
    {
      name: 'school',
      visibleIf: "{at_school} = 'yes'",
      elements: [
        { type: 'rating', name: 'school_mood', title: 'How is school?', isRequired: true, rateValues: [{ value: 'bad', text: 'Bad' }, 'ok', { value: 'good', text: 'Good' }] },
        { type: 'imagepicker', name: 'school_face', title: 'Pick a face', choices: [{ value: 'happy', imageLink: 'happy.png' }, { value: 'sad', imageLink: 'sad.png', text: 'Sad' }] },
        {
          type: 'panel', name: 'bullying', title: 'Bullying', visibleIf: "{school_mood} = 'bad' or {school_mood} = 'ok'",
          elements: [
            { type: 'dropdown', name: 'bullied', title: 'Have you been bullied?', isRequired: true, choices: ['yes', 'no', 'rather_not_say'] },
            { type: 'text', name: 'bullied_where', title: 'Where?', maxLength: 20, visibleIf: "{bullied} = 'yes'" },
          ],
        },
      ],
    },
    {
      name: 'last',
      elements: [
        { type: 'text', name: 'nickname', title: 'What should we call you?', maxLength: 12 },
        { type: 'rating', name: 'happy', title: 'How happy are you?', isRequired: true, rateValues: [{ value: 0, text: 'Not at all' }, 1, 2, { value: 3, text: 'Very' }] },
        { type: 'comment', name: 'anything_else', title: 'Anything else?' },
        { type: 'dropdown', name: 'siblings', title: 'How many brothers and sisters do you live with?', choices: ['0', '1', '2', '3_or_more'] },
        { type: 'comment', name: 'siblings_more', title: 'Tell us about them', visibleIf: "{siblings} anyof ['2', '3_or_more']" },
        { type: 'text', name: 'staff_note', title: 'For staff', visible: false },
      ],
    },
  ],
};

const NOTHING_REQUIRED: SurveyDefinition = {
  elements: [
    { type: 'radiogroup', name: 'a', choices: ['x', 'y'] },
    { type: 'comment', name: 'b' },
  ],
};

/** A respondent who went through the test instrument without fault. */
const GOOD = { feel_safe: 'always', happy: 2 };

const check = compileChecker(TEST_DEFINITION);

function codes(result: CheckResult): string[] {
  return result.ok ? [] : result.problems.map((p) => `${p.question}:${p.code}`).sort();
}

describe('compileChecker', () => {
  it('accepts a good answer set and returns the very same object', () => {
    const answers = { ...GOOD, unsafe_why: undefined, who_helps: ['carer', 'friend'], trust_carer: 4, has_pet: false, at_school: 'no' };
    delete answers.unsafe_why;
    const result = check(answers);
    expect(result).toEqual({ ok: true, answers });
    expect(result.ok && result.answers).toBe(answers);
  });

  it('accepts an empty answer set when nothing is required', () => {
    expect(compileChecker(NOTHING_REQUIRED)({})).toEqual({ ok: true, answers: {} });
  });

  it('refuses an answer that is not one of the choices, naming the question by its title', () => {
    const result = check({ ...GOOD, feel_safe: 'sometimes-ish' });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          question: 'feel_safe',
          code: 'not_a_choice',
          message: '"Do you feel safe where you live?" (feel_safe): "sometimes-ish" is not one of the answers this question offers.',
        },
      ],
    });
  });

  it('refuses choices that survey-core conditions would match loosely (other case, extra spaces)', () => {
    expect(codes(check({ ...GOOD, feel_safe: 'ALWAYS' }))).toEqual(['feel_safe:not_a_choice']);
    expect(codes(check({ ...GOOD, feel_safe: ' always ' }))).toEqual(['feel_safe:not_a_choice']);
  });

  it('refuses a key that is no question, including an html element', () => {
    expect(codes(check({ ...GOOD, favourite_colour: 'blue', intro: 'hi', constructor: 1 }))).toEqual([
      'constructor:unknown_question',
      'favourite_colour:unknown_question',
      'intro:unknown_question',
    ]);
  });

  it('refuses an answer to a question hidden by its condition', () => {
    expect(codes(check({ ...GOOD, unsafe_why: 'more locks' }))).toEqual(['unsafe_why:hidden_question']);
    expect(check({ ...GOOD, feel_safe: 'never', unsafe_why: 'more locks' }).ok).toBe(true);
  });

  it('refuses an answer to a question on a hidden page or in a hidden panel', () => {
    expect(codes(check({ ...GOOD, at_school: 'no', school_mood: 'good' }))).toEqual(['school_mood:hidden_question']);
    expect(codes(check({ ...GOOD, at_school: 'yes', school_mood: 'good', bullied: 'no' }))).toEqual(['bullied:hidden_question']);
    expect(check({ ...GOOD, at_school: 'yes', school_mood: 'ok', bullied: 'no' }).ok).toBe(true);
  });

  it('refuses an answer to a question that is never shown', () => {
    expect(codes(check({ ...GOOD, staff_note: 'note' }))).toEqual(['staff_note:hidden_question']);
  });

  it('refuses a number for a text choice even where survey-core would read it as that choice', () => {
    // survey-core's conditions read 2 as the choice "2", so the follow-up counts as shown.
    expect(codes(check({ ...GOOD, siblings: 2, siblings_more: 'two sisters' }))).toEqual(['siblings:wrong_type']);
    expect(check({ ...GOOD, siblings: '2', siblings_more: 'two sisters' }).ok).toBe(true);
  });

  it('accepts a blank answer to a hidden question, as survey-core leaves it there', () => {
    expect(check({ ...GOOD, unsafe_why: '', school_mood: null }).ok).toBe(true);
  });

  it('requires a visible required question and not a hidden one', () => {
    expect(codes(check({}))).toEqual(['feel_safe:required', 'happy:required']);
    expect(codes(check({ ...GOOD, at_school: 'yes' }))).toEqual(['school_mood:required']);
    expect(codes(check({ ...GOOD, at_school: 'yes', school_mood: 'bad' }))).toEqual(['bullied:required']);
  });

  it('requires a question whose requiredIf holds, and only then', () => {
    expect(codes(check({ ...GOOD, who_helps: ['carer'] }))).toEqual(['trust_carer:required']);
    expect(check({ ...GOOD, who_helps: ['friend'] }).ok).toBe(true);
  });

  it('counts an empty string, whitespace, null and an empty list as no answer', () => {
    for (const blank of ['', '   ', null, []]) {
      expect(codes(check({ ...GOOD, feel_safe: blank }))).toEqual(['feel_safe:required']);
      expect(check({ ...GOOD, who_helps: blank, anything_else: blank }).ok).toBe(true);
    }
  });

  it('refuses wrong types: a number for a radiogroup, a string for a checkbox, text for a numeric rating', () => {
    expect(codes(check({ ...GOOD, feel_safe: 5 }))).toEqual(['feel_safe:wrong_type']);
    expect(codes(check({ ...GOOD, who_helps: 'friend' }))).toEqual(['who_helps:wrong_type']);
    expect(codes(check({ ...GOOD, happy: '2' }))).toEqual(['happy:wrong_type']);
    expect(codes(check({ ...GOOD, has_pet: 'true' }))).toEqual(['has_pet:wrong_type']);
    expect(codes(check({ ...GOOD, at_school: true }))).toEqual(['at_school:wrong_type']);
    expect(codes(check({ ...GOOD, nickname: ['Sam'] }))).toEqual(['nickname:wrong_type']);
  });

  it('refuses an object as the answer to any kind of question', () => {
    const object = { value: 'always' };
    for (const name of ['feel_safe', 'who_helps', 'trust_carer', 'has_pet', 'at_school', 'nickname', 'anything_else']) {
      expect(codes(check({ ...GOOD, [name]: object }))).toEqual([`${name}:wrong_type`]);
    }
  });

  it('refuses a comment over its maxLength and accepts one at it', () => {
    const base = { ...GOOD, feel_safe: 'never' };
    const result = check({ ...base, unsafe_why: 'x'.repeat(51) });
    expect(codes(result)).toEqual(['unsafe_why:too_long']);
    expect(!result.ok && result.problems[0]?.message).toBe(
      '"What would help you feel safer?" (unsafe_why): the answer is 51 characters long; this question accepts at most 50.',
    );
    expect(check({ ...base, unsafe_why: 'x'.repeat(50) }).ok).toBe(true);
  });

  it('refuses a number off a numeric rating scale', () => {
    expect(codes(check({ ...GOOD, happy: 4 }))).toEqual(['happy:out_of_range']);
  });

  it('refuses a repeated choice and more choices than allowed', () => {
    expect(codes(check({ ...GOOD, who_helps: ['friend', 'friend'] }))).toEqual(['who_helps:duplicate_choice']);
    expect(codes(check({ ...GOOD, who_helps: ['friend', 'teacher', 'social_worker', 'carer'], trust_carer: 3 }))).toEqual(['who_helps:too_many_answers']);
    expect(codes(check({ ...GOOD, who_helps: ['friend', 'enemy'] }))).toEqual(['who_helps:not_a_choice']);
  });

  it('reports every question at fault, not just the first', () => {
    expect(codes(check({ feel_safe: 'maybe', who_helps: ['carer'], nickname: 'x'.repeat(13), mystery: 1 }))).toEqual([
      'feel_safe:not_a_choice',
      'happy:required',
      'mystery:unknown_question',
      'nickname:too_long',
      'trust_carer:required',
    ]);
  });

  it('refuses anything but a plain object', () => {
    for (const answers of [null, undefined, [], [GOOD], 'answers', 42, true]) {
      expect(codes(check(answers))).toEqual([':not_an_object']);
    }
  });

  it('refuses a definition with an unsupported feature, naming the element', () => {
    const withElement = (element: Record<string, unknown>): SurveyDefinition => ({ elements: [element] });
    const refused: Array<[SurveyDefinition, RegExp]> = [
      [withElement({ type: 'matrix', name: 'grid', columns: ['a'], rows: ['b'] }), /"grid" \(matrix\)/],
      [withElement({ type: 'radiogroup', name: 'pet', choices: ['cat'], showOtherItem: true }), /"pet" \(radiogroup\) uses "showOtherItem"/],
      [withElement({ type: 'radiogroup', name: 'pet', choices: ['cat'], hasOther: true }), /"pet" \(radiogroup\) uses "hasOther"/],
      [withElement({ type: 'checkbox', name: 'pets', choices: [{ value: 'cat', visibleIf: '{a} = 1' }] }), /"pets" \(checkbox\), choices\[0\] uses "visibleIf"/],
      [withElement({ type: 'imagepicker', name: 'face', multiSelect: true, choices: [{ value: 'a', imageLink: 'a.png' }] }), /"face" \(imagepicker\) sets "multiSelect"/],
      [withElement({ type: 'text', name: 'age', inputType: 'number' }), /"age" \(text\) sets "inputType"/],
      [withElement({ type: 'text', name: 'age', defaultValue: '12' }), /"age" \(text\) uses "defaultValue"/],
      [withElement({ type: 'comment', name: 'why', visibleIf: 'age({dob}) > 12' }), /"why" \(comment\) has a visibleIf that calls a function/],
      [withElement({ type: 'comment', name: 'why', visibleIf: '{nobody} = 1' }), /"why" \(comment\) has a visibleIf that refers to \{nobody\}/],
      [{ clearInvisibleValues: 'none', elements: [{ type: 'comment', name: 'why' }] }, /The survey sets "clearInvisibleValues"/],
      [{ triggers: [{ type: 'complete', expression: '{a} = 1' }], elements: [] }, /The survey uses "triggers"/],
      [{ pages: [{ name: 'p1', enableIf: '{a} = 1', elements: [] }] }, /Page "p1" uses "enableIf"/],
    ];
    for (const [definition, message] of refused) {
      expect(() => compileChecker(definition)).toThrow(UnsupportedDefinitionError);
      expect(() => compileChecker(definition)).toThrow(message);
    }
  });

  it('accepts an unsupported property left at its off value', () => {
    const definition = { elements: [{ type: 'radiogroup', name: 'pet', choices: ['cat'], showOtherItem: false, readOnly: false, validators: [] }] };
    expect(compileChecker(definition)({ pet: 'cat' }).ok).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Agreement with survey-core: the compiled checker must give survey-core's verdict, problem for
// problem, on valid and invalid answer sets alike.

const SETS_PER_INSTRUMENT = 300;

type Answers = Record<string, unknown>;

/** Breaks a good answer set in one of the ways a faulty or hostile client might. */
function mutate(draw: Draw, respondent: Respondent, facts: InstrumentFacts, answers: Answers): Answers {
  const out: Answers = { ...answers };
  const questions = facts.questions;
  const answered = questions.filter((q) => q.name in out);
  const kind = draw.pick([
    'wrong_choice', 'wrong_choice', 'wrong_type', 'wrong_type', 'unknown_key', 'hidden_answer', 'hidden_answer',
    'drop_required', 'drop_required', 'too_long', 'checkbox_extra', 'blank_optional', 'random_value',
  ] as const);
  switch (kind) {
    case 'wrong_choice': {
      const choice = questions.filter((q) => q.kind !== 'text');
      if (choice.length > 0) {
        const q = draw.pick(answered.filter((a) => a.kind !== 'text').length > 0 && draw.chance(0.7) ? answered.filter((a) => a.kind !== 'text') : choice);
        out[q.name] = wrongChoiceValue(draw, q);
      }
      break;
    }
    case 'wrong_type': {
      const q = draw.pick(answered.length > 0 && draw.chance(0.7) ? answered : questions);
      out[q.name] = wrongTypeValue(draw, q);
      break;
    }
    case 'unknown_key': {
      const names = ['not_a_question', 'toString', ...facts.htmlNames, ...questions.map((q) => q.name.toUpperCase()).filter((n) => !questions.some((q) => q.name === n))];
      out[draw.pick(names)] = draw.pick(['yes', 1, ['a']]);
      break;
    }
    case 'hidden_answer': {
      const hidden = respondent.hiddenQuestions(out);
      if (hidden.length > 0) {
        const name = draw.pick(hidden);
        out[name] = validValue(draw, questions.find((q) => q.name === name)!);
      }
      break;
    }
    case 'drop_required': {
      const required = respondent.shownRequiredQuestions(out).filter((n) => n in out);
      if (required.length > 0) {
        const name = draw.pick(required);
        if (draw.chance(0.5)) delete out[name];
        else out[name] = blankValue(draw, questions.find((q) => q.name === name)!);
      }
      break;
    }
    case 'too_long': {
      const limited = questions.filter((q) => q.maxLength > 0);
      if (limited.length > 0) {
        const q = draw.pick(limited.filter((l) => l.name in out).length > 0 ? limited.filter((l) => l.name in out) : limited);
        out[q.name] = 'y'.repeat(q.maxLength + 1 + draw.int(20));
      }
      break;
    }
    case 'checkbox_extra': {
      const multi = questions.filter((q) => q.kind === 'multi');
      if (multi.length > 0) {
        const q = draw.pick(multi);
        const picked = validValue(draw, q) as unknown[];
        out[q.name] = draw.chance(0.5) || q.maxSelected === 0 ? [...picked, picked[0]] : q.values.slice(0, q.maxSelected + 1);
      }
      break;
    }
    case 'blank_optional': {
      const q = draw.pick(questions);
      out[q.name] = blankValue(draw, q);
      break;
    }
    case 'random_value': {
      const q = draw.pick(questions);
      out[q.name] = validValue(draw, q);
      break;
    }
  }
  return out;
}

/** Answer sets for one instrument: many from well-behaved respondents, many broken. */
function answerSets(seed: number, definition: SurveyDefinition, facts: InstrumentFacts): unknown[] {
  const draw = new Draw(mulberry32(seed));
  const respondent = new Respondent(definition, facts);
  const sets: unknown[] = [];
  for (let i = 0; i < SETS_PER_INSTRUMENT; i++) {
    const roll = draw.int(100);
    if (roll < 35) {
      sets.push(respondent.answers(draw, { required: 1, optional: 0.6 }));
    } else if (roll < 42) {
      sets.push(respondent.answers(draw, { required: 1, optional: 0 }));
    } else if (roll < 50) {
      sets.push(respondent.answers(draw, { required: 0.85, optional: 0.5 }));
    } else if (roll < 95) {
      let answers = respondent.answers(draw, { required: 1, optional: 0.6 });
      const times = 1 + draw.int(3);
      for (let m = 0; m < times; m++) answers = mutate(draw, respondent, facts, answers);
      sets.push(answers);
    } else {
      const good = respondent.answers(draw, { required: 1, optional: 0.5 });
      sets.push(draw.pick([null, [], [good], 'answers', 42, true]));
    }
  }
  return sets;
}

/** Problem codes an instrument can produce, given its features; each must turn up in the sample. */
function expectedCodes(facts: InstrumentFacts): ProblemCode[] {
  const expected: ProblemCode[] = ['not_an_object', 'unknown_question', 'wrong_type'];
  if (facts.questions.some((q) => q.kind !== 'text')) expected.push('not_a_choice');
  if (facts.questions.some((q) => q.mayBeRequired)) expected.push('required');
  if (facts.hasConditions) expected.push('hidden_question');
  if (facts.questions.some((q) => q.maxLength > 0)) expected.push('too_long');
  if (facts.questions.some((q) => q.kind === 'multi')) expected.push('duplicate_choice');
  return expected;
}

const INSTRUMENTS: Array<{ id: string; definition: SurveyDefinition }> = [
  ...INSTRUMENT_VERSIONS.map((v) => ({ id: `${v.id} v${v.version}`, definition: v.definition })),
  { id: 'inline test instrument', definition: TEST_DEFINITION },
];

describe('compiled checker agrees with survey-core', () => {
  it.each(INSTRUMENTS.map((instrument, i) => ({ ...instrument, seed: 1000 + i })))(
    'gives the same verdict and problems as survey-core on generated answer sets for $id',
    async ({ definition, seed }) => {
      const facts = factsOf(definition);
      const checker = compileChecker(definition);
      let valid = 0;
      let invalid = 0;
      const seen = new Set<string>();
      for (const [i, answers] of answerSets(seed, definition, facts).entries()) {
        // survey-core keeps each Model (1-3 MB) alive until a timer it sets has run, so a tight
        // loop of reference checks must let the event loop turn now and then.
        if (i % 25 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
        const expected = checkWithSurveyCore(definition, answers);
        const actual = checker(answers);
        // On a mismatch, show the whole answer set so the case can be replayed by hand.
        const shown = JSON.stringify(answers);
        expect({ set: i, answers: shown, problems: codes(actual) }).toEqual({ set: i, answers: shown, problems: codes(expected) });
        expect(actual.ok).toBe(expected.ok);
        if (expected.ok) valid++;
        else {
          invalid++;
          for (const p of expected.problems) seen.add(p.code);
        }
      }
      // Not vacuous: plenty of each verdict, and every kind of problem the instrument allows.
      expect(valid).toBeGreaterThanOrEqual(SETS_PER_INSTRUMENT * 0.25);
      expect(invalid).toBeGreaterThanOrEqual(SETS_PER_INSTRUMENT * 0.25);
      expect([...seen].sort()).toEqual(expect.arrayContaining(expectedCodes(facts)));
    },
    120_000,
  );
});
