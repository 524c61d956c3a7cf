import { latestInstrumentForBand, type AgeBand } from '@you-said/surveys';

export interface PlainQuestion {
  name: string;
  type: string;
  visibleIf?: string;
  choices: string[];
}

/** The questions of a band's newest instrument, read straight from its JSON (for arranging tests). */
export function questionsOf(band: AgeBand): PlainQuestion[] {
  const out: PlainQuestion[] = [];
  const walk = (elements: unknown[], hidden: boolean) => {
    for (const el of elements as Record<string, unknown>[]) {
      const visibleIf = typeof el.visibleIf === 'string' ? el.visibleIf : undefined;
      if (Array.isArray(el.elements)) {
        walk(el.elements, hidden || Boolean(visibleIf));
        continue;
      }
      if (el.type === 'html') continue;
      const raw = (el.choices ?? el.rateValues ?? []) as unknown[];
      const choices = raw.map((c) => String(typeof c === 'object' && c !== null ? (c as { value: unknown }).value : c));
      out.push({
        name: String(el.name),
        type: String(el.type),
        ...(visibleIf || hidden ? { visibleIf: visibleIf ?? '(in a conditional panel)' } : {}),
        choices,
      });
    }
  };
  const def = latestInstrumentForBand(band)!.definition as { pages: { elements: unknown[]; visibleIf?: string }[] };
  for (const page of def.pages) walk(page.elements ?? [], Boolean(page.visibleIf));
  return out;
}

/** The first always-visible single-choice question of a band, with a valid and an invalid answer. */
export function aChoiceQuestion(band: AgeBand) {
  const q = questionsOf(band).find(
    (x) => !x.visibleIf && ['radiogroup', 'imagepicker', 'dropdown'].includes(x.type) && x.choices.length > 1,
  );
  if (!q) throw new Error(`no always-visible choice question in band ${band}`);
  return { name: q.name, valid: q.choices[0]!, invalid: 'definitely-not-a-choice' };
}

/** The first always-visible free-text question of a band. */
export function aTextQuestion(band: AgeBand) {
  const q = questionsOf(band).find((x) => !x.visibleIf && x.type === 'comment');
  if (!q) throw new Error(`no always-visible comment question in band ${band}`);
  return q.name;
}
