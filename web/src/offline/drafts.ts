import type { AgeBand } from '@you-said/surveys';
import { isLanguageCode, type LanguageCode } from '../language/languages.ts';
import type { ResponseMode } from '../response-body.ts';

/**
 * Answers in progress, kept on the child's own device (never on a group session's shared
 * tablet) so that a child who closes the page can carry on where they left off. One draft per
 * wave, band and instrument version: answers to one version must never be offered to another.
 * A draft is removed when the child starts again, and once the finished response is safely in
 * the device's outbox (or stored by the server).
 */

export interface DraftKey {
  wave: string;
  band: AgeBand;
  instrument: string;
  version: number;
}

export interface Draft {
  mode: ResponseMode;
  /** the survey-core model's data: question name to answer */
  data: Record<string, unknown>;
  /** the page the child was on (survey-core's `currentPageNo`) */
  page: number;
  /** the calendar date it was last saved, so old drafts can be cleared; never a time */
  savedOn: string;
  /** set when the server refused the finished answers: what it said */
  refusal?: string;
  /** the language the child was answering in, and whether questions were read out, to carry on alike */
  language?: LanguageCode;
  autoRead?: boolean;
}

const PREFIX = 'you-said:draft:';
/** A draft nobody came back to for this long belongs to a wave that has closed. */
const KEEP_DAYS = 120;

export function draftStorageKey(key: DraftKey): string {
  return `${PREFIX}${encodeURIComponent(key.wave)}/${key.band}/${encodeURIComponent(key.instrument)}@${key.version}`;
}

const MODES: readonly string[] = ['own_device', 'with_adult', 'group_session'];

/** Reads a stored draft, or null if the text is not one (an older format, or tampered with). */
export function parseDraft(text: string | null): Draft | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { mode, data, page, savedOn, refusal, language, autoRead } = value as Record<string, unknown>;
  if (typeof mode !== 'string' || !MODES.includes(mode) || mode === 'group_session') return null;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  if (typeof page !== 'number' || !Number.isInteger(page) || page < 0) return null;
  if (typeof savedOn !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(savedOn)) return null;
  return {
    mode: mode as ResponseMode,
    data: data as Record<string, unknown>,
    page,
    savedOn,
    ...(typeof refusal === 'string' && refusal !== '' ? { refusal } : {}),
    ...(isLanguageCode(language) ? { language } : {}),
    ...(typeof autoRead === 'boolean' ? { autoRead } : {}),
  };
}

/** Whether a draft has anything worth offering back: at least one answer (or a refusal to explain). */
export function isWorthResuming(draft: Draft): boolean {
  return Object.keys(draft.data).length > 0 || draft.refusal !== undefined;
}

/** This device's localStorage, or null where it is missing or blocked (some private modes). */
export function deviceStorage(): Storage | null {
  try {
    const storage = globalThis.localStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}

export function readDraft(storage: Storage | null, key: DraftKey): Draft | null {
  if (!storage) return null;
  try {
    return parseDraft(storage.getItem(draftStorageKey(key)));
  } catch {
    return null;
  }
}

/** Saves a draft; false if the device would not keep it (storage full or blocked). */
export function writeDraft(storage: Storage | null, key: DraftKey, draft: Draft): boolean {
  if (!storage) return false;
  try {
    storage.setItem(draftStorageKey(key), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function removeDraft(storage: Storage | null, key: DraftKey): void {
  try {
    storage?.removeItem(draftStorageKey(key));
  } catch {
    // Nothing more can be done; a blocked storage holds nothing either.
  }
}

/** The draft keys in `storage` whose draft was last saved more than KEEP_DAYS before `today`. */
export function staleDraftKeys(entries: [string, string | null][], today: string, keepDays = KEEP_DAYS): string[] {
  const limit = Date.parse(`${today}T00:00:00Z`) - keepDays * 86_400_000;
  return entries
    .filter(([name]) => name.startsWith(PREFIX))
    .filter(([, text]) => {
      const draft = parseDraft(text);
      return draft === null || Date.parse(`${draft.savedOn}T00:00:00Z`) < limit;
    })
    .map(([name]) => name);
}

/** Clears drafts nobody has come back to for months (and any that can no longer be read). */
export function forgetStaleDrafts(storage: Storage | null, today: string): void {
  if (!storage) return;
  try {
    const entries: [string, string | null][] = [];
    for (let i = 0; i < storage.length; i++) {
      const name = storage.key(i);
      if (name !== null) entries.push([name, storage.getItem(name)]);
    }
    for (const name of staleDraftKeys(entries, today)) storage.removeItem(name);
  } catch {
    // Blocked storage: nothing to clear.
  }
}
