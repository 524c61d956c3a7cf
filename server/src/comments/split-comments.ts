import { redactComment, safeguardingSignals } from '@you-said/analysis';
import { ITEMS, findScale } from '@you-said/surveys';
import type { SafeguardingState } from '../db/schema.ts';

/** The items whose answers are a child's own words: never kept with the coded answers. */
const FREE_TEXT_ITEMS: ReadonlySet<string> = new Set(ITEMS.filter((i) => findScale(i.scale)?.kind === 'text').map((i) => i.id));

/** A comment ready to store: redacted, with its safeguarding flag. The raw words go no further. */
export interface CommentToStore {
  item_id: string;
  text: string;
  masked: string[];
  flag_reasons: string[];
  safeguarding: SafeguardingState;
}

export interface SplitAnswers {
  /** every answer but the free text: what the responses table keeps */
  coded: Record<string, unknown>;
  comments: CommentToStore[];
}

/**
 * Takes a checked answer set apart: coded answers stay together; each free-text answer is read
 * for signs that the child may be at risk (on the raw words, so masking cannot hide them), then
 * redacted, and only the redacted text is kept. Blank free text is dropped.
 */
export function splitComments(answers: Record<string, unknown>): SplitAnswers {
  let coded: Record<string, unknown> | null = null;
  const comments: CommentToStore[] = [];
  for (const [key, value] of Object.entries(answers)) {
    if (!FREE_TEXT_ITEMS.has(key)) continue;
    coded ??= { ...answers };
    delete coded[key];
    if (typeof value !== 'string' || value.trim() === '') continue;
    const raw = value.trim();
    const signals = safeguardingSignals(raw);
    const redaction = redactComment(raw);
    comments.push({
      item_id: key,
      text: redaction.text,
      masked: redaction.masked,
      flag_reasons: signals.reasons,
      safeguarding: signals.flagged ? 'open' : 'none',
    });
  }
  return { coded: coded ?? answers, comments };
}

/** Whether an item's answers are free text (kept only in the comments store). */
export function isFreeTextItem(itemId: string): boolean {
  return FREE_TEXT_ITEMS.has(itemId);
}
