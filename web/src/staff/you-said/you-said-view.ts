import type { AgeBand } from '@you-said/surveys';
import { BANDS } from '../../bands.ts';
import type { Finding, ReportModel, YouSaidBody, YouSaidEntry } from '../report/report-types.ts';
import { WE_WILL_MAX, YOU_SAID_MAX } from '../report/report-types.ts';

/** A finding the council can answer, or the place for general points (finding null). */
export interface YouSaidGroup {
  key: string;
  band: AgeBand | null;
  itemId: string | null;
  finding: Finding | null;
  kind: 'bright_spot' | 'area_for_improvement' | 'general';
  entries: YouSaidEntry[];
}

function keyOf(band: AgeBand | null, itemId: string | null): string {
  return itemId === null ? 'general' : `${band ?? 'all'}/${itemId}`;
}

/**
 * The "you said, we will" entries arranged under what they answer: areas for improvement first
 * (that is what a panel asks about), then bright spots, then general points. An entry whose
 * finding is no longer in the report (the figures changed) keeps its own group rather than
 * vanishing.
 */
export function groupYouSaid(model: ReportModel, entries: readonly YouSaidEntry[]): YouSaidGroup[] {
  const groups = new Map<string, YouSaidGroup>();
  const add = (finding: Finding, kind: YouSaidGroup['kind']) => {
    const key = keyOf(finding.band, finding.itemId);
    if (!groups.has(key)) groups.set(key, { key, band: finding.band, itemId: finding.itemId, finding, kind, entries: [] });
  };
  for (const f of model.areasForImprovement) add(f, 'area_for_improvement');
  for (const f of model.brightSpots) add(f, 'bright_spot');
  const general: YouSaidGroup = { key: 'general', band: null, itemId: null, finding: null, kind: 'general', entries: [] };
  for (const entry of entries) {
    if (entry.itemId === null) {
      general.entries.push(entry);
      continue;
    }
    const key = keyOf(entry.band, entry.itemId);
    let group = groups.get(key);
    if (!group) {
      group = { key, band: entry.band, itemId: entry.itemId, finding: null, kind: 'general', entries: [] };
      groups.set(key, group);
    }
    group.entries.push(entry);
  }
  return [...groups.values(), general];
}

export interface YouSaidProblems {
  youSaid?: string;
  weWill?: string;
}

/** Checks an entry before it is sent; the server checks again. */
export function checkYouSaid(body: YouSaidBody): YouSaidProblems {
  const problems: YouSaidProblems = {};
  const youSaid = body.youSaid.trim();
  const weWill = body.weWill.trim();
  if (youSaid === '') problems.youSaid = 'Write what children and young people said.';
  else if (youSaid.length > YOU_SAID_MAX) problems.youSaid = `Keep this to ${YOU_SAID_MAX} characters or fewer (it has ${youSaid.length}).`;
  if (weWill === '') problems.weWill = 'Write what the council will do.';
  else if (weWill.length > WE_WILL_MAX) problems.weWill = `Keep this to ${WE_WILL_MAX} characters or fewer (it has ${weWill.length}).`;
  return problems;
}

/** The entries a band's child-friendly page will carry: its own and those about every band. */
export function entriesForBand(entries: readonly YouSaidEntry[], band: AgeBand): YouSaidEntry[] {
  return entries.filter((e) => e.band === null || e.band === band);
}

/** The bands in the report, in the order children see them. */
export function reportBands(model: ReportModel): AgeBand[] {
  return BANDS.filter((band) => model.bands.some((b) => b.band === band) || model.responseRates.bands.some((r) => r.band === band));
}
