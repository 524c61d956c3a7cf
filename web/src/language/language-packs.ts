import { APP_LANGUAGES, isLanguageCode, type LanguageCode } from './languages.ts';
import { hasMessages, registerMessages, type Messages } from './messages.ts';

/**
 * Each language besides English is a pack fetched when a child chooses it: the app's words
 * (messages-cy.ts, ...) and survey-core's own (Back, Next, the "required" message, its
 * screen-reader labels). Most children answer in English, and a council may add several
 * languages, so none of them is in every child's first download. The service worker keeps a
 * pack once fetched; a group session's tablet fetches every pack as the session starts, so it
 * has them all offline (kiosk.tsx); a device set to one of the languages fetches that one as the
 * page opens (main.tsx).
 *
 * A pack that cannot be fetched (offline before the language was ever chosen) is not an error:
 * the app's words stay in English, survey-core's too, and the questions are still in the chosen
 * language, from the instrument.
 */
type OtherLanguage = Exclude<LanguageCode, 'en'>;

const MESSAGES: Record<OtherLanguage, () => Promise<{ default: Messages }>> = {
  cy: () => import('./messages-cy.ts'),
  ar: () => import('./messages-ar.ts'),
};

// Each file registers its strings with survey-core when it runs. They import survey-core, so they
// wait for the survey chunk.
const SURVEY_CORE: Record<OtherLanguage, () => Promise<unknown>> = {
  cy: () => import('survey-core/i18n/welsh'),
  ar: () => import('survey-core/i18n/arabic'),
};

const pending = new Map<string, Promise<boolean>>();

/** Runs `load` once per key; true once done, false if it failed (and may be tried again later). */
function once(key: string, load: () => Promise<unknown>): Promise<boolean> {
  let loading = pending.get(key);
  if (!loading) {
    loading = load().then(
      () => true,
      () => {
        pending.delete(key);
        return false;
      },
    );
    pending.set(key, loading);
  }
  return loading;
}

/** The app's own words in `language`; true once they are here. */
export function loadMessages(language: LanguageCode): Promise<boolean> {
  if (language === 'en' || hasMessages(language)) return Promise.resolve(true);
  return once(`messages:${language}`, () => MESSAGES[language]().then((m) => registerMessages(language, m.default)));
}

/** survey-core's words in `language`; true once they are registered. */
export function loadSurveyLocale(language: LanguageCode): Promise<boolean> {
  if (language === 'en') return Promise.resolve(true);
  return once(`survey-core:${language}`, SURVEY_CORE[language]);
}

/** Both halves of a language's pack; true if both arrived. */
export async function loadLanguage(language: LanguageCode): Promise<boolean> {
  const [messages, surveyCore] = await Promise.all([loadMessages(language), loadSurveyLocale(language)]);
  return messages && surveyCore;
}

/** Every language's pack (a group session's tablet, while it is online). */
export function loadEveryLanguage(): Promise<boolean[]> {
  return Promise.all(APP_LANGUAGES.map((l) => loadLanguage(l.code)));
}

/** The packs of the app's languages this device is set to, besides English. */
export function loadDeviceLanguages(preferred: readonly string[] = navigator.languages): void {
  const wanted = new Set(preferred.map((tag) => tag.split('-')[0]!.toLowerCase()));
  for (const code of wanted) if (code !== 'en' && isLanguageCode(code)) void loadLanguage(code);
}
