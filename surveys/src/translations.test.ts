import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Model } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { INSTRUMENT_VERSIONS } from './catalogue.ts';
import { Draw, factsOf, mulberry32, Respondent, blankValue, validValue, wrongChoiceValue, wrongTypeValue } from './checker/answer-set-generator.ts';
import { checkWithSurveyCore, compileChecker } from './checker/index.ts';
import {
  SHIPPED_LANGUAGES,
  SOURCE_LANGUAGE,
  TRANSLATION_STATUSES,
  TRANSLATIONS,
  checkTranslation,
  instrumentLanguages,
  localiseDefinition,
  localiseInstrument,
  translatableStrings,
  translationTemplate,
  translationsOf,
  type TranslationFile,
} from './translations.ts';
import type { InstrumentVersion } from './types.ts';

const TRANSLATED_LANGUAGES = SHIPPED_LANGUAGES.filter((l) => l.code !== SOURCE_LANGUAGE);

/** Every published instrument version paired with every language other than English. */
const PAIRS = INSTRUMENT_VERSIONS.flatMap((v) => TRANSLATED_LANGUAGES.map((l) => ({ v, language: l.code, label: `${v.id} v${v.version} (${l.code})` })));

function fileFor(v: InstrumentVersion, language: string): TranslationFile {
  const file = TRANSLATIONS.find((t) => t.instrument === v.id && t.version === v.version && t.language === language);
  if (!file) throw new Error(`No ${language} translation of ${v.id} v${v.version}`);
  return file;
}

const placeholders = (s: string) => (s.match(/\{[^{}]+\}/g) ?? []).sort();
const numbers = (s: string) => (s.match(/\d+/g) ?? []).sort();
const tags = (s: string) => s.match(/<[^<>]+>/g) ?? [];

describe('shipped translations', () => {
  it('has one file for every published instrument version in every shipped language, and no others', () => {
    const expected = PAIRS.map((p) => `${p.v.id} v${p.v.version} ${p.language}`).sort();
    expect(TRANSLATIONS.map((t) => `${t.instrument} v${t.version} ${t.language}`).sort()).toEqual(expected);
  });

  it('lists every file in surveys/translations in TRANSLATIONS', () => {
    const root = fileURLToPath(new URL('../translations/', import.meta.url));
    const onDisk = readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(`${root}${d.name}`).map((f) => `${d.name}/${f}`))
      .sort();
    expect(onDisk).toEqual(TRANSLATIONS.map((t) => `${t.instrument}/v${t.version}.${t.language}.json`).sort());
  });

  it.each(PAIRS)('$label: says what it is and who reviewed it', ({ v, language }) => {
    const file = fileFor(v, language);
    expect(TRANSLATION_STATUSES).toContain(file.status);
    if (file.status === 'reviewed') expect(file.reviewedBy?.trim()).toBeTruthy();
    else expect(file.reviewedBy).toBeNull();
  });

  it.each(PAIRS)('$label: translates every string, with no stale keys and nothing else wrong', ({ v, language }) => {
    const file = fileFor(v, language);
    expect(checkTranslation(v.definition, file, { instrument: v.id, version: v.version }).map((p) => p.message)).toEqual([]);
    expect(Object.keys(file.strings).sort()).toEqual(translatableStrings(v.definition).map((s) => s.key).sort());
  });

  it.each(PAIRS)('$label: keeps every placeholder, number and HTML tag of the English', ({ v, language }) => {
    const file = fileFor(v, language);
    for (const { key, text } of translatableStrings(v.definition)) {
      const translated = file.strings[key] ?? '';
      expect({ key, placeholders: placeholders(translated) }).toEqual({ key, placeholders: placeholders(text) });
      expect({ key, numbers: numbers(translated) }).toEqual({ key, numbers: numbers(text) });
      expect({ key, tags: tags(translated) }).toEqual({ key, tags: tags(text) });
      // Names of services stay as they are; the advocacy service is filled in by the council's setting.
      if (text.includes('Childline')) expect({ key, childline: translated.includes('Childline') }).toEqual({ key, childline: true });
    }
  });

  it('offers English first, then each translation with its status', () => {
    for (const v of INSTRUMENT_VERSIONS) {
      const languages = instrumentLanguages(v.id, v.version);
      expect(languages.map((l) => l.code)).toEqual(SHIPPED_LANGUAGES.map((l) => l.code));
      expect(languages[0]).toMatchObject({ code: 'en', status: 'source', dir: 'ltr' });
      expect(languages.find((l) => l.code === 'ar')?.dir).toBe('rtl');
      for (const l of languages.slice(1)) expect(l.status).toBe(fileFor(v, l.code).status);
      expect(translationsOf(v.id, v.version).map((t) => t.language)).toEqual(TRANSLATED_LANGUAGES.map((l) => l.code));
    }
  });
});

describe('checkTranslation catches what the completeness test relies on', () => {
  const v = INSTRUMENT_VERSIONS.find((i) => i.id === 'children-8-11')!;
  const strings = translatableStrings(v.definition);
  const withHelpline = strings.find((s) => s.text.includes('0800 1111') && s.text.includes('{advocacyService}'))!;
  const codesOf = (file: TranslationFile) => checkTranslation(v.definition, file).map((p) => `${p.code} ${p.key ?? ''}`);
  const doctored = (language: string, change: (strings: Record<string, string>) => void): TranslationFile => {
    const file = structuredClone(fileFor(v, language));
    change(file.strings);
    return file;
  };

  it('reports a missing string, an empty one, one left in English and a stale key', () => {
    const [first, second, third] = strings;
    const file = doctored('cy', (s) => {
      delete s[first!.key];
      s[second!.key] = ' ';
      s[third!.key] = third!.text;
      s['elements.no_such_question.title'] = 'Hen gwestiwn';
    });
    expect(codesOf(file)).toEqual([
      `missing ${first!.key}`,
      `missing ${second!.key}`,
      `untranslated ${third!.key}`,
      'stale elements.no_such_question.title',
    ]);
  });

  it('reports a lost placeholder, a changed number and a lost tag', () => {
    const key = withHelpline.key;
    const change = (edit: (t: string) => string) => doctored('cy', (s) => (s[key] = edit(s[key]!)));
    expect(codesOf(change((t) => t.replace('{advocacyService}', 'y gwasanaeth eirioli')))).toEqual([`placeholders ${key}`]);
    expect(codesOf(change((t) => t.replace('0800 1111', '0800 1112')))).toEqual([`numbers ${key}`]);
    expect(codesOf(change((t) => t.replace('<strong>Childline</strong>', 'Childline')))).toEqual([`markup ${key}`]);
  });

  it('reports a phone number a right-to-left paragraph would show back to front', () => {
    const file = doctored('ar', (s) => (s[withHelpline.key] = s[withHelpline.key]!.replace('\u20660800 1111\u2069', '0800 1111')));
    expect(codesOf(file)).toEqual([`number_direction ${withHelpline.key}`]);
  });

  it('starts a new language from a template of every key, each still in English', () => {
    const template = translationTemplate(v, 'pl');
    expect(template).toMatchObject({ language: 'pl', instrument: v.id, version: v.version, status: 'machine-draft', reviewedBy: null });
    expect(Object.entries(template.strings)).toEqual(strings.map((s) => [s.key, s.text]));
    const problems = checkTranslation(v.definition, template, { instrument: v.id, version: v.version });
    expect(problems.map((p) => p.code)).toEqual(strings.map(() => 'untranslated'));
  });
});

/** Answer sets a browser could post, and broken ones: the checker's verdicts must not depend on language. */
function answerSets(v: InstrumentVersion, seed: number, count: number): unknown[] {
  const facts = factsOf(v.definition);
  const respondent = new Respondent(v.definition, facts);
  const draw = new Draw(mulberry32(seed));
  const sets: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const answers: Record<string, unknown> = respondent.answers(draw, { required: 1, optional: 0.6 });
    const q = draw.pick(facts.questions);
    switch (i % 6) {
      case 1: answers[q.name] = wrongChoiceValue(draw, q); break;
      case 2: answers[q.name] = wrongTypeValue(draw, q); break;
      case 3: answers[q.name] = blankValue(draw, q); break;
      case 4: answers.no_such_question = 'yes'; break;
      case 5: answers[q.name] = validValue(draw, q); break;
    }
    sets.push(answers);
  }
  return sets;
}

describe.each(INSTRUMENT_VERSIONS.map((v, i) => ({ v, seed: 500 + i, label: `${v.id} v${v.version}` })))('localised $label', ({ v, seed }) => {
  const localised = localiseInstrument(v);

  it('keeps every field, leaves the published definition untouched and keeps English as the default', () => {
    const before = structuredClone(v.definition);
    const again = localiseInstrument(v);
    expect(v.definition).toEqual(before);
    expect(again).toEqual(localised);
    expect(localised).toMatchObject({ id: v.id, band: v.band, version: v.version, title: v.title });
    expect((localised.definition.title as Record<string, string>).default).toBe(v.definition.title);
  });

  it('asks the same questions with the same answer values', () => {
    expect(factsOf(localised.definition)).toEqual(factsOf(v.definition));
  });

  it('compiles to a checker that gives the same verdicts as the English one', async () => {
    const english = compileChecker(v.definition);
    const translated = compileChecker(localised.definition);
    const sets = answerSets(v, seed, 120);
    let valid = 0;
    for (const [i, answers] of sets.entries()) {
      expect({ set: i, result: translated(answers) }).toEqual({ set: i, result: english(answers) });
      if (english(answers).ok) valid++;
    }
    expect(valid).toBeGreaterThan(10);
    expect(valid).toBeLessThan(sets.length - 10);
    // survey-core itself also judges the localised definition as it judges the English one.
    for (const [i, answers] of sets.slice(0, 12).entries()) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect({ set: i, result: checkWithSurveyCore(localised.definition, answers) }).toEqual({ set: i, result: checkWithSurveyCore(v.definition, answers) });
    }
  }, 60_000);

  it('shows English by default and each translation when its locale is set', () => {
    const survey = new Model(localised.definition);
    const question = survey.getAllQuestions().find((q) => q.getType() === 'radiogroup')!;
    const englishQuestion = question.title;
    expect(survey.title).toBe(v.definition.title);
    for (const { code } of TRANSLATED_LANGUAGES) {
      survey.locale = code;
      const file = fileFor(v, code);
      expect(survey.title).toBe(file.strings['survey.title']);
      expect(question.title).toBe(file.strings[`elements.${question.name}.title`]);
      expect(question.title).not.toBe(englishQuestion);
    }
    survey.locale = '';
    expect(survey.title).toBe(v.definition.title);
    expect(question.title).toBe(englishQuestion);
  });
});

describe('localiseDefinition', () => {
  const definition = {
    title: 'My life',
    pages: [{ name: 'p1', elements: [{ type: 'radiogroup', name: 'q', title: 'Do you have a pet?', choices: ['yes', { value: 'no', text: 'No' }] }] }],
  };

  it('falls back to English for a string a translation lacks, and never changes values', () => {
    const localised = localiseDefinition(definition, [{ language: 'cy', strings: { 'survey.title': 'Fy mywyd', 'elements.q.choices.yes': 'Oes' } }]);
    const survey = new Model(localised);
    survey.locale = 'cy';
    expect(survey.title).toBe('Fy mywyd');
    const q = survey.getQuestionByName('q');
    expect(q.title).toBe('Do you have a pet?');
    expect(q.choices.map((c: { value: string; text: string }) => [c.value, c.text])).toEqual([['yes', 'Oes'], ['no', 'No']]);
    expect(definition.title).toBe('My life');
  });

  it('refuses a translation into English', () => {
    expect(() => localiseDefinition(definition, [{ language: 'en', strings: {} }])).toThrow(/English/);
  });
});
