/**
 * Property test: over many random small tallies, nothing the report shows lets a reader work
 * out a hidden count of 1 to 4. Checked two ways, neither using the suppression code's own
 * audit: (1) the literal rule: no shown total minus its shown parts leaves a single hidden part
 * of 1-4; (2) an exhaustive reader who works out every value each figure could take, given
 * what is shown and what each marker promises, and must find at least two for every hidden
 * count of 1 to 4; (3) on small trees, a plain enumeration of every possible set of answer
 * counts, which must agree with (2).
 */
import { findItem, seededRandom } from '@you-said/surveys';
import { describe, expect, it } from 'vitest';
import { itemSumNodes, suppressTotalAndParts } from './build-report.ts';
import { suppressSums, type Figure, type SumNode } from './suppression.ts';

const MIN_COUNT = 5;

/** Seeded, so a failure can be replayed. */
const random = seededRandom;

/** Small counts, often 0-4, sometimes larger: the cases where suppression has work to do. */
function drawCount(next: () => number, max: number): number {
  const r = next();
  if (r < 0.25) return 0;
  if (r < 0.6) return 1 + Math.floor(next() * 4);
  return Math.floor(next() * (max + 1));
}

const isSmall = (n: number) => n >= 1 && n < MIN_COUNT;

/** (1) The literal rule: a shown total minus its shown parts never leaves exactly one hidden part of 1-4. */
function subtractionLeaks(nodes: readonly SumNode[], shown: ReadonlyMap<string, Figure>): string[] {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const leaks: string[] = [];
  for (const node of nodes) {
    const total = shown.get(node.key);
    if (!node.children || !total || total.suppressed) continue;
    const hidden = node.children.filter((c) => {
      const f = shown.get(c);
      return f === undefined || f.suppressed;
    });
    if (hidden.length === 1) {
      const only = byKey.get(hidden[0]!)!;
      if (only.published && isSmall(only.value)) leaks.push(`${node.key} - shown parts = ${only.key} (${only.value})`);
    }
  }
  return leaks;
}

/** What a reader may take a figure to be, from what is shown and what its marker promises. */
function allowedValues(shown: ReadonlyMap<string, Figure>, key: string, cap: number): Set<number> {
  const f = shown.get(key);
  const out = new Set<number>();
  for (let v = 0; v <= cap; v++) {
    if (f === undefined) out.add(v); // unpublished
    else if (!f.suppressed) (v === f.value ? out.add(v) : undefined);
    else if (f.reason === 'count_below_5') (v < MIN_COUNT ? out.add(v) : undefined);
    else if (f.reason === 'secondary') (v >= MIN_COUNT ? out.add(v) : undefined);
    else out.add(v);
  }
  return out;
}

function minkowski(sets: readonly Set<number>[], cap: number): Set<number> {
  let acc = new Set<number>([0]);
  for (const s of sets) {
    const next = new Set<number>();
    for (const a of acc) for (const b of s) if (a + b <= cap) next.add(a + b);
    acc = next;
  }
  return acc;
}

/**
 * (2) An exhaustive reader: every value each figure can take, given every shown figure and
 * marker and that the whole is at most `cap`. Exact sets, not ranges: up the tree, the values a
 * subtree can add up to; down the tree, those its parent's possible values leave room for.
 * Returns the hidden 1-4 figures left with a single possible value.
 */
function exhaustiveLeaks(nodes: readonly SumNode[], shown: ReadonlyMap<string, Figure>, cap: number): string[] {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const kids = (key: string) => byKey.get(key)!.children ?? [];
  const up = new Map<string, Set<number>>();
  const upOf = (key: string): Set<number> => {
    const own = allowedValues(shown, key, cap);
    const children = kids(key);
    const result = children.length === 0 ? own : new Set([...minkowski(children.map(upOf), cap)].filter((v) => own.has(v)));
    up.set(key, result);
    return result;
  };
  const isChild = new Set(nodes.flatMap((n) => n.children ?? []));
  const roots = nodes.filter((n) => !isChild.has(n.key));
  const possible = new Map<string, Set<number>>();
  const down = (key: string, values: Set<number>): void => {
    possible.set(key, values);
    const children = kids(key);
    children.forEach((c, i) => {
      const others = minkowski(children.filter((_, j) => j !== i).map((o) => up.get(o)!), cap);
      const fits = new Set([...up.get(c)!].filter((v) => [...values].some((t) => others.has(t - v))));
      down(c, fits);
    });
  };
  // several roots share the cap only through the reader's knowledge of each; there is one root in every tree here
  for (const r of roots) down(r.key, upOf(r.key));
  return nodes
    .filter((n) => {
      const f = shown.get(n.key);
      return f !== undefined && f.suppressed && isSmall(n.value);
    })
    .filter((n) => possible.get(n.key)!.size < 2)
    .map((n) => `${n.key} (${n.value}) can only be ${[...possible.get(n.key)!].join(',')}`);
}

/**
 * (3) The plainest reader, to check the exhaustive one on small trees: every vector of leaf
 * counts, kept when every figure agrees with what is shown. Only for trees with few leaves.
 */
function enumerateLeaks(nodes: readonly SumNode[], shown: ReadonlyMap<string, Figure>, cap: number): string[] {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const leaves = nodes.filter((n) => !n.children || n.children.length === 0);
  const ranges = leaves.map((leaf) => [...allowedValues(shown, leaf.key, cap)]);
  const allowed = new Map(nodes.map((n) => [n.key, allowedValues(shown, n.key, cap)]));
  const seen = new Map<string, Set<number>>(nodes.map((n) => [n.key, new Set<number>()]));
  const current = new Map<string, number>();
  const valueOf = (key: string): number => {
    const node = byKey.get(key)!;
    return node.children && node.children.length > 0 ? node.children.reduce((s, c) => s + valueOf(c), 0) : current.get(key)!;
  };
  const visit = (i: number, total: number): void => {
    if (total > cap) return;
    if (i === leaves.length) {
      const values = nodes.map((n) => valueOf(n.key));
      if (nodes.some((n, j) => !allowed.get(n.key)!.has(values[j]!))) return;
      nodes.forEach((n, j) => seen.get(n.key)!.add(values[j]!));
      return;
    }
    for (const v of ranges[i]!) {
      current.set(leaves[i]!.key, v);
      visit(i + 1, total + v);
    }
  };
  visit(0, 0);
  return nodes
    .filter((n) => {
      const f = shown.get(n.key);
      return f !== undefined && f.suppressed && isSmall(n.value);
    })
    .filter((n) => seen.get(n.key)!.size < 2)
    .map((n) => `${n.key} (${n.value}) can only be ${[...seen.get(n.key)!].join(',')}`);
}

const ITEM_CASES: { itemId: string; codes: string[]; maxCell: number }[] = [
  { itemId: 'feel_safe', codes: ['always', 'most_of_the_time', 'sometimes', 'never', 'dont_know', 'rather_not_say'], maxCell: 9 },
  { itemId: 'trust_carers', codes: ['always', 'most_of_the_time', 'sometimes', 'never', 'dont_know', 'rather_not_say'], maxCell: 9 },
  { itemId: 'know_social_worker', codes: ['yes', 'no', 'not_applicable', 'dont_know', 'rather_not_say'], maxCell: 12 },
  { itemId: 'good_friend', codes: ['yes', 'no', 'dont_know', 'rather_not_say'], maxCell: 14 },
  { itemId: 'know_why_in_care', codes: ['yes', 'a_bit', 'no', 'dont_know', 'rather_not_say'], maxCell: 10 },
  { itemId: 'loneliness', codes: ['often_or_always', 'some_of_the_time', 'occasionally', 'hardly_ever', 'never', 'dont_know', 'rather_not_say'], maxCell: 6 },
  { itemId: 'ons_life_satisfaction', codes: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'dont_know', 'rather_not_say'], maxCell: 7 },
  { itemId: 'have_pet', codes: ['yes', 'no', 'dont_know', 'rather_not_say'], maxCell: 14 },
];

describe('suppression never lets a hidden count of 1 to 4 be worked out', () => {
  it.each(ITEM_CASES)('for random answer counts of $itemId', ({ itemId, codes, maxCell }) => {
    const item = findItem(itemId)!;
    const next = random(0x5eed ^ itemId.length * 7919);
    let hiddenSmall = 0;
    let secondaries = 0;
    for (let trial = 0; trial < 150; trial++) {
      const counts = new Map(codes.map((c) => [c, drawCount(next, maxCell)]));
      const answered = [...counts.values()].reduce((a, b) => a + b, 0);
      // some children skip the question: the band's responses cap every figure
      const responses = answered + Math.floor(next() * 3);
      const nodes = itemSumNodes(item, codes, (c) => counts.get(c) ?? 0, 10);
      const shown = suppressSums(nodes, { minCount: MIN_COUNT, cap: responses });
      const context = JSON.stringify(Object.fromEntries(counts));
      expect(subtractionLeaks(nodes, shown), context).toEqual([]);
      expect(exhaustiveLeaks(nodes, shown, responses), context).toEqual([]);
      if (codes.length <= 5 && trial < 40) expect(enumerateLeaks(nodes, shown, responses), context).toEqual(exhaustiveLeaks(nodes, shown, responses));
      for (const n of nodes) {
        const f = shown.get(n.key);
        if (f?.suppressed && isSmall(n.value)) hiddenSmall++;
        if (f?.suppressed && f.reason === 'secondary') secondaries++;
        // primary: nothing below 5 is ever shown
        if (f && !f.suppressed) expect(f.value, `${n.key} in ${context}`).toBeGreaterThanOrEqual(MIN_COUNT);
      }
    }
    // the random tallies really exercise the rules
    expect(hiddenSmall).toBeGreaterThan(50);
    expect(secondaries).toBeGreaterThan(0);
  });

  it('for random band totals against the overall total', () => {
    const next = random(42);
    let secondaries = 0;
    for (let trial = 0; trial < 400; trial++) {
      const parts = Array.from({ length: 1 + Math.floor(next() * 4) }, () => drawCount(next, 30));
      const out = suppressTotalAndParts(parts, MIN_COUNT);
      const nodes: SumNode[] = [
        { key: 'total', value: parts.reduce((a, b) => a + b, 0), published: true, children: parts.map((_, i) => `part${i}`) },
        ...parts.map((value, i) => ({ key: `part${i}`, value, published: true })),
      ];
      const shown = new Map<string, Figure>([['total', out.total], ...out.parts.map((f, i) => [`part${i}`, f] as [string, Figure])]);
      expect(subtractionLeaks(nodes, shown), JSON.stringify(parts)).toEqual([]);
      expect(exhaustiveLeaks(nodes, shown, nodes[0]!.value + 10), JSON.stringify(parts)).toEqual([]);
      if (parts.length <= 3) expect(enumerateLeaks(nodes, shown, nodes[0]!.value + 10)).toEqual([]);
      for (const f of shown.values()) if (!f.suppressed) expect(f.value).toBeGreaterThanOrEqual(MIN_COUNT);
      secondaries += [...shown.values()].filter((f) => f.suppressed && f.reason === 'secondary').length;
    }
    expect(secondaries).toBeGreaterThan(20);
  });
});

