import { describe, expect, it } from 'vitest';
import { childPhrase, childPhraseItemIds } from './child-wording.ts';
import { ITEMS } from './item-bank.ts';

describe('child-friendly wording', () => {
  it('has a phrase for every item with a positive end, and none for unknown items', () => {
    const withPositive = ITEMS.filter((i) => i.positive.length > 0 && i.domain !== 'background').map((i) => i.id);
    expect(withPositive.filter((id) => childPhrase(id) === undefined)).toEqual([]);
    expect(childPhraseItemIds().filter((id) => !ITEMS.some((i) => i.id === id))).toEqual([]);
    expect(childPhrase('no_such_item')).toBeUndefined();
    expect(childPhrase('toString')).toBeUndefined();
  });

  it('writes phrases that finish a sentence in lower case, without a full stop', () => {
    for (const id of childPhraseItemIds()) {
      const phrase = childPhrase(id)!;
      expect(phrase, id).toMatch(/^[a-z]/);
      expect(phrase, id).not.toMatch(/[.!?]$/);
    }
  });
});
