import type { FieldProblem } from './staff-api.ts';

/** Whether `text` is a real calendar date written `YYYY-MM-DD` (what `<input type=date>` gives). */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Sorts the server's field problems into the form's own fields (matched on the first part of a
 * dotted name: `bands.2` belongs to `bands`) and the rest, which are shown above the form.
 */
export function sortFieldProblems<F extends string>(
  problems: FieldProblem[],
  fields: readonly F[],
  rename: (field: string) => string = (f) => f,
): { byField: Partial<Record<F, string>>; other: string[] } {
  const byField: Partial<Record<F, string>> = {};
  const other: string[] = [];
  for (const problem of problems) {
    const renamed = rename(problem.field);
    const field = (fields as readonly string[]).includes(renamed) ? (renamed as F) : firstPart(renamed, fields);
    if (field === null) other.push(problem.message);
    else if (byField[field] === undefined) byField[field] = problem.message;
  }
  return { byField, other };
}

function firstPart<F extends string>(name: string, fields: readonly F[]): F | null {
  const first = name.split('.')[0] ?? '';
  return (fields as readonly string[]).includes(first) ? (first as F) : null;
}
