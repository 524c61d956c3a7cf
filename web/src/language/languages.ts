import type { SurveyDefinition } from '@you-said/surveys';

/**
 * The languages the respondent app can speak to a child in: its own words (start screen, help,
 * thank-you, Listen buttons) and survey-core's (Back, Next, "Page 1 of 9"). An instrument is
 * offered in one of these only when its definition carries that translation too.
 */
export const APP_LANGUAGES = [
  { code: 'en', name: 'English', dir: 'ltr', speech: 'en-GB' },
  { code: 'cy', name: 'Cymraeg', dir: 'ltr', speech: 'cy-GB' },
  { code: 'ar', name: 'العربية', dir: 'rtl', speech: 'ar' },
] as const;

export type LanguageCode = (typeof APP_LANGUAGES)[number]['code'];
export type AppLanguage = (typeof APP_LANGUAGES)[number];

export const DEFAULT_LANGUAGE: LanguageCode = 'en';

export function isLanguageCode(value: unknown): value is LanguageCode {
  return APP_LANGUAGES.some((l) => l.code === value);
}

export function appLanguage(code: LanguageCode): AppLanguage {
  return APP_LANGUAGES.find((l) => l.code === code) ?? APP_LANGUAGES[0];
}

/**
 * The app languages an instrument definition can be answered in, in the app's order. The
 * definition's own `languages` list decides when it has one; otherwise the languages its
 * SurveyJS multi-locale strings (`{ "default": ..., "cy": ... }`) carry. English, SurveyJS's
 * default locale, is always there.
 */
export function instrumentLanguages(definition: SurveyDefinition | undefined): LanguageCode[] {
  if (!definition) return [DEFAULT_LANGUAGE];
  const found = new Set<string>([DEFAULT_LANGUAGE]);
  const declared = definition.languages;
  if (Array.isArray(declared)) {
    for (const entry of declared) {
      if (typeof entry === 'string') found.add(entry);
      else if (entry && typeof entry === 'object' && typeof (entry as { code?: unknown }).code === 'string') {
        found.add((entry as { code: string }).code);
      }
    }
  } else {
    collectLocales(definition, found);
  }
  return APP_LANGUAGES.map((l) => l.code).filter((code) => found.has(code));
}

function collectLocales(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) collectLocales(v, into);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (typeof record.default === 'string') {
    for (const [key, v] of Object.entries(record)) if (key !== 'default' && typeof v === 'string') into.add(key);
  }
  for (const v of Object.values(record)) if (v && typeof v === 'object') collectLocales(v, into);
}

/** A string of an instrument definition (plain, or SurveyJS multi-locale) in one language. */
export function localisedText(value: unknown, language: LanguageCode): string | null {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  const text = record[language] ?? (language === DEFAULT_LANGUAGE ? record.en : undefined) ?? record.default;
  return typeof text === 'string' ? text : null;
}
