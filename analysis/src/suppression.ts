/**
 * Small-cell suppression over sums: the primary rule (no count below the minimum, 5 by
 * default, 0 included) and secondary suppression, so that no hidden count of 1 to 4 can be
 * worked out from the figures that are shown.
 *
 * Every table the report publishes is a tree of sums: a total and the counts that add up to it
 * (responses by band and overall; an item's base, its positive and worrying totals and its
 * answer counts). `suppressSums` decides which figures of one tree are shown.
 */

/** Why a figure is not shown. The names keep the default thresholds; the methods text gives the ones in force. */
export type SuppressionReason =
  /** the count is below the minimum count (0 to 4 by default) */
  | 'count_below_5'
  /** the share's base (answers counted) is below the minimum base (10 by default) */
  | 'base_below_10'
  /** hidden so that a hidden count cannot be worked out by subtraction from the shown ones */
  | 'secondary'
  /** a pooled figure from fewer other councils than the minimum: it could show one council's figure */
  | 'too_few_councils';

/** A figure as published: the value, or an explicit marker saying why it is withheld. Never 0 or null for "hidden". */
export type Figure = { suppressed: false; value: number } | { suppressed: true; reason: SuppressionReason };

/** One figure in a tree of sums. */
export interface SumNode {
  key: string;
  /** the true value (a whole number >= 0) */
  value: number;
  /** false for a total that is never published (it only links others, e.g. an item's middle answers) */
  published: boolean;
  /** the nodes that add up to this one (each node has at most one parent) */
  children?: readonly string[];
  /** withheld from the start for a reason other than its own size (e.g. a share whose base is below 10) */
  withheld?: SuppressionReason;
  /** this figure is hidden whenever any of these is (a share cannot be shown without its base) */
  needs?: readonly string[];
  /** when a figure next to a pinned one must go, take this one first (e.g. an overall total, worth less than its parts) */
  hideFirst?: boolean;
}

/** The thresholds suppression works with. */
export interface SuppressionLimits {
  /** the smallest count shown: every count below it, 0 included, is hidden (default 5) */
  minCount: number;
  /**
   * The largest value anyone could take any figure of this tree to be (for an item: the band's
   * responses, which every base is at most). Taking the true value is the cautious choice: a
   * reader can never know a tighter bound than the truth.
   */
  cap: number;
}

type Status = 'shown' | SuppressionReason;

/** Effectively unbounded, and still exact when a few are added together. */
export const NO_CAP = 1e9;

/**
 * Decides which figures of a tree of sums are shown.
 *
 * 1. Primary: a published count below `minCount` (0 included) is hidden ('count_below_5');
 *    a node marked `withheld` is hidden with that reason.
 * 2. Secondary: the figures are audited the way a careful reader would attack them. From what
 *    is shown and what each marker promises ('count_below_5': 0 to minCount-1; 'secondary':
 *    at least minCount, since only shown figures are ever hidden as secondary; any other
 *    reason or an unpublished total: 0 to cap), every sum constraint narrows every hidden
 *    figure to a range. On a tree these interval bounds are exact: each value inside a range is
 *    reachable. While a hidden count whose true value is 1 to minCount-1 is narrowed to a
 *    single value, one more shown figure is hidden: the first of (its siblings, smallest first;
 *    its parent; its children, smallest first; any other, smallest first; a `hideFirst` figure
 *    ahead of the rest of its group) whose hiding gives that count a range again, or the first
 *    of them if none does alone.
 *
 * A hidden 0 may be worked out (e.g. from a share of 100%): it points to no child. A figure
 * is hidden together with any other that is the same sum (same counts underneath), and a
 * figure whose `needs` are hidden is hidden too.
 *
 * Returns the published figures by key.
 */
export function suppressSums(nodes: readonly SumNode[], limits: SuppressionLimits): Map<string, Figure> {
  const tree = indexTree(nodes);
  const status: Status[] = nodes.map((node) => {
    if (!node.published) return 'shown'; // never read: unpublished nodes are treated as hidden below
    if (node.withheld) return node.withheld;
    return node.value < limits.minCount ? 'count_below_5' : 'shown';
  });
  applyNeeds(tree, status);

  for (let round = 0; round <= nodes.length; round++) {
    const pinned = firstPinned(tree, status, limits);
    if (pinned === undefined) break;
    const candidates = candidateOrder(tree, status, pinned);
    if (candidates.length === 0) break; // nothing left to hide; cannot happen on a consistent tree
    const pick =
      candidates.find((c) => {
        const trial = [...status];
        hide(tree, trial, c);
        return !isPinned(tree, trial, limits, pinned);
      }) ?? candidates[0]!;
    hide(tree, status, pick);
  }

  const out = new Map<string, Figure>();
  nodes.forEach((node, i) => {
    if (!node.published) return;
    const s = status[i]!;
    out.set(node.key, s === 'shown' ? { suppressed: false, value: node.value } : { suppressed: true, reason: s });
  });
  return out;
}

/** Lower and upper bounds a reader can put on every node, given what is shown (exposed for audits and tests). */
export function readerBounds(nodes: readonly SumNode[], shown: ReadonlyMap<string, Figure>, limits: SuppressionLimits): Map<string, { lo: number; hi: number }> {
  const tree = indexTree(nodes);
  const status: Status[] = nodes.map((node) => {
    const f = shown.get(node.key);
    if (!node.published || f === undefined) return 'unpublished' as Status;
    return f.suppressed ? f.reason : 'shown';
  });
  const { lo, hi } = bounds(tree, status, limits);
  return new Map(nodes.map((node, i) => [node.key, { lo: lo[i]!, hi: hi[i]! }]));
}

interface Tree {
  nodes: readonly SumNode[];
  children: number[][];
  parent: number[];
  /** index of the first node with the same leaves (same sum) */
  sameAs: number[];
  needs: number[][];
}

function indexTree(nodes: readonly SumNode[]): Tree {
  const at = new Map<string, number>();
  nodes.forEach((node, i) => {
    if (at.has(node.key)) throw new Error(`duplicate node ${node.key}`);
    if (!Number.isInteger(node.value) || node.value < 0) throw new Error(`not a count: ${node.key} = ${node.value}`);
    at.set(node.key, i);
  });
  const find = (key: string) => {
    const i = at.get(key);
    if (i === undefined) throw new Error(`unknown node ${key}`);
    return i;
  };
  const parent = nodes.map(() => -1);
  const children = nodes.map((node, i) =>
    (node.children ?? []).map((key) => {
      const c = find(key);
      if (parent[c] !== -1) throw new Error(`node ${key} has two parents`);
      parent[c] = i;
      return c;
    }),
  );
  nodes.forEach((node, i) => {
    const kids = children[i]!;
    if (kids.length > 0 && kids.reduce((s, c) => s + nodes[c]!.value, 0) !== node.value) {
      throw new Error(`${node.key} is not the sum of its parts`);
    }
  });
  const leaves = (i: number): string => {
    const kids = children[i]!;
    return kids.length === 0 ? String(i) : kids.map(leaves).join(',');
  };
  const firstWithLeaves = new Map<string, number>();
  const sameAs = nodes.map((_, i) => {
    const key = leaves(i);
    if (!firstWithLeaves.has(key)) firstWithLeaves.set(key, i);
    return firstWithLeaves.get(key)!;
  });
  const needs = nodes.map((node) => (node.needs ?? []).map(find));
  return { nodes, children, parent, sameAs, needs };
}

function isHidden(tree: Tree, status: readonly Status[], i: number): boolean {
  return !tree.nodes[i]!.published || status[i] !== 'shown';
}

function hide(tree: Tree, status: Status[], i: number): void {
  tree.nodes.forEach((node, j) => {
    if (node.published && status[j] === 'shown' && tree.sameAs[j] === tree.sameAs[i]) status[j] = 'secondary';
  });
  applyNeeds(tree, status);
}

function applyNeeds(tree: Tree, status: Status[]): void {
  let changed = true;
  while (changed) {
    changed = false;
    tree.nodes.forEach((node, i) => {
      if (node.published && status[i] === 'shown' && tree.needs[i]!.some((n) => isHidden(tree, status, n))) {
        status[i] = 'secondary';
        changed = true;
      }
    });
  }
}

function domain(node: SumNode, status: Status | 'unpublished', limits: SuppressionLimits): [number, number] {
  if (!node.published || status === 'unpublished') return [0, limits.cap];
  switch (status) {
    case 'shown':
      return [node.value, node.value];
    case 'count_below_5':
      return [0, limits.minCount - 1];
    case 'secondary':
      return [limits.minCount, limits.cap];
    default:
      return [0, limits.cap];
  }
}

/**
 * Interval bounds consistency over every "parent = sum of children" constraint, to a fixed
 * point. The constraints form a tree, so the bounds reached are the exact range of each node.
 */
function bounds(tree: Tree, status: readonly (Status | 'unpublished')[], limits: SuppressionLimits): { lo: number[]; hi: number[] } {
  const lo: number[] = [];
  const hi: number[] = [];
  tree.nodes.forEach((node, i) => {
    const [l, h] = domain(node, status[i]!, limits);
    lo.push(l);
    hi.push(Math.max(l, h));
  });
  let changed = true;
  while (changed) {
    changed = false;
    tree.children.forEach((kids, p) => {
      if (kids.length === 0) return;
      const sumLo = kids.reduce((s, c) => s + lo[c]!, 0);
      const sumHi = kids.reduce((s, c) => s + hi[c]!, 0);
      if (sumLo > lo[p]!) ((lo[p] = sumLo), (changed = true));
      if (sumHi < hi[p]!) ((hi[p] = sumHi), (changed = true));
      for (const c of kids) {
        const cLo = lo[p]! - (sumHi - hi[c]!);
        const cHi = hi[p]! - (sumLo - lo[c]!);
        if (cLo > lo[c]!) ((lo[c] = cLo), (changed = true));
        if (cHi < hi[c]!) ((hi[c] = cHi), (changed = true));
      }
    });
    if (lo.some((l, i) => l > hi[i]!)) throw new Error('suppression audit: the figures contradict each other');
  }
  return { lo, hi };
}

function protectedAndPinned(tree: Tree, status: readonly Status[], limits: SuppressionLimits, lo: number[], hi: number[], i: number): boolean {
  const node = tree.nodes[i]!;
  return node.published && status[i] !== 'shown' && node.value >= 1 && node.value < limits.minCount && lo[i] === hi[i];
}

function firstPinned(tree: Tree, status: readonly Status[], limits: SuppressionLimits): number | undefined {
  const { lo, hi } = bounds(tree, status, limits);
  const i = tree.nodes.findIndex((_, j) => protectedAndPinned(tree, status, limits, lo, hi, j));
  return i < 0 ? undefined : i;
}

function isPinned(tree: Tree, status: readonly Status[], limits: SuppressionLimits, i: number): boolean {
  const { lo, hi } = bounds(tree, status, limits);
  return protectedAndPinned(tree, status, limits, lo, hi, i);
}

function candidateOrder(tree: Tree, status: readonly Status[], pinned: number): number[] {
  const shown = (i: number) => tree.nodes[i]!.published && status[i] === 'shown';
  const p = tree.parent[pinned]!;
  const siblings = p < 0 ? [] : tree.children[p]!.filter((c) => c !== pinned);
  const near = [...siblings, ...(p >= 0 ? [p] : []), ...tree.children[pinned]!];
  const rank = (i: number) => (siblings.includes(i) ? 0 : i === p ? 1 : 2);
  const order = (a: number, b: number) =>
    Number(!tree.nodes[a]!.hideFirst) - Number(!tree.nodes[b]!.hideFirst) || tree.nodes[a]!.value - tree.nodes[b]!.value || a - b;
  const ordered = near.filter(shown).sort((a, b) => Number(!tree.nodes[a]!.hideFirst) - Number(!tree.nodes[b]!.hideFirst) || rank(a) - rank(b) || order(a, b));
  const rest = tree.nodes.map((_, i) => i).filter((i) => shown(i) && !near.includes(i)).sort(order);
  return [...ordered, ...rest];
}
