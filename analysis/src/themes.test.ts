import { describe, expect, it } from 'vitest';
import { DEFAULT_THEMES, suggestThemes, type ThemeDefinition } from './themes.ts';

const themes: ThemeDefinition[] = [
  { id: 'workers', label: 'Social workers', keywords: ['social work*', 'sw'] },
  { id: 'money', label: 'Money', keywords: ['pocket money', 'money'] },
  { id: 'pets', label: 'Pets', keywords: ['dog', 'cats'] },
  { id: 'harm', label: 'Self-harm', keywords: ['self-harm', "can't sleep"] },
];

describe('matching keywords', () => {
  it('finds a keyword in any case', () => {
    expect(suggestThemes('I want more MONEY', themes)).toEqual(['money']);
  });

  it('matches whole words only', () => {
    expect(suggestThemes('the swimming pool and hotdogs', themes)).toEqual([]);
  });

  it('treats a trailing star as any ending', () => {
    expect(suggestThemes('my social workers keep changing', themes)).toEqual(['workers']);
    expect(suggestThemes('social work is hard', themes)).toEqual(['workers']);
  });

  it('does not treat a keyword without a star as a prefix', () => {
    expect(suggestThemes('we have two dogs', themes)).toEqual([]);
  });

  it('matches a phrase across more than one space or a line break', () => {
    expect(suggestThemes('more pocket\n  money', themes)).toEqual(['money']);
  });

  it('finds a hyphenated keyword written with a space, or run together', () => {
    expect(suggestThemes('i self harm', themes)).toEqual(['harm']);
    expect(suggestThemes('selfharm', themes)).toEqual(['harm']);
  });

  it('finds a keyword with an apostrophe written without one, or with a curly one', () => {
    expect(suggestThemes('i cant sleep', themes)).toEqual(['harm']);
    expect(suggestThemes('i can’t sleep', themes)).toEqual(['harm']);
  });

  it('gives theme ids in the order of the list, each once', () => {
    expect(suggestThemes('my dog, my sw and my money, money, money', themes)).toEqual(['workers', 'money', 'pets']);
  });

  it('ignores masks instead of reading them as words', () => {
    const named = [{ id: 'names', label: 'Names', keywords: ['name', 'phone'] }];
    expect(suggestThemes('[name] gave me her [phone]', named)).toEqual([]);
  });

  it('reads a masked school as the word "school"', () => {
    expect(suggestThemes('i hate [school]', DEFAULT_THEMES)).toEqual(['school-learning']);
  });

  it('skips empty keywords rather than matching everything', () => {
    expect(suggestThemes('anything at all', [{ id: 'empty', label: 'Empty', keywords: ['', '  ', '*'] }])).toEqual([]);
  });

  it('treats regular-expression characters in a keyword as plain text', () => {
    expect(suggestThemes('a (b) c', [{ id: 'odd', label: 'Odd', keywords: ['(b)'] }])).toEqual(['odd']);
    expect(suggestThemes('a b c', [{ id: 'odd', label: 'Odd', keywords: ['(b)'] }])).toEqual([]);
    expect(suggestThemes('a.b', [{ id: 'dot', label: 'Dot', keywords: ['a.b'] }])).toEqual(['dot']);
    expect(suggestThemes('axb', [{ id: 'dot', label: 'Dot', keywords: ['a.b'] }])).toEqual([]);
  });

  it('picks up a council changing a theme\'s keywords in a new list', () => {
    expect(suggestThemes('i love my rabbit', [{ id: 'pets', label: 'Pets', keywords: ['dog'] }])).toEqual([]);
    expect(suggestThemes('i love my rabbit', [{ id: 'pets', label: 'Pets', keywords: ['dog', 'rabbit'] }])).toEqual(['pets']);
  });

  it('finds nothing in an empty comment or with no themes', () => {
    expect(suggestThemes('', DEFAULT_THEMES)).toEqual([]);
    expect(suggestThemes('my dog', [])).toEqual([]);
  });
});

describe('the default themes', () => {
  it('have unique ids and lower-case keywords', () => {
    const ids = DEFAULT_THEMES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(DEFAULT_THEMES.length).toBeGreaterThanOrEqual(12);
    for (const theme of DEFAULT_THEMES) {
      expect(theme.label.length).toBeGreaterThan(0);
      expect(theme.keywords.length).toBeGreaterThan(0);
      for (const keyword of theme.keywords) expect(keyword).toBe(keyword.toLowerCase());
    }
  });

  it.each([
    ['I would like to see my mum more often and my brothers and sisters', ['family-contact']],
    ['my social worker keeps changing and i dont know who my new one is', ['social-workers']],
    ['I love my foster carers', ['carers-placement']],
    ['school is hard and i need help with homework', ['school-learning']],
    ['I want to catch up with my friends', ['friends']],
    ['Nobody listens to me in my reviews', ['having-a-say']],
    ['more pocket money please', ['money']],
    ['More trips and activities in the holidays, like swimming and the cinema', ['fun-activities']],
    ['i get bullied on the bus', ['feeling-safe']],
    ['i want a bigger bedroom', ['home-bedroom']],
    ['My PA helps me with my flat', ['leaving-care']],
    ['I feel lonely and anxious, CAMHS waiting list is too long', ['worries-mental-health']],
    ['I miss my dog', ['pets']],
  ])('suggest the expected theme for "%s"', (comment, expected) => {
    expect(suggestThemes(comment, DEFAULT_THEMES)).toEqual(expected);
  });

  it('suggest every theme a comment touches', () => {
    expect(suggestThemes('I like my placement but I miss my dog and I want more money', DEFAULT_THEMES)).toEqual(['carers-placement', 'money', 'pets']);
  });

  it.each([
    ['"pet" does not find "petrol"', 'we ran out of petrol'],
    ['"cat" does not find "catch"', 'i want to catch the bus'],
    ['"exam" does not find "example"', 'for example'],
    ['"mate" does not find "material"', 'the material is soft'],
  ])('avoid prefix look-alikes: %s', (_label, comment) => {
    expect(suggestThemes(comment, DEFAULT_THEMES)).toEqual([]);
  });
});
