/**
 * Small-cell suppression for the fieldwork dashboard: no count below 5 is shown, and no shown
 * figure lets one be worked out by subtraction. Kept small and local to the dashboard: the
 * analysis package will own the fuller version the annual report needs.
 */

/** A count as shown: the number, or null with the words that stand in for it. */
export interface Count {
  value: number | null;
  display: string;
}

/** The smallest count that may be shown (0 aside). */
export const SMALLEST_SHOWN = 5;
/** What a count of 1 to 4 shows. */
export const FEWER_THAN_5 = 'fewer than 5';
/** What a count of 5 or more shows when it is hidden to protect a small one. */
export const NOT_SHOWN = 'not shown';

/** Whether `n` is a small count (1 to 4): shown, it could point to one child. */
export function isSmall(n: number): boolean {
  return n > 0 && n < SMALLEST_SHOWN;
}

type Cell = 'shown' | 'small' | 'complement';

/** Stands for "no upper bound": far above any count, and safe to add up a few times. */
const UNBOUNDED = 1e9;

/**
 * Suppresses one or more tables of counts that each split the same total (e.g. responses by age
 * band and by mode), and the total itself.
 *
 * 1. Primary: every count of 1 to 4 shows 'fewer than 5'; 0 and 5 or more are shown, and so is
 *    the total unless it is itself 1 to 4.
 * 2. Secondary: while someone holding the shown figures could pin a hidden count to one value
 *    (e.g. the one small band is the total minus the other bands), the smallest shown non-zero
 *    count of that table is hidden too ('not shown'); when the table has none left, the total
 *    is hidden instead, or after that a count in another table that would give the total away.
 *
 * "Could pin" is judged the way statistical offices audit suppression: from the shown figures
 * and what each label promises (1 to 4; at least 5 and at most the smallest shown count of its
 * table; a hidden total is at least 5), every hidden value must keep a range of more than one.
 */
export function suppressCounts(tables: readonly (readonly number[])[]): { tables: Count[][]; total: Count } {
  for (const table of tables) {
    for (const n of table) if (!Number.isInteger(n) || n < 0) throw new Error(`not a count: ${n}`);
  }
  const totals = tables.map(sum);
  const total = totals[0] ?? 0;
  if (totals.some((t) => t !== total)) throw new Error('the tables do not share one total');

  const cells: Cell[][] = tables.map((table) => table.map((n) => (isSmall(n) ? 'small' : 'shown')));
  let totalShown = !isSmall(total);
  // Each round hides one more figure, so this ends; the cap is a guard, never reached.
  for (let round = 0; round <= tables.flat().length + 1; round++) {
    const finding = audit(tables, cells, totalShown ? total : null, total);
    if (finding === 'safe') break;
    const ownTable = finding.table === 'total' ? undefined : finding.table;
    if (ownTable !== undefined && hideSmallestShown(tables[ownTable]!, cells[ownTable]!)) continue;
    if (totalShown) {
      totalShown = false;
      continue;
    }
    if (!hideInTightestTable(tables, cells)) break;
  }
  return {
    tables: tables.map((table, t) => table.map((n, i) => toCount(n, cells[t]![i]!))),
    total: totalShown ? { value: total, display: String(total) } : { value: null, display: isSmall(total) ? FEWER_THAN_5 : NOT_SHOWN },
  };
}

interface Range {
  lo: number;
  hi: number;
}

/**
 * The first hidden figure that the shown ones pin to a single value, or 'safe'. `shownTotal` is
 * null when the total is hidden. Interval reasoning is exact here: ranges of whole numbers add
 * up to a range, so a value inside the narrowed range is always reachable.
 */
function audit(tables: readonly (readonly number[])[], cells: Cell[][], shownTotal: number | null, total: number): { table: number | 'total' } | 'safe' {
  const views = tables.map((table, t) => tableView(table, cells[t]!));
  let totalRange: Range =
    shownTotal !== null ? { lo: shownTotal, hi: shownTotal } : isSmall(total) ? { lo: 1, hi: SMALLEST_SHOWN - 1 } : { lo: SMALLEST_SHOWN, hi: UNBOUNDED };
  for (const v of views) totalRange = { lo: Math.max(totalRange.lo, v.shownSum + v.loSum), hi: Math.min(totalRange.hi, v.shownSum + v.hiSum) };

  for (let t = 0; t < views.length; t++) {
    const v = views[t]!;
    for (const r of v.hidden) {
      const lo = Math.max(r.lo, totalRange.lo - v.shownSum - (v.hiSum - r.hi));
      const hi = Math.min(r.hi, totalRange.hi - v.shownSum - (v.loSum - r.lo));
      if (lo === hi) return { table: t };
    }
  }
  if (shownTotal === null && !isSmall(total) && totalRange.lo === totalRange.hi) return { table: 'total' };
  return 'safe';
}

function tableView(table: readonly number[], cells: Cell[]) {
  const shownNonZero = table.filter((n, i) => cells[i] === 'shown' && n > 0);
  // a complement was the smallest shown count when it was hidden, so it is at most the smallest still shown
  const complementMax = shownNonZero.length ? Math.min(...shownNonZero) : UNBOUNDED;
  const hidden: Range[] = [];
  table.forEach((_, i) => {
    if (cells[i] === 'small') hidden.push({ lo: 1, hi: SMALLEST_SHOWN - 1 });
    if (cells[i] === 'complement') hidden.push({ lo: SMALLEST_SHOWN, hi: complementMax });
  });
  return {
    hidden,
    shownSum: sum(table.filter((_, i) => cells[i] === 'shown')),
    loSum: sum(hidden.map((r) => r.lo)),
    hiSum: sum(hidden.map((r) => r.hi)),
  };
}

function hideSmallestShown(table: readonly number[], cells: Cell[]): boolean {
  let pick = -1;
  table.forEach((n, i) => {
    if (cells[i] === 'shown' && n > 0 && (pick < 0 || n < table[pick]!)) pick = i;
  });
  if (pick < 0) return false;
  cells[pick] = 'complement';
  return true;
}

/**
 * With the total hidden, the table whose hidden counts leave the least room pins the total most
 * tightly (one with none hidden adds up to it exactly): hide its smallest shown count.
 */
function hideInTightestTable(tables: readonly (readonly number[])[], cells: Cell[][]): boolean {
  const order = tables
    .map((table, t) => {
      const view = tableView(table, cells[t]!);
      return { t, width: view.hiSum - view.loSum };
    })
    .sort((a, b) => a.width - b.width);
  return order.some(({ t }) => hideSmallestShown(tables[t]!, cells[t]!));
}

function toCount(n: number, cell: Cell): Count {
  if (cell === 'small') return { value: null, display: FEWER_THAN_5 };
  if (cell === 'complement') return { value: null, display: NOT_SHOWN };
  return { value: n, display: String(n) };
}

function sum(ns: readonly number[]): number {
  return ns.reduce((a, b) => a + b, 0);
}
