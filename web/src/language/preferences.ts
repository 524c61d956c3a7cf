import { useEffect, useSyncExternalStore } from 'react';
import type { AgeBand } from '@you-said/surveys';
import { appLanguage, DEFAULT_LANGUAGE, type LanguageCode } from './languages.ts';
import { loadMessages } from './language-packs.ts';
import { hasMessages, messagesFor, messagesVersion, subscribeToMessages, type Messages } from './messages.ts';

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

/** The child's choice of language; its words are fetched now if they are not here yet. */
export function chooseLanguage(language: LanguageCode): void {
  set({ ...current, language });
  void loadMessages(language);
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

/** The app's words in the chosen language (in English until they have arrived). */
export function useMessages(): Messages {
  return useMessagesIn(usePreferences().language);
}

/** The app's words in `language`, redrawn when they arrive. */
export function useMessagesIn(language: LanguageCode): Messages {
  useSyncExternalStore(subscribeToMessages, messagesVersion);
  return messagesFor(language);
}

/** The language a screen is shown in for a choice of `language`: itself once its words are here, English until then. */
export function useShownLanguage(language: LanguageCode): LanguageCode {
  useSyncExternalStore(subscribeToMessages, messagesVersion);
  return hasMessages(language) ? language : DEFAULT_LANGUAGE;
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
 * screen reader speaks it in the right voice and Arabic is laid out right to left: once the app's
 * words in it are here (the screen is in English until then). Screens that are not translated
 * yet leave the page in English.
 */
export function useDocumentLanguage(chosen: LanguageCode): void {
  const language = useShownLanguage(chosen);
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
