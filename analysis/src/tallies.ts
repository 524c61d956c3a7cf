import { AGE_BANDS, ITEMS, findScale, type AgeBand } from '@you-said/surveys';

/**
 * How many completed responses a council's wave has in one age band: the numerator of the
 * response rate. Kept apart from the answer counts because a child may skip every question.
 */
export interface ResponseTally {
  councilId: string;
  waveId: string;
  band: AgeBand;
  responses: number;
}

/**
 * How many responses gave answer code `code` to item `itemId`. For a checkbox item each chosen
 * code counts once per response. Rows with a count of 0 may be left out: a missing row is 0.
 */
export interface AnswerTally {
  councilId: string;
  waveId: string;
  band: AgeBand;
  itemId: string;
  code: string;
  count: number;
}

/** Everything the report needs from the responses: counts only, never an answer or a comment. */
export interface Tallies {
  responses: ResponseTally[];
  answers: AnswerTally[];
}

/** One stored response, as held in memory (the server's row, mapped; or a test's fixture). */
export interface ResponseForTally {
  councilId: string;
  waveId: string;
  band: AgeBand;
  answers: Record<string, unknown>;
}

/**
 * The items tallied by default: every item in the bank whose answers are codes (free text and
 * unknown keys are never tallied, so a child's words cannot end up in a count's label).
 */
export function talliedItemIds(): string[] {
  return ITEMS.filter((item) => {
    const kind = findScale(item.scale)?.kind;
    return kind === 'choice' || kind === 'multi' || kind === 'number';
  }).map((item) => item.id);
}

/**
 * The answer codes one stored answer contributes, by the rules the SQL tallies follow too:
 * missing, null, '' or whitespace-only means not answered; a string is its own code; a number or
 * boolean counts as its text (7 -> '7'); an array (checkbox) gives each distinct chosen code
 * once, skipping blank elements; anything else (an object) is not a code and is not counted.
 */
export function answerCodes(value: unknown): string[] {
  if (Array.isArray(value)) {
    const codes = new Set<string>();
    for (const element of value) {
      const code = scalarCode(element);
      if (code !== undefined) codes.add(code);
    }
    return [...codes];
  }
  const code = scalarCode(value);
  return code === undefined ? [] : [code];
}

function scalarCode(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'boolean') return String(value);
  return undefined;
}

/**
 * Builds from responses held in memory exactly the tallies the server's SQL builds from stored
 * ones, so `buildReport` over either gives the same report. Rows are sorted (council, wave,
 * band, item, code) and only non-zero counts appear. `itemIds` limits the items tallied
 * (default: `talliedItemIds()`).
 */
export function talliesFromResponses(responses: readonly ResponseForTally[], itemIds: readonly string[] = talliedItemIds()): Tallies {
  const items = new Set(itemIds);
  const responseCounts = new Map<string, ResponseTally>();
  const answerCounts = new Map<string, AnswerTally>();
  for (const r of responses) {
    const rKey = JSON.stringify([r.councilId, r.waveId, r.band]);
    const rt = responseCounts.get(rKey) ?? { councilId: r.councilId, waveId: r.waveId, band: r.band, responses: 0 };
    rt.responses++;
    responseCounts.set(rKey, rt);
    for (const [itemId, value] of Object.entries(r.answers)) {
      if (!items.has(itemId)) continue;
      for (const code of answerCodes(value)) {
        const aKey = JSON.stringify([r.councilId, r.waveId, r.band, itemId, code]);
        const at = answerCounts.get(aKey) ?? { councilId: r.councilId, waveId: r.waveId, band: r.band, itemId, code, count: 0 };
        at.count++;
        answerCounts.set(aKey, at);
      }
    }
  }
  return {
    responses: [...responseCounts.values()].sort(compareKeys),
    answers: [...answerCounts.values()].sort(compareKeys),
  };
}

const bandOrder = (band: AgeBand) => AGE_BANDS.indexOf(band);

function compareKeys(
  x: { councilId: string; waveId: string; band: AgeBand; itemId?: string; code?: string },
  y: { councilId: string; waveId: string; band: AgeBand; itemId?: string; code?: string },
): number {
  return (
    cmp(x.councilId, y.councilId) ||
    cmp(x.waveId, y.waveId) ||
    bandOrder(x.band) - bandOrder(y.band) ||
    cmp(x.itemId ?? '', y.itemId ?? '') ||
    cmp(x.code ?? '', y.code ?? '')
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
