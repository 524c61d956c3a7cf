import { findItem, type ItemDefinition } from '@you-said/surveys';
import { describe, expect, it } from 'vitest';
import { itemSumNodes, suppressTotalAndParts } from './build-report.ts';
import { suppressSums, type Figure } from './suppression.ts';

const shown = (value: number): Figure => ({ suppressed: false, value });
const small: Figure = { suppressed: true, reason: 'count_below_5' };
const secondary: Figure = { suppressed: true, reason: 'secondary' };
const smallBase: Figure = { suppressed: true, reason: 'base_below_10' };

function item(id: string): ItemDefinition {
  const found = findItem(id);
  if (!found) throw new Error(id);
  return found;
}

/** Suppresses one item's counts the way the report does (minimum count 5, minimum base 10). */
function suppressItem(id: string, codes: string[], counts: Record<string, number>, responses: number) {
  const nodes = itemSumNodes(item(id), codes, (c) => counts[c] ?? 0, 10);
  return suppressSums(nodes, { minCount: 5, cap: responses });
}

const ALWAYS_NEVER = ['always', 'most_of_the_time', 'sometimes', 'never', 'dont_know', 'rather_not_say'];
const YES_NO = ['yes', 'no', 'dont_know', 'rather_not_say'];

describe('primary suppression', () => {
  it('hides every count below 5, zero included, and shows the rest', () => {
    const out = suppressTotalAndParts([12, 0, 20, 9], 5);
    // 0 hides as "fewer than 5" but a 0 may be worked out (it points to no child): 41 - 12 - 20 - 9 = 0
    expect(out.parts).toEqual([shown(12), small, shown(20), shown(9)]);
    expect(out.total).toEqual(shown(41));
  });

  it('hides nothing when every count is 5 or more', () => {
    expect(suppressTotalAndParts([5, 6, 50], 5)).toEqual({ parts: [shown(5), shown(6), shown(50)], total: shown(61) });
  });

  it('follows a configured minimum count', () => {
    const out = suppressTotalAndParts([12, 7, 20, 9], 10);
    expect(out.parts[1]).toEqual(small);
    expect(out.parts[3]).toEqual(small);
  });
});

describe('secondary suppression', () => {
  it('hides the overall total when it and the other bands would give away a small band', () => {
    // worked by hand: 43 - 12 - 20 - 8 = 3, so with 43 shown the hidden 3 could be worked out;
    // the total goes (it is worth less than the bands) and then no subtraction is possible.
    const out = suppressTotalAndParts([12, 3, 20, 8], 5);
    expect(out.parts).toEqual([shown(12), small, shown(20), shown(8)]);
    expect(out.total).toEqual(secondary);
  });

  it('hides the next smallest answer count when one is hidden and its total is shown', () => {
    // feel_safe: always 14 | most 6, sometimes 3, never 5 (worrying = not always: 14) | don't know 0, rather not say 0.
    // The worrying total 14 is shown, so sometimes = 14 - 6 - 5 = 3 could be worked out:
    // the next smallest worrying answer, never (5), is hidden too. By hand after that:
    // never >= 5 and sometimes <= 4 with sometimes + never = 8 leaves sometimes anywhere in 0-3.
    const out = suppressItem('feel_safe', ALWAYS_NEVER, { always: 14, most_of_the_time: 6, sometimes: 3, never: 5 }, 30);
    expect(out.get('answer:always')).toEqual(shown(14));
    expect(out.get('answer:most_of_the_time')).toEqual(shown(6));
    expect(out.get('answer:sometimes')).toEqual(small);
    expect(out.get('answer:never')).toEqual(secondary);
    expect(out.get('answer:dont_know')).toEqual(small);
    expect(out.get('answer:rather_not_say')).toEqual(small);
    expect(out.get('base')).toEqual(shown(28));
    expect(out.get('positive')).toEqual(shown(14));
    expect(out.get('worrying')).toEqual(shown(14));
  });

  it('hides a share that would give away a small one through the base', () => {
    // good_friend: yes 18, no 2, base 20. "90% yes of 20" means 2 said no: the yes share and count go.
    const out = suppressItem('good_friend', YES_NO, { yes: 18, no: 2, rather_not_say: 3 }, 25);
    expect(out.get('base')).toEqual(shown(20));
    expect(out.get('worrying')).toEqual(small);
    expect(out.get('answer:no')).toEqual(small);
    expect(out.get('positive')).toEqual(secondary);
    expect(out.get('answer:yes')).toEqual(secondary);
    expect(out.get('answer:rather_not_say')).toEqual(small);
  });

  it('leaves a small count alone when zeros hidden beside it already hide it', () => {
    // feel_safe: worrying 5 = most 3 + sometimes 2 + never 0: three hidden counts share 5, none can be pinned.
    const out = suppressItem('feel_safe', ALWAYS_NEVER, { always: 15, most_of_the_time: 3, sometimes: 2, dont_know: 1 }, 22);
    expect(out.get('positive')).toEqual(shown(15));
    expect(out.get('worrying')).toEqual(shown(5));
    expect(out.get('base')).toEqual(shown(20));
    expect(out.get('answer:most_of_the_time')).toEqual(small);
  });

  it('withholds shares below the minimum base but still shows counts of 5 or more', () => {
    const out = suppressItem('good_friend', YES_NO, { yes: 5, no: 0 }, 6);
    expect(out.get('base')).toEqual(shown(5));
    expect(out.get('positive')).toEqual(smallBase);
    expect(out.get('worrying')).toEqual(smallBase);
    expect(out.get('answer:yes')).toEqual(shown(5));
  });

  it('hides the shares whenever the base they need is hidden', () => {
    const out = suppressItem('good_friend', YES_NO, { yes: 3, no: 1 }, 4);
    expect(out.get('base')).toEqual(small);
    expect(out.get('positive')).toEqual(smallBase);
  });
});
