import type { AgeBand } from '@you-said/surveys';
import type { ApiError } from '../staff-api.ts';
import type { StaffComment, Theme } from '../report/report-types.ts';

/** How a kind of masked detail reads: "a name", "a school". Unknown kinds read as themselves. */
const MASKED: Record<string, string> = {
  name: 'a name',
  school: 'a school',
  place: 'a place',
  address: 'an address',
  postcode: 'a postcode',
  phone: 'a phone number',
  email: 'an email address',
  url: 'a web address',
  date: 'a date',
  number: 'a number',
  handle: 'a social media name',
};

export function maskedWords(kind: string): string {
  return MASKED[kind] ?? kind.replace(/_/g, ' ');
}

/** Why a comment was flagged, in words; an unknown reason reads as itself. */
export function flagWords(reason: string): string {
  const known: Record<string, string> = {
    harm: 'mentions harm',
    self_harm: 'mentions self-harm',
    abuse: 'mentions abuse',
    danger: 'says they are not safe',
    unsafe: 'says they are not safe',
    suicide: 'mentions suicide',
    help: 'asks for help',
  };
  return known[reason] ?? reason.replace(/_/g, ' ');
}

export interface ThemeChips {
  /** confirmed for this comment, in the council's order (a retired theme keeps its place last) */
  confirmed: { id: string; label: string }[];
  /** suggested and not yet confirmed: one click confirms each */
  suggested: Theme[];
  /** every other current theme, for "add another" */
  others: Theme[];
}

/** The theme chips a comment shows. */
export function themeChips(comment: StaffComment, themes: readonly Theme[]): ThemeChips {
  const confirmedIds = comment.themes ?? [];
  const known = new Map(themes.map((t) => [t.id, t]));
  const confirmed = [
    ...themes.filter((t) => confirmedIds.includes(t.id)).map((t) => ({ id: t.id, label: t.label })),
    ...confirmedIds.filter((id) => !known.has(id)).map((id) => ({ id, label: 'a theme no longer in use' })),
  ];
  const suggested = themes.filter((t) => comment.suggestedThemes.includes(t.id) && !confirmedIds.includes(t.id));
  const others = themes.filter((t) => !comment.suggestedThemes.includes(t.id) && !confirmedIds.includes(t.id));
  return { confirmed, suggested, others };
}

/** The confirmed list with one theme added (confirming a comment that had none yet). */
export function withTheme(comment: StaffComment, themeId: string): string[] {
  const current = comment.themes ?? [];
  return current.includes(themeId) ? current : [...current, themeId];
}

export function withoutTheme(comment: StaffComment, themeId: string): string[] {
  return (comment.themes ?? []).filter((id) => id !== themeId);
}

export type ReviewStatus = 'to_review' | 'reviewed' | 'quotes' | 'all';

export interface CommentFilter {
  band: AgeBand | 'all';
  status: ReviewStatus;
}

export function filterComments(comments: readonly StaffComment[], filter: CommentFilter): StaffComment[] {
  return comments.filter((c) => {
    if (filter.band !== 'all' && c.band !== filter.band) return false;
    if (filter.status === 'to_review') return c.themes === null;
    if (filter.status === 'reviewed') return c.themes !== null;
    if (filter.status === 'quotes') return c.quote === 'approved';
    return true;
  });
}

/** How many comments still need their themes confirmed. */
export function toReviewCount(comments: readonly StaffComment[]): number {
  return comments.filter((c) => c.themes === null).length;
}

/** What to say when a change to a comment is refused; the 409 for quoting gets plain words. */
export function changeErrorMessage(error: ApiError): string {
  if (error.code === 'too_few_to_quote') {
    return 'Too few children in this age band wrote comments for any of them to be quoted without risk of identifying them. This comment still counts towards its themes.';
  }
  return error.message;
}

/** "family, contact,  , visits" → ['family', 'contact', 'visits']; case kept, duplicates dropped. */
export function parseKeywords(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[,\n]/)) {
    const word = raw.trim();
    if (word === '' || seen.has(word.toLowerCase())) continue;
    seen.add(word.toLowerCase());
    out.push(word);
  }
  return out;
}

export interface ThemeDraft {
  /** the key React keeps it by; a new row has no server id yet */
  key: string;
  id?: string;
  label: string;
  keywords: string;
}

export function draftsOf(themes: readonly Theme[]): ThemeDraft[] {
  return themes.map((t) => ({ key: t.id, id: t.id, label: t.label, keywords: t.keywords.join(', ') }));
}

/** Checks the theme list before it replaces the council's: each needs a label, and no two the same. */
export function checkThemes(drafts: readonly ThemeDraft[]): Record<string, string> {
  const problems: Record<string, string> = {};
  const seen = new Map<string, string>();
  for (const d of drafts) {
    const label = d.label.trim();
    if (label === '') {
      problems[d.key] = 'Give the theme a name.';
      continue;
    }
    if (label.length > 80) {
      problems[d.key] = 'Keep the name to 80 characters or fewer.';
      continue;
    }
    if (parseKeywords(d.keywords).some((k) => k.length > 60)) {
      problems[d.key] = 'Keep each keyword to 60 characters or fewer.';
      continue;
    }
    if (parseKeywords(d.keywords).length > 50) {
      problems[d.key] = 'Use at most 50 keywords for one theme.';
      continue;
    }
    const lower = label.toLowerCase();
    if (seen.has(lower)) problems[d.key] = `There is already a theme called "${label}".`;
    else seen.set(lower, d.key);
  }
  return problems;
}

export function themesBody(drafts: readonly ThemeDraft[]): { id?: string; label: string; keywords: string[] }[] {
  return drafts.map((d) => ({ ...(d.id ? { id: d.id } : {}), label: d.label.trim(), keywords: parseKeywords(d.keywords) }));
}
