import type { AgeBand } from '@you-said/surveys';
import type { Loaded } from '../api.ts';
import { isAgeBand } from '../bands.ts';

// The child-friendly results, as the public API gives them: what both the results page and the
// links to it on a closed wave's page need. Kept apart from the page, so the page (pictures,
// its own styles) can load only when a child opens it.

export type Picture = 'happy' | 'ok' | 'sad';

export interface ChildSentence {
  itemId: string;
  text: string;
  picture: Picture;
  outOfTen: number;
}

export interface ChildResults {
  council: { name: string };
  wave: { label: string };
  band: AgeBand;
  /** how many children answered; null when the number is not shown */
  children: number | null;
  goingWell: ChildSentence[];
  toImprove: ChildSentence[];
  weWill: { youSaid: string; weWill: string }[];
}

/** Where the published page's figures come from (docs/api-report.md). */
export function childResultsUrl(slug: string, band: AgeBand): string {
  return `/api/waves/${encodeURIComponent(slug)}/results/${encodeURIComponent(band)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readSentence(body: unknown): ChildSentence | null {
  if (!isRecord(body) || typeof body.text !== 'string' || typeof body.outOfTen !== 'number' || !Number.isFinite(body.outOfTen)) return null;
  const picture: Picture = body.picture === 'happy' || body.picture === 'sad' ? body.picture : 'ok';
  return { itemId: typeof body.itemId === 'string' ? body.itemId : '', text: body.text, picture, outOfTen: Math.max(0, Math.min(10, Math.round(body.outOfTen))) };
}

function list<T>(value: unknown, read: (v: unknown) => T | null): T[] {
  return Array.isArray(value) ? value.flatMap((v) => {
    const one = read(v);
    return one === null ? [] : [one];
  }) : [];
}

/** Checks the public answer; a hidden count of children stays hidden (null), never 0. */
export function readChildResults(body: unknown): ChildResults | null {
  if (!isRecord(body) || !isRecord(body.council) || typeof body.council.name !== 'string') return null;
  if (!isRecord(body.wave) || typeof body.wave.label !== 'string' || typeof body.band !== 'string' || !isAgeBand(body.band)) return null;
  const children = isRecord(body.children) && body.children.suppressed === false && typeof body.children.value === 'number' && Number.isFinite(body.children.value) ? body.children.value : null;
  return {
    council: { name: body.council.name },
    wave: { label: body.wave.label },
    band: body.band,
    children,
    goingWell: list(body.goingWell, readSentence),
    toImprove: list(body.toImprove, readSentence),
    weWill: list(body.weWill, (w) => (isRecord(w) && typeof w.youSaid === 'string' && typeof w.weWill === 'string' ? { youSaid: w.youSaid, weWill: w.weWill } : null)),
  };
}

// A published page does not change while a child reads it: one fetch serves the link check on
// the wave page and the page itself.
const loaded = new Map<string, Loaded<ChildResults>>();

export async function loadChildResults(slug: string, band: AgeBand, signal?: AbortSignal): Promise<Loaded<ChildResults>> {
  const key = `${slug}/${band}`;
  const known = loaded.get(key);
  if (known) return known;
  let result: Loaded<ChildResults>;
  try {
    const response = await fetch(childResultsUrl(slug, band), { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
    if (response.status === 404) result = { kind: 'not_found' };
    else if (!response.ok) return { kind: 'unavailable' };
    else {
      const value = readChildResults(await response.json());
      if (value === null) return { kind: 'unavailable' };
      result = { kind: 'ok', value };
    }
  } catch (error) {
    if (signal?.aborted) throw error;
    return { kind: 'unavailable' };
  }
  loaded.set(key, result);
  return result;
}
