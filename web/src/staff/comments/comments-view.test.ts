import { describe, expect, it } from 'vitest';
import type { StaffComment, Theme } from '../report/report-types.ts';
import {
  changeErrorMessage,
  checkThemes,
  filterComments,
  maskedWords,
  parseKeywords,
  themeChips,
  themesBody,
  toReviewCount,
  withoutTheme,
  withTheme,
} from './comments-view.ts';

const THEMES: Theme[] = [
  { id: 'family', label: 'Family time', keywords: ['mum', 'brother'] },
  { id: 'school', label: 'School', keywords: ['teacher'] },
  { id: 'workers', label: 'Social workers', keywords: ['social worker'] },
];

function comment(over: Partial<StaffComment> = {}): StaffComment {
  return {
    id: 'c1',
    band: '11-17',
    itemId: 'one_change',
    question: 'One thing to change',
    text: 'I want to see my [name] more',
    masked: ['name'],
    suggestedThemes: ['family'],
    themes: null,
    quote: 'none',
    flagged: false,
    flagReasons: [],
    safeguarding: 'none',
    ...over,
  };
}

describe('theme chips', () => {
  it('offer each suggestion not yet confirmed as a one-click chip, and the rest to add', () => {
    const chips = themeChips(comment(), THEMES);
    expect(chips.confirmed).toEqual([]);
    expect(chips.suggested.map((t) => t.id)).toEqual(['family']);
    expect(chips.others.map((t) => t.id)).toEqual(['school', 'workers']);
  });

  it('show a confirmed theme once, and a retired one by its place rather than dropping it', () => {
    const chips = themeChips(comment({ themes: ['family', 'old-theme'] }), THEMES);
    expect(chips.confirmed).toEqual([
      { id: 'family', label: 'Family time' },
      { id: 'old-theme', label: 'a theme no longer in use' },
    ]);
    expect(chips.suggested).toEqual([]);
  });

  it('confirming a chip keeps the themes already confirmed', () => {
    expect(withTheme(comment(), 'family')).toEqual(['family']);
    expect(withTheme(comment({ themes: ['school'] }), 'family')).toEqual(['school', 'family']);
    expect(withTheme(comment({ themes: ['family'] }), 'family')).toEqual(['family']);
    expect(withoutTheme(comment({ themes: ['school', 'family'] }), 'school')).toEqual(['family']);
  });
});

describe('filtering the review queue', () => {
  const list = [
    comment({ id: 'a' }),
    comment({ id: 'b', band: '16-25', themes: ['school'] }),
    comment({ id: 'c', themes: [], quote: 'approved' }),
  ];
  it('separates comments still to review from reviewed ones and approved quotes', () => {
    expect(filterComments(list, { band: 'all', status: 'to_review' }).map((c) => c.id)).toEqual(['a']);
    expect(filterComments(list, { band: 'all', status: 'reviewed' }).map((c) => c.id)).toEqual(['b', 'c']);
    expect(filterComments(list, { band: 'all', status: 'quotes' }).map((c) => c.id)).toEqual(['c']);
    expect(filterComments(list, { band: '16-25', status: 'all' }).map((c) => c.id)).toEqual(['b']);
    expect(toReviewCount(list)).toBe(1);
  });
});

describe('messages', () => {
  it('explain a refused quote in plain words rather than an error code', () => {
    const message = changeErrorMessage({ status: 409, code: 'too_few_to_quote', message: 'x', fieldProblems: [], retryAfterSeconds: null });
    expect(message).toMatch(/^Too few children in this age band/);
    expect(changeErrorMessage({ status: 404, code: 'not_found', message: 'Gone.', fieldProblems: [], retryAfterSeconds: null })).toBe('Gone.');
  });

  it('name masked details in words', () => {
    expect(maskedWords('name')).toBe('a name');
    expect(maskedWords('care_home')).toBe('care home');
  });
});

describe('the theme list editor', () => {
  it('reads keywords separated by commas or lines, without blanks or repeats', () => {
    expect(parseKeywords(' mum, brother,, Mum\nsister ')).toEqual(['mum', 'brother', 'sister']);
  });

  it('refuses an unnamed theme and two themes with the same name', () => {
    expect(
      checkThemes([
        { key: 'a', label: 'Family', keywords: '' },
        { key: 'b', label: ' ', keywords: '' },
        { key: 'c', label: 'family ', keywords: '' },
      ]),
    ).toEqual({ b: 'Give the theme a name.', c: 'There is already a theme called "family".' });
  });

  it('sends kept themes with their ids and new ones without', () => {
    expect(
      themesBody([
        { key: 'family', id: 'family', label: ' Family ', keywords: 'mum, dad' },
        { key: 'new-1', label: 'Pocket money', keywords: '' },
      ]),
    ).toEqual([
      { id: 'family', label: 'Family', keywords: ['mum', 'dad'] },
      { label: 'Pocket money', keywords: [] },
    ]);
  });
});
