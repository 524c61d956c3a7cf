import type { AnswerScale, ItemDefinition } from './types.ts';
import scalesJson from '../items/scales.json';
import itemsJson from '../items/item-bank.json';

/**
 * Every answer scale, in `items/scales.json`. A scale's codes are the values stored in a response;
 * `dont_know` and `rather_not_say` are real codes on every scale that asks for a view.
 */
export const SCALES: readonly AnswerScale[] = scalesJson as AnswerScale[];

/**
 * Every item (question) in `items/item-bank.json`. An item's id is the SurveyJS question `name`
 * in every instrument that asks it, so results can be compared across age bands and years.
 */
export const ITEMS: readonly ItemDefinition[] = itemsJson as ItemDefinition[];

// Lookups are built once: the bank is immutable data bundled with the package.
const itemsById = new Map(ITEMS.map((item) => [item.id, item]));
const scalesById = new Map(SCALES.map((scale) => [scale.id, scale]));

/** The item whose id (= SurveyJS question name) is `id`, or undefined when the bank has none. */
export function findItem(id: string): ItemDefinition | undefined {
  return itemsById.get(id);
}

/** The answer scale `id`, or undefined when there is none. */
export function findScale(id: string): AnswerScale | undefined {
  return scalesById.get(id);
}

/** The answer scale of item `itemId`, or undefined when the item (or its scale) is unknown. */
export function scaleOfItem(itemId: string): AnswerScale | undefined {
  const item = findItem(itemId);
  return item ? findScale(item.scale) : undefined;
}

/** The answer codes of scale `scaleId`, in display order (empty for free text or an unknown scale). */
export function scaleCodes(scaleId: string): string[] {
  return findScale(scaleId)?.codes.map((c) => c.code) ?? [];
}
