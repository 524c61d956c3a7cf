import { describe, expect, it } from 'vitest';
import { Model } from 'survey-core';
import { lintSurvey } from 'survey-core-linter/linter';
import { INSTRUMENT_VERSIONS } from './catalogue.ts';
import { ITEMS, SCALES, findItem, findScale, scaleCodes, scaleOfItem } from './item-bank.ts';
import { DONT_KNOW, RATHER_NOT_SAY, type InstrumentVersion, type SurveyDefinition } from './types.ts';

// ---------------------------------------------------------------------------------------------
// Helpers: walk the raw JSON (what the server checker compiles), not the runtime model.

type Json = Record<string, unknown>;
interface Element extends Json {
  type: string;
  name: string;
}

/** Every element of a definition in page order, panels flattened (the panel itself included). */
function elementsOf(def: SurveyDefinition): Element[] {
  const out: Element[] = [];
  const walk = (els: unknown): void => {
    for (const el of (els as Element[] | undefined) ?? []) {
      out.push(el);
      if (el.type === 'panel') walk(el.elements);
    }
  };
  for (const page of pagesOf(def)) walk(page.elements);
  return out;
}

function pagesOf(def: SurveyDefinition): Json[] {
  return (def.pages as Json[] | undefined) ?? [];
}

/** Questions: everything that stores an answer (not html, not panels). */
function questionsOf(def: SurveyDefinition): Element[] {
  return elementsOf(def).filter((el) => el.type !== 'html' && el.type !== 'panel');
}

const CHOICE_TYPES = new Set(['radiogroup', 'checkbox', 'imagepicker', 'dropdown']);
const ALLOWED_TYPES = new Set([...CHOICE_TYPES, 'rating', 'comment', 'text', 'boolean', 'html', 'panel']);
/** Features the server checker does not compile (see the instruments brief). */
const FORBIDDEN_PROPERTIES = [
  'isRequired', 'requiredIf', 'validators', 'choicesFromQuestion', 'choicesVisibleIf', 'choicesEnableIf', 'choicesByUrl',
  'showOtherItem', 'hasOther', 'showNoneItem', 'hasNone', 'showRefuseItem', 'showDontKnowItem', 'showCommentArea', 'hasComment',
  'setValueExpression', 'setValueIf', 'defaultValueExpression', 'resetValueIf', 'calculatedValues', 'triggers',
];
/** `{name} = 'code'`, `{name} anyof ['a', 'b']` or `{name} notempty`. */
const SIMPLE_CONDITION = /^\{([a-z0-9_]+)\} (?:= '([a-z0-9_]+)'|anyof \[((?:'[a-z0-9_]+'(?:, )?)+)\]|notempty)$/;

function choiceValues(q: Element): unknown[] {
  if (q.type === 'rating') return ((q.rateValues as Json[] | undefined) ?? []).map((c) => (typeof c === 'object' ? c.value : c));
  if (q.type === 'boolean') return ['true', 'false'];
  return ((q.choices as unknown[] | undefined) ?? []).map((c) => (typeof c === 'object' && c !== null ? (c as Json).value : c));
}

function itemOf(q: Element) {
  const item = findItem(q.name);
  if (!item) throw new Error(`question ${q.name} is not in the item bank`);
  return item;
}

/** Every string anywhere in a JSON value. */
function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsIn(v, out);
  return out;
}

const isBackground = (name: string) => findItem(name)?.domain === 'background';
const byId = (id: string): InstrumentVersion => {
  const v = INSTRUMENT_VERSIONS.find((x) => x.id === id);
  if (!v) throw new Error(`no instrument ${id}`);
  return v;
};

const ONS = {
  ons_life_satisfaction: 'Overall, how satisfied are you with your life nowadays?',
  ons_worthwhile: 'Overall, to what extent do you feel that the things you do in your life are worthwhile?',
  ons_happy_yesterday: 'Overall, how happy did you feel yesterday?',
  ons_anxious_yesterday: 'Overall, how anxious did you feel yesterday?',
} as const;
const ZERO_TO_TEN = Array.from({ length: 11 }, (_, i) => String(i));

/** Question counts per band, sized like the national programme (DOMAIN.md). */
const COUNT_RANGES: Record<string, [number, number]> = {
  'children-4-7': [11, 16], // child questions only; the adult's background questions are counted separately
  'children-8-11': [30, 38],
  'young-people-11-17': [44, 52],
  'care-leavers-16-25': [40, 50],
};

const CORE_IDS = questionsOf(byId('children-4-7').definition)
  .map((q) => q.name)
  .filter((name) => !isBackground(name));

// ---------------------------------------------------------------------------------------------

describe.each(INSTRUMENT_VERSIONS.map((v) => [`${v.id} v${v.version}`, v] as const))('instrument %s', (_label, version) => {
  const def = version.definition;
  const questions = questionsOf(def);

  it('loads in survey-core with no jsonErrors', () => {
    const model = new Model(def);
    expect((model.jsonErrors ?? []).map((e) => e.message)).toEqual([]);
  });

  it('passes lintSurvey with no error findings (warnings are printed)', () => {
    const result = lintSurvey(def, { knownVariables: ['advocacyService'] });
    const warnings = result.findings.filter((f) => f.severity !== 'error');
    for (const f of warnings) console.warn(`[lint ${version.id}] ${f.severity} ${f.ruleId} ${f.path}: ${f.message}`);
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.path}: ${f.message}`)).toEqual([]);
    expect(result.errorCount).toBe(0);
  });

  it('sets a title, a responsive width, question numbering and a friendly complete button', () => {
    expect(typeof def.title).toBe('string');
    expect(def.widthMode).toBe('responsive');
    expect(['on', 'off']).toContain(def.showQuestionNumbers);
    expect(def.completeText).toBe('Send my answers');
  });

  it('gives every page and element a name that is unique within the instrument', () => {
    const names = [...pagesOf(def).map((p) => p.name), ...elementsOf(def).map((el) => el.name)];
    expect(names.every((n) => typeof n === 'string' && n.length > 0)).toBe(true);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('uses only the question types and features the server checker compiles', () => {
    for (const el of elementsOf(def)) {
      expect(ALLOWED_TYPES, el.name).toContain(el.type);
      for (const prop of FORBIDDEN_PROPERTIES) expect(el, `${el.name}.${prop}`).not.toHaveProperty(prop);
      if (el.type === 'text' || el.type === 'comment') expect(el.maxLength, el.name).toBeGreaterThan(0);
      if (el.type === 'rating') expect(Array.isArray(el.rateValues) || (el.rateMin !== undefined && el.rateMax !== undefined), el.name).toBe(true);
      if (el.type === 'imagepicker') expect(el.multiSelect, el.name).not.toBe(true);
      if (el.visibleIf !== undefined) expect(el.visibleIf, el.name).toMatch(SIMPLE_CONDITION);
    }
    for (const page of pagesOf(def)) for (const prop of FORBIDDEN_PROPERTIES) expect(page, `${String(page.name)}.${prop}`).not.toHaveProperty(prop);
    expect(def).not.toHaveProperty('triggers');
    expect(def).not.toHaveProperty('calculatedValues');
  });

  it('lets every question be skipped (nothing is required)', () => {
    const model = new Model(def);
    expect(model.getAllQuestions().filter((q) => q.isRequired).map((q) => q.name)).toEqual([]);
  });

  it('shows a follow-up only after the question it depends on, and only for a code that question offers', () => {
    const order = questions.map((q) => q.name);
    for (const q of questions) {
      if (q.visibleIf === undefined) continue;
      const m = SIMPLE_CONDITION.exec(String(q.visibleIf));
      expect(m, q.name).not.toBeNull();
      const [, source = '', eq, anyof] = m ?? [];
      expect(order.indexOf(source), `${q.name} depends on ${source}`).toBeGreaterThanOrEqual(0);
      expect(order.indexOf(source), `${q.name} must come after ${source}`).toBeLessThan(order.indexOf(q.name));
      const offered = choiceValues(questions.find((x) => x.name === source) as Element);
      const codes = eq !== undefined ? [eq] : anyof !== undefined ? anyof.split(', ').map((s) => s.slice(1, -1)) : [];
      for (const code of codes) expect(offered, `${q.name} condition on ${source}`).toContain(code);
    }
  });

  it('asks only questions that are items in the bank', () => {
    expect(questions.map((q) => q.name).filter((name) => !findItem(name))).toEqual([]);
  });

  it('offers only string choice values that are codes of the item scale', () => {
    for (const q of questions) {
      if (q.type === 'comment' || q.type === 'text') {
        expect(findScale(itemOf(q).scale)?.kind, q.name).toBe('text');
        continue;
      }
      const codes = scaleCodes(itemOf(q).scale);
      const values = choiceValues(q);
      expect(values.length, q.name).toBeGreaterThan(0);
      for (const v of values) {
        expect(typeof v, `${q.name} value ${String(v)}`).toBe('string');
        expect(codes, `${q.name} offers ${String(v)}`).toContain(v);
      }
      expect(new Set(values).size, `${q.name} repeats a value`).toBe(values.length);
    }
  });

  it('gives every choice words a child can read (no empty choice text)', () => {
    for (const q of questions.filter((x) => CHOICE_TYPES.has(x.type))) {
      for (const c of q.choices as Json[]) expect(typeof c.text === 'string' && c.text.trim().length > 0, `${q.name}.${String(c.value)}`).toBe(true);
    }
  });

  it('offers every positive and worrying code of an item as a choice', () => {
    for (const q of questions) {
      const item = itemOf(q);
      const values = choiceValues(q);
      for (const code of [...item.positive, ...item.worrying]) expect(values, `${q.name} lacks ${code}`).toContain(code);
    }
  });

  it("offers \"I don't know\" and \"I'd rather not say\" as plain choices wherever the scale has them", () => {
    for (const q of questions) {
      const codes = scaleCodes(itemOf(q).scale);
      const choices = ((q.choices as Json[] | undefined) ?? []);
      for (const [code, text] of [[DONT_KNOW, "I don't know"], [RATHER_NOT_SAY, "I'd rather not say"]] as const) {
        if (!codes.includes(code)) continue;
        const choice = choices.find((c) => c.value === code);
        expect(choice, `${q.name} lacks ${code}`).toBeDefined();
        expect(choice?.text, `${q.name} ${code}`).toBe(text);
      }
    }
  });

  it('asks a number of questions within the range for its band', () => {
    const [min, max] = COUNT_RANGES[version.id] ?? [0, 0];
    const counted = version.id === 'children-4-7' ? questions.filter((q) => !isBackground(q.name)) : questions;
    expect(counted.length).toBeGreaterThanOrEqual(min);
    expect(counted.length).toBeLessThanOrEqual(max);
  });

  it('asks every core item of the 4-7 survey with the same id', () => {
    const names = new Set(questions.map((q) => q.name));
    expect(CORE_IDS.filter((id) => !names.has(id))).toEqual([]);
  });

  it('opens by saying it is anonymous, skippable, not a test, and where to get help now', () => {
    const first = pagesOf(def)[0];
    const opening = ((first?.elements as Element[] | undefined) ?? [])[0];
    expect(opening?.type).toBe('html');
    const text = String(opening?.html);
    expect(text).toContain('0800 1111');
    expect(text).toContain('Childline');
    expect(text).toContain('{advocacyService}');
    expect(text).toMatch(/name/i);
    expect(text).toMatch(/skip/i);
    expect(text).toMatch(/no right or wrong answers/i);
  });

  it('closes with help: a reminder on the last page and again in the thank-you', () => {
    const last = pagesOf(def).at(-1);
    const reminder = ((last?.elements as Element[] | undefined) ?? []).filter((el) => el.type === 'html').map((el) => String(el.html)).join(' ');
    for (const text of [reminder, String(def.completedHtml)]) {
      expect(text).toContain('0800 1111');
      expect(text).toContain('{advocacyService}');
    }
    expect(String(def.completedHtml)).toMatch(/thank/i);
    expect(String(def.completedHtml)).toMatch(/trust/i);
  });

  it('substitutes the council advocacy service into the opening and closing texts', () => {
    const model = new Model(def);
    model.setVariable('advocacyService', 'Test Advocacy (01234 000000)');
    expect(model.processedCompletedHtml).toContain('Test Advocacy (01234 000000)');
    expect(model.processedCompletedHtml).not.toContain('{advocacyService}');
  });

  it('contains no web address that would load an external resource', () => {
    for (const s of stringsIn(def)) {
      expect(s).not.toMatch(/https?:\/\//i);
      expect(s).not.toMatch(/\/\/[a-z0-9-]+\./i);
    }
  });

  it('draws its pictures from inline SVG with no external references, each with words shown', () => {
    for (const q of questions.filter((x) => x.type === 'imagepicker')) {
      expect(q.showLabel, q.name).toBe(true);
      for (const c of q.choices as Json[]) {
        const link = String(c.imageLink);
        expect(link, `${q.name}.${String(c.value)}`).toMatch(/^data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+$/);
        const svg = Buffer.from(link.slice(link.indexOf(',') + 1), 'base64').toString('utf8');
        expect(svg).toMatch(/^<svg /);
        expect(svg).toContain('<title>');
        // The SVG namespace name is an identifier, never fetched; nothing else may point outside.
        const rest = svg.replace('xmlns="http://www.w3.org/2000/svg"', '');
        expect(rest).not.toMatch(/https?:|href|url\(|<image|<script|<foreignObject/i);
      }
    }
  });

  it('keeps free-text answers bounded', () => {
    for (const q of questions.filter((x) => itemOf(x).domain === 'free_text')) {
      expect(q.type, q.name).toBe('comment');
      expect(q.maxLength, q.name).toBe(2000);
    }
  });
});

describe('the 4-7 survey', () => {
  const def = byId('children-4-7').definition;

  it('has a core of about 13 child items', () => {
    expect(CORE_IDS.length).toBeGreaterThanOrEqual(11);
    expect(CORE_IDS.length).toBeLessThanOrEqual(16);
  });

  it('shows one child question per screen, with a face or picture scale with words', () => {
    for (const page of pagesOf(def)) {
      const qs = ((page.elements as Element[]) ?? []).filter((el) => el.type !== 'html');
      if (qs.some((q) => isBackground(q.name))) continue;
      expect(qs.length, String(page.name)).toBeLessThanOrEqual(1);
      for (const q of qs) if (q.type !== 'comment') expect(q.type, q.name).toBe('imagepicker');
    }
  });

  it('asks about 5 background questions of the adult helping, clearly marked for them', () => {
    const background = questionsOf(def).filter((q) => isBackground(q.name));
    expect(background.length).toBeGreaterThanOrEqual(4);
    expect(background.length).toBeLessThanOrEqual(6);
    const adultPages = pagesOf(def).filter((p) => ((p.elements as Element[]) ?? []).some((el) => isBackground(el.name)));
    expect(adultPages).toHaveLength(1);
    expect(String(adultPages[0]?.title)).toMatch(/for the adult helping/i);
  });

  it('tells the adult to read it out together', () => {
    const intro = ((pagesOf(def)[0]?.elements as Element[]) ?? [])[0];
    expect(String(intro?.html)).toMatch(/read .*out loud together/i);
  });
});

describe('the ONS personal wellbeing questions', () => {
  it.each(['care-leavers-16-25', 'young-people-11-17'])('appear in %s in standard wording on a 0-10 scale', (id) => {
    const questions = questionsOf(byId(id).definition);
    for (const [name, title] of Object.entries(ONS)) {
      const q = questions.find((x) => x.name === name);
      expect(q, name).toBeDefined();
      expect(q?.title).toBe(title);
      expect(q?.description).toMatch(/0 is 'not at all' and 10 is 'completely'/);
      const values = choiceValues(q as Element);
      expect(values.slice(0, 11)).toEqual(ZERO_TO_TEN);
      expect(values).toContain(DONT_KNOW);
      expect(values).toContain(RATHER_NOT_SAY);
      expect(findItem(name)?.scale).toBe('zero_to_ten');
    }
  });

  it('mark 0-4 as low and, for anxiety, 6-10 as high', () => {
    for (const id of ['ons_life_satisfaction', 'ons_worthwhile', 'ons_happy_yesterday']) {
      expect(findItem(id)?.worrying).toEqual(['0', '1', '2', '3', '4']);
    }
    expect(findItem('ons_anxious_yesterday')?.worrying).toEqual(['6', '7', '8', '9', '10']);
  });
});

describe('the care-leaver survey', () => {
  const names = new Set(questionsOf(byId('care-leavers-16-25').definition).map((q) => q.name));
  it('covers loneliness, money, home, personal adviser and education or work', () => {
    for (const id of ['loneliness', 'money_coping', 'feel_safe', 'settled_home', 'internet_at_home', 'know_personal_adviser', 'trust_personal_adviser', 'education_work']) {
      expect(names, id).toContain(id);
    }
  });
});

describe('the item bank', () => {
  const asked = new Set(INSTRUMENT_VERSIONS.flatMap((v) => questionsOf(v.definition).map((q) => q.name)));

  it('has unique item ids and unique scale ids', () => {
    const ids = ITEMS.map((i) => i.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const scaleIds = SCALES.map((s) => s.id);
    expect(scaleIds.filter((id, i) => scaleIds.indexOf(id) !== i)).toEqual([]);
  });

  it('has no unused items: every item is asked by at least one instrument', () => {
    expect(ITEMS.map((i) => i.id).filter((id) => !asked.has(id))).toEqual([]);
  });

  it('uses every scale at least once', () => {
    const used = new Set(ITEMS.map((i) => i.scale));
    expect(SCALES.map((s) => s.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('uses snake_case ids', () => {
    for (const item of ITEMS) expect(item.id).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it('points every item at a real scale, with positive and worrying codes from that scale that do not overlap', () => {
    for (const item of ITEMS) {
      const scale = scaleOfItem(item.id);
      expect(scale, item.id).toBeDefined();
      const codes = scaleCodes(item.scale);
      for (const code of [...item.positive, ...item.worrying]) expect(codes, `${item.id} ${code}`).toContain(code);
      expect(item.positive.filter((c) => item.worrying.includes(c)), item.id).toEqual([]);
      for (const code of [DONT_KNOW, RATHER_NOT_SAY]) {
        expect(item.positive, item.id).not.toContain(code);
        expect(item.worrying, item.id).not.toContain(code);
      }
      expect(item.summary.length, item.id).toBeGreaterThan(0);
    }
  });

  it('never counts family contact, bullying, background or free text towards wellbeing', () => {
    const familyContact = ITEMS.filter((i) => i.scale === 'contact_amount' || /^contact_/.test(i.id));
    const bullying = ITEMS.filter((i) => /bull/.test(i.id));
    expect(familyContact.map((i) => i.id).sort()).toEqual(['contact_dad', 'contact_mum', 'contact_siblings']);
    expect(bullying.length).toBeGreaterThan(0);
    for (const item of [...familyContact, ...bullying]) expect(item.wellbeing, item.id).toBe(false);
    for (const item of ITEMS.filter((i) => i.domain === 'background' || i.domain === 'free_text')) expect(item.wellbeing, item.id).toBe(false);
  });

  it('gives background and free-text items no positive or worrying end', () => {
    for (const item of ITEMS.filter((i) => i.domain === 'background' || i.domain === 'free_text')) {
      expect(item.positive, item.id).toEqual([]);
      expect(item.worrying, item.id).toEqual([]);
    }
  });

  it("includes I don't know and I'd rather not say on every scale that asks a view", () => {
    const viewScales = new Set(ITEMS.filter((i) => i.domain !== 'background' && i.domain !== 'free_text' && i.id !== 'education_work').map((i) => i.scale));
    for (const id of viewScales) {
      const scale = findScale(id);
      const dk = scale?.codes.find((c) => c.code === DONT_KNOW);
      const rns = scale?.codes.find((c) => c.code === RATHER_NOT_SAY);
      expect(dk?.label, id).toBe("I don't know");
      expect(rns?.label, id).toBe("I'd rather not say");
    }
  });

  it('lets a respondent decline any background question', () => {
    for (const item of ITEMS.filter((i) => i.domain === 'background')) expect(scaleCodes(item.scale), item.id).toContain(RATHER_NOT_SAY);
  });

  it('asks family contact separately for mum, dad, and brothers and sisters, with a code for not having or seeing them', () => {
    expect(scaleCodes('contact_amount')).toEqual(expect.arrayContaining(['too_much', 'too_little', 'just_right', 'not_applicable']));
  });

  it('codes social worker changes as none, one, two, three or more, with three or more social workers at the worrying end', () => {
    expect(scaleCodes('social_worker_changes').slice(0, 4)).toEqual(['none', 'one', 'two', 'three_or_more']);
    expect(findItem('sw_changes_12m')?.worrying).toContain('three_or_more');
  });

  it('finds nothing for an unknown id', () => {
    expect(findItem('no_such_item')).toBeUndefined();
    expect(findScale('no_such_scale')).toBeUndefined();
    expect(scaleCodes('no_such_scale')).toEqual([]);
  });
});
