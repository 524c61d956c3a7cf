import { findInstrumentVersion, findItem, type SurveyDefinition } from '@you-said/surveys';

/** A question an instrument asks that the item bank knows, with the answer codes it offers, in order. */
export interface InstrumentItem {
  itemId: string;
  codes: string[];
}

/**
 * The item-bank questions a SurveyJS definition asks, in the order it asks them, each with the
 * answer codes of its choices (or rating values). Two waves' questions are comparable only when
 * the id and these codes are the same: the same id can offer different answers in different
 * instruments (the 4-7 survey's "know your social worker" has no "does not apply").
 */
export function instrumentItems(definition: SurveyDefinition): InstrumentItem[] {
  const out: InstrumentItem[] = [];
  const seen = new Set<string>();
  const visit = (element: unknown): void => {
    if (Array.isArray(element)) return element.forEach(visit);
    if (typeof element !== 'object' || element === null) return;
    const el = element as Record<string, unknown>;
    const name = el['name'];
    if (typeof name === 'string' && !seen.has(name) && findItem(name)) {
      const codes = codesOf(el);
      if (codes) {
        seen.add(name);
        out.push({ itemId: name, codes });
      }
    }
    for (const key of ['pages', 'elements', 'templateElements']) if (key in el) visit(el[key]);
  };
  visit(definition);
  return out;
}

/** `instrumentItems` of a published instrument version; throws when there is none. */
export function instrumentItemsFor(instrumentId: string, version: number): InstrumentItem[] {
  const found = findInstrumentVersion(instrumentId, version);
  if (!found) throw new Error(`no published instrument ${instrumentId} v${version}`);
  return instrumentItems(found.definition);
}

function codesOf(el: Record<string, unknown>): string[] | undefined {
  const list = Array.isArray(el['choices']) ? el['choices'] : Array.isArray(el['rateValues']) ? el['rateValues'] : undefined;
  if (list) {
    return list
      .map((c: unknown) => (typeof c === 'object' && c !== null ? (c as Record<string, unknown>)['value'] : c))
      .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
      .map(String);
  }
  if (el['type'] === 'rating') {
    const min = typeof el['rateMin'] === 'number' ? el['rateMin'] : 1;
    const max = typeof el['rateMax'] === 'number' ? el['rateMax'] : 5;
    const step = typeof el['rateStep'] === 'number' && el['rateStep'] > 0 ? el['rateStep'] : 1;
    const codes: string[] = [];
    for (let v = min; v <= max; v += step) codes.push(String(v));
    return codes;
  }
  return undefined;
}
