import { describe, expect, it } from 'vitest';
import { draftStorageKey, isWorthResuming, parseDraft, staleDraftKeys, type Draft } from './drafts.ts';

const draft: Draft = { mode: 'own_device', data: { feel_safe: 'always' }, page: 3, savedOn: '2026-11-23' };

describe('the storage key of a draft', () => {
  it('names the wave, the band and the exact instrument version', () => {
    expect(draftStorageKey({ wave: 'demo', band: '8-11', instrument: 'children-8-11', version: 2 })).toBe(
      'you-said:draft:demo/8-11/children-8-11@2',
    );
  });

  it('gives another version of the same instrument another key, so old answers are never offered to it', () => {
    const v1 = draftStorageKey({ wave: 'demo', band: '8-11', instrument: 'children-8-11', version: 1 });
    const v2 = draftStorageKey({ wave: 'demo', band: '8-11', instrument: 'children-8-11', version: 2 });
    expect(v1).not.toBe(v2);
  });

  it('cannot be confused by a wave slug with a slash or an @ in it', () => {
    const odd = draftStorageKey({ wave: 'a/8-11/b@1', band: '4-7', instrument: 'x', version: 1 });
    expect(odd).toBe('you-said:draft:a%2F8-11%2Fb%401/4-7/x@1');
  });
});

describe('reading a stored draft', () => {
  it('reads back what was saved', () => {
    expect(parseDraft(JSON.stringify(draft))).toEqual(draft);
    expect(parseDraft(JSON.stringify({ ...draft, refusal: 'This survey has closed.' }))?.refusal).toBe('This survey has closed.');
  });

  it('ignores nothing stored, broken JSON and anything not shaped like a draft', () => {
    expect(parseDraft(null)).toBeNull();
    expect(parseDraft('{')).toBeNull();
    expect(parseDraft('[]')).toBeNull();
    expect(parseDraft(JSON.stringify({ ...draft, page: -1 }))).toBeNull();
    expect(parseDraft(JSON.stringify({ ...draft, page: 1.5 }))).toBeNull();
    expect(parseDraft(JSON.stringify({ ...draft, data: [] }))).toBeNull();
    expect(parseDraft(JSON.stringify({ ...draft, mode: 'someone' }))).toBeNull();
    expect(parseDraft(JSON.stringify({ ...draft, savedOn: '2026-11-23T10:00:00Z' }))).toBeNull();
  });

  it("keeps the child's language and reading-aloud choice, and drops either when it is not one the app knows", () => {
    const chosen = { ...draft, language: 'ar', autoRead: true };
    expect(parseDraft(JSON.stringify(chosen))).toEqual(chosen);
    expect(parseDraft(JSON.stringify({ ...draft, language: 'xx', autoRead: 'yes' }))).toEqual(draft);
  });

  it('never reads a group-session draft back, since a shared tablet keeps none', () => {
    expect(parseDraft(JSON.stringify({ ...draft, mode: 'group_session' }))).toBeNull();
  });
});

describe('whether a draft is worth offering back', () => {
  it('is, once there is an answer, or a refusal from the server to explain', () => {
    expect(isWorthResuming(draft)).toBe(true);
    expect(isWorthResuming({ ...draft, data: {}, page: 0, refusal: 'Not accepted' })).toBe(true);
  });

  it('is not, for a survey only paged through without an answer', () => {
    expect(isWorthResuming({ ...draft, data: {}, page: 0 })).toBe(false);
    expect(isWorthResuming({ ...draft, data: {}, page: 4 })).toBe(false);
  });
});

describe('clearing drafts nobody came back to', () => {
  const stored = (d: Draft) => JSON.stringify(d);

  it('clears drafts saved more than four months ago and unreadable ones, and keeps recent ones and other keys', () => {
    const entries: [string, string | null][] = [
      ['you-said:draft:demo/8-11/a@1', stored({ ...draft, savedOn: '2026-11-01' })],
      ['you-said:draft:old/8-11/a@1', stored({ ...draft, savedOn: '2026-01-10' })],
      ['you-said:draft:broken/8-11/a@1', 'not json'],
      ['something-else', 'kept'],
    ];
    expect(staleDraftKeys(entries, '2026-11-23')).toEqual(['you-said:draft:old/8-11/a@1', 'you-said:draft:broken/8-11/a@1']);
  });
});
