import { describe, expect, it } from 'vitest';
import { FEWER_THAN_5, NOT_SHOWN, suppressCounts, type Count } from './suppress.ts';

const shown = (n: number): Count => ({ value: n, display: String(n) });
const small: Count = { value: null, display: FEWER_THAN_5 };
const hidden: Count = { value: null, display: NOT_SHOWN };

describe('suppressCounts', () => {
  it('shows zero and counts of five or more as they are', () => {
    expect(suppressCounts([[0, 5, 12, 40]])).toEqual({ tables: [[shown(0), shown(5), shown(12), shown(40)]], total: shown(57) });
  });

  it("shows every count from 1 to 4 as 'fewer than 5'", () => {
    for (const n of [1, 2, 3, 4]) {
      const { tables } = suppressCounts([[n, 6, 7]]);
      expect(tables[0]![0]).toEqual(small);
    }
  });

  it('hides the next-smallest count too when one small count could be found by subtracting from the total', () => {
    // 30 - 20 - 0 would give the small band away if 7 were shown
    const { tables, total } = suppressCounts([[3, 7, 20, 0]]);
    expect(tables[0]).toEqual([small, hidden, shown(20), shown(0)]);
    expect(total).toEqual(shown(30));
  });

  it('picks the smallest shown count, never a zero, as the complement', () => {
    const { tables } = suppressCounts([[0, 40, 2, 9]]);
    expect(tables[0]).toEqual([shown(0), shown(40), small, hidden]);
  });

  it('needs no complement when two small counts leave each other uncertain', () => {
    const { tables, total } = suppressCounts([[3, 4, 10, 20]]);
    expect(tables[0]).toEqual([small, small, shown(10), shown(20)]);
    expect(total).toEqual(shown(37));
  });

  it('hides more when two small counts could only be 1 and 1', () => {
    // 32 - 10 - 20 = 2, and two counts of at least 1 each adding to 2 are both 1
    const { tables } = suppressCounts([[1, 1, 10, 20]]);
    expect(tables[0]).toEqual([small, small, hidden, shown(20)]);
  });

  it('hides a second complement when the first would still pin the small count', () => {
    // 1 hidden with 5: the hidden pair adds to 6, and only 1 + 5 makes 6 → hide another
    const { tables, total } = suppressCounts([[1, 5, 8, 30]]);
    expect(tables[0]).toEqual([small, hidden, hidden, shown(30)]);
    expect(total).toEqual(shown(44));
  });

  it('hides the total when nothing else is left to hide, and then a count in every table that would add up to it', () => {
    const { tables, total } = suppressCounts([
      [1, 5, 0, 0],
      [6, 0, 0],
    ]);
    expect(total).toEqual(hidden);
    expect(tables[0]).toEqual([small, hidden, shown(0), shown(0)]);
    expect(tables[1]).toEqual([hidden, shown(0), shown(0)]);
  });

  it("shows a total of 1 to 4 as 'fewer than 5'", () => {
    const { tables, total } = suppressCounts([
      [0, 3, 0, 0],
      [2, 1, 0],
    ]);
    expect(total).toEqual(small);
    expect(tables).toEqual([
      [shown(0), small, shown(0), shown(0)],
      [small, small, shown(0)],
    ]);
  });

  it('applies the same rules to each table that splits the total', () => {
    const { tables, total } = suppressCounts([
      [10, 12, 0, 8],
      [27, 3, 0],
    ]);
    expect(total).toEqual(shown(30));
    expect(tables[0]).toEqual([shown(10), shown(12), shown(0), shown(8)]);
    expect(tables[1]).toEqual([hidden, small, shown(0)]);
  });

  it('shows nothing but zeros when there are no responses', () => {
    expect(suppressCounts([[0, 0], [0]])).toEqual({ tables: [[shown(0), shown(0)], [shown(0)]], total: shown(0) });
  });

  it('never leaves a small count that can be worked out from what is shown, for any bands-by-mode split up to 7 a cell', () => {
    // Every split of responses into 3 bands and 2 modes with counts 0..7: an observer who knows
    // what each label promises enumerates every table that would look the same, and must be
    // left with more than one possible value for each small count.
    let checked = 0;
    for (const bands of allTables(3, 7)) {
      for (const modes of allTables(2, 7)) {
        if (sum(bands) !== sum(modes)) continue;
        const picture = suppressCounts([bands, modes]);
        const tables = [bands, modes];
        for (let t = 0; t < 2; t++) {
          const values = possibleValues(picture, t);
          tables[t]!.forEach((n, i) => {
            if (n > 0 && n < 5) expect(values[i]!.size, `bands ${bands} modes ${modes}: table ${t} cell ${i} is given away`).toBeGreaterThan(1);
          });
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('refuses numbers that are not counts, and tables that disagree on the total', () => {
    expect(() => suppressCounts([[1.5]])).toThrow();
    expect(() => suppressCounts([[-1]])).toThrow();
    expect(() => suppressCounts([[1, 2], [4]])).toThrow();
  });
});

function sum(ns: readonly number[]): number {
  return ns.reduce((a, b) => a + b, 0);
}

function allTables(size: number, max: number): number[][] {
  if (size === 0) return [[]];
  return allTables(size - 1, max).flatMap((rest) => Array.from({ length: max + 1 }, (_, n) => [n, ...rest]));
}

/** Far above any sum in the exhaustive test, so "no upper bound" is never cut short. */
const CAP = 40;

/**
 * For table `t` of a suppressed picture, the values each cell could have, found by brute force:
 * every assignment of the hidden cells that keeps each label's promise ('fewer than 5' is 1-4;
 * 'not shown' is at least 5 and at most the smallest shown count of its table) and gives every
 * table the same total, matching the shown total or the total's own label.
 */
function possibleValues(picture: ReturnType<typeof suppressCounts>, t: number): Set<number>[] {
  const options = picture.tables.map((cells) => {
    const shownNonZero = cells.filter((c) => c.value !== null && c.value > 0).map((c) => c.value!);
    const complementMax = shownNonZero.length ? Math.min(...shownNonZero) : CAP;
    return cells.map((c) => (c.value !== null ? [c.value] : c.display === FEWER_THAN_5 ? [1, 2, 3, 4] : range(5, complementMax)));
  });
  const totalOk = (n: number) =>
    picture.total.value !== null ? n === picture.total.value : picture.total.display === FEWER_THAN_5 ? n >= 1 && n <= 4 : n >= 5;
  // per table: total → the values each cell takes in assignments reaching that total
  const byTotal = options.map((cells) => {
    const out = new Map<number, Set<number>[]>();
    for (const assignment of product(cells)) {
      const n = sum(assignment);
      if (!out.has(n)) out.set(n, cells.map(() => new Set<number>()));
      assignment.forEach((v, i) => out.get(n)![i]!.add(v));
    }
    return out;
  });
  const feasible = [...byTotal[0]!.keys()].filter((n) => totalOk(n) && byTotal.every((m) => m.has(n)));
  const values = options[t]!.map(() => new Set<number>());
  for (const n of feasible) byTotal[t]!.get(n)!.forEach((set, i) => set.forEach((v) => values[i]!.add(v)));
  return values;
}

function range(lo: number, hi: number): number[] {
  return Array.from({ length: Math.max(0, hi - lo + 1) }, (_, i) => lo + i);
}

function product(lists: number[][]): number[][] {
  return lists.reduce<number[][]>((acc, list) => acc.flatMap((a) => list.map((v) => [...a, v])), [[]]);
}
