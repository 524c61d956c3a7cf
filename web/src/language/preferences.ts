import { useEffect, useSyncExternalStore } from 'react';
import type { AgeBand } from '@you-said/surveys';
import { appLanguage, DEFAULT_LANGUAGE, type LanguageCode } from './languages.ts';
import { messagesFor, type Messages } from './messages.ts';

/**
 * What the child chose on the start screen: the language, and whether each question is read out
 * as it appears. Kept in memory only (never in browser storage) and started afresh on every
 * start screen, so on a shared tablet one child's choice is never shown to the next.
 */
export interface Preferences {
  language: LanguageCode;
  /** null: the band's default (read aloud for 4-7s, not for older children). */
  autoRead: boolean | null;
}

const FRESH: Preferences = { language: DEFAULT_LANGUAGE, autoRead: null };
let current: Preferences = FRESH;
const listeners = new Set<() => void>();

function set(next: Preferences): void {
  if (next.language === current.language && next.autoRead === current.autoRead) return;
  current = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePreferences(): Preferences {
  return useSyncExternalStore(subscribe, () => current);
}

export function currentPreferences(): Preferences {
  return current;
}

export function chooseLanguage(language: LanguageCode): void {
  set({ ...current, language });
}

export function chooseAutoRead(autoRead: boolean): void {
  set({ ...current, autoRead });
}

export function resetPreferences(): void {
  set(FRESH);
}

/** The 4-7 survey is read aloud by default: those children answer with an adult, often pre-readers. */
export function autoReadFor(band: AgeBand, preferences: Preferences = current): boolean {
  return preferences.autoRead ?? band === '4-7';
}

/** What `createSurveyModel` needs to know of the child's choices for one band's survey. */
export function surveyPreferences(band: AgeBand): { language: LanguageCode; autoRead: boolean } {
  return { language: current.language, autoRead: autoReadFor(band) };
}

/** The app's words in the chosen language. */
export function useMessages(): Messages {
  return messagesFor(usePreferences().language);
}

// Which components want the document in which language, newest last: the page's `lang` and
// `dir` follow the newest, and go back to English once none is left.
const claims: { language: LanguageCode }[] = [];

function applyDocumentLanguage(): void {
  const language = claims.at(-1)?.language ?? DEFAULT_LANGUAGE;
  const root = document.documentElement;
  root.lang = language;
  root.dir = appLanguage(language).dir;
}

/**
 * Sets the page's `lang` and `dir` to `language` while the calling component is on screen, so a
 * screen reader speaks it in the right voice and Arabic is laid out right to left. Screens that
 * are not translated yet leave the page in English.
 */
export function useDocumentLanguage(language: LanguageCode): void {
  useEffect(() => {
    const claim = { language };
    claims.push(claim);
    applyDocumentLanguage();
    return () => {
      claims.splice(claims.indexOf(claim), 1);
      applyDocumentLanguage();
    };
  }, [language]);
}
