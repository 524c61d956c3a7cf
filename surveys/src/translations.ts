import { Serializer } from 'survey-core';
import { isPlainObject } from './checker/problems.ts';
import type { InstrumentVersion, SurveyDefinition } from './types.ts';
import children47cy from '../translations/children-4-7/v1.cy.json';
import children47ar from '../translations/children-4-7/v1.ar.json';
import children811cy from '../translations/children-8-11/v1.cy.json';
import children811ar from '../translations/children-8-11/v1.ar.json';
import youngPeople1117cy from '../translations/young-people-11-17/v1.cy.json';
import youngPeople1117ar from '../translations/young-people-11-17/v1.ar.json';
import careLeavers1625cy from '../translations/care-leavers-16-25/v1.cy.json';
import careLeavers1625ar from '../translations/care-leavers-16-25/v1.ar.json';

/**
 * Instruments in several languages. English is the language an instrument is written and
 * published in; every other language is a translation file kept beside it as data
 * (`translations/<instrument>/v<version>.<language>.json`) that maps a stable key per
 * user-visible string to its wording. Translations never touch the published definition: they
 * are merged into a copy of it as SurveyJS multi-locale strings, so one download carries every
 * language and the browser switches with `survey.locale`. Answer values are never translated,
 * so an answer means the same whatever language it was given in.
 */

/** The language every instrument is written in; survey-core's "default" locale. */
export const SOURCE_LANGUAGE = 'en';

/** A language a child can choose at the start of a survey. */
export interface ShippedLanguage {
  /** survey-core locale code (ISO 639-1): what the web sets as `survey.locale` */
  code: string;
  /** the language's name in that language, as a child who reads it would look for it */
  name: string;
  /** writing direction: an 'rtl' language needs the page (or the survey's root) set to dir="rtl" */
  dir: 'ltr' | 'rtl';
}

/** Every language a child can choose, English first (the default). */
export const SHIPPED_LANGUAGES: readonly ShippedLanguage[] = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'cy', name: 'Cymraeg', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
];

/**
 * 'machine-draft': written without a qualified reviewer; must be checked by a fluent speaker
 * who knows the context before children see it. 'reviewed': checked, with `reviewedBy` set.
 */
export const TRANSLATION_STATUSES = ['machine-draft', 'reviewed'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

/** One language of one instrument version, as stored in its JSON file. */
export interface TranslationFile {
  language: string;
  instrument: string;
  version: number;
  status: TranslationStatus;
  /** who reviewed it (a name or role and organisation); null until it has been reviewed */
  reviewedBy: string | null;
  /** key (see {@link translatableStrings}) -> wording in `language` */
  strings: Record<string, string>;
}

/** One user-visible English string of a definition and the stable key a translation uses for it. */
export interface TranslatableString {
  key: string;
  text: string;
}

/** A language offered for one instrument version, as the server lists it for the web. */
export interface InstrumentLanguage extends ShippedLanguage {
  /** 'source' for English, otherwise the status of the translation file */
  status: 'source' | TranslationStatus;
}

/** An instrument version with every shipped language merged into its definition. */
export interface LocalisedInstrumentVersion extends InstrumentVersion {
  /** English first; the definition carries a string for each of these languages */
  languages: InstrumentLanguage[];
}

/** Every translation file that ships. A new file must be imported and listed here. */
export const TRANSLATIONS: readonly TranslationFile[] = [
  children47cy,
  children47ar,
  children811cy,
  children811ar,
  youngPeople1117cy,
  youngPeople1117ar,
  careLeavers1625cy,
  careLeavers1625ar,
] as TranslationFile[];

// ---------------------------------------------------------------------------------------------
// Finding the strings

/** survey-core stores a localised string as `{ "default": english, "<locale>": text }`. */
type LocalisedText = Record<string, string>;

/** Called once per translatable string, with a way to replace it in the JSON it came from. */
type Visit = (key: string, english: string, replace: (value: string | LocalisedText) => void) => void;

/** Strings without a letter ("7", "0800 1111") read the same in every language. */
function hasWords(text: string): boolean {
  return /\p{L}/u.test(text);
}

/** The English of a property value, whether a plain string or already a multi-locale object. */
function englishOf(value: unknown, where: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (isPlainObject(value)) {
    const english = value.default ?? value[SOURCE_LANGUAGE];
    if (typeof english === 'string') return english;
  }
  throw new Error(`${where} is a translatable text but is not a string; translations cannot cover it.`);
}

/**
 * A property survey-core translates: marked localizable, and words rather than a file or image
 * (imageLink and logo are localizable so that a picture can differ by language; ours do not).
 */
function isTextProperty(className: string, key: string): boolean {
  const prop = Serializer.findProperty(className, key);
  return prop !== null && prop !== undefined && prop.isLocalizable && prop.type !== 'file';
}

/** The item class (choiceitem, ratingitem, imageitemvalue...) of a list-of-items property, if it is one. */
function itemClassOf(className: string, key: string): string | undefined {
  const prop = Serializer.findProperty(className, key);
  if (!prop || !prop.className) return undefined;
  return Serializer.isDescendantOf(prop.className, 'itemvalue') ? prop.className : undefined;
}

function canonicalName(className: string, key: string): string {
  return Serializer.findProperty(className, key)?.name ?? key;
}

function visitProperties(
  json: Record<string, unknown>,
  className: string,
  prefix: string,
  where: string,
  visit: Visit,
  skip: readonly string[] = [],
): void {
  for (const [key, value] of Object.entries(json)) {
    if (skip.includes(key)) continue;
    if (isTextProperty(className, key)) {
      const english = englishOf(value, `${where}, "${key}"`);
      if (english !== undefined && hasWords(english)) {
        visit(`${prefix}.${canonicalName(className, key)}`, english, (v) => {
          json[key] = v;
        });
      }
      continue;
    }
    const itemClass = itemClassOf(className, key);
    if (itemClass !== undefined && Array.isArray(value)) {
      visitItems(value, itemClass, `${prefix}.${canonicalName(className, key)}`, `${where}, "${key}"`, visit);
    }
  }
}

function visitItems(items: unknown[], itemClass: string, prefix: string, where: string, visit: Visit): void {
  items.forEach((item, i) => {
    const itemWhere = `${where}[${i}]`;
    if (typeof item === 'string') {
      // A bare value is shown as it is: it is the English, and a translation turns it into an item with a text.
      if (hasWords(item)) visit(`${prefix}.${item}`, item, (v) => (items[i] = { value: item, text: v }));
      return;
    }
    if (!isPlainObject(item)) return;
    const value = item.value;
    if (typeof value !== 'string' && typeof value !== 'number') throw new Error(`${itemWhere} has no text or number value to key its translation by.`);
    const itemKey = `${prefix}.${String(value)}`;
    // The item's own text, or when it has none, its value, which is what survey-core then shows.
    const english = item.text === undefined ? String(value) : englishOf(item.text, `${itemWhere}, "text"`);
    if (english !== undefined && hasWords(english)) {
      visit(itemKey, english, (v) => {
        item.text = v;
      });
    }
    // Any other words an item class localises (none in our instruments) get keys below the item's.
    visitProperties(item, itemClass, itemKey, itemWhere, visit, ['text', 'value']);
  });
}

function nameOf(json: Record<string, unknown>, where: string): string {
  if (typeof json.name !== 'string' || json.name === '') {
    throw new Error(`${where} has no name; translations key their strings by element and page names, so every one needs a name.`);
  }
  return json.name;
}

function visitElements(elements: unknown, where: string, visit: Visit): void {
  if (!Array.isArray(elements)) return;
  elements.forEach((el, i) => {
    if (!isPlainObject(el)) return;
    const type = typeof el.type === 'string' ? el.type : '';
    const name = nameOf(el, `Element ${i + 1} of ${where}`);
    const elementWhere = `Element "${name}" (${type})`;
    if (!Serializer.findClass(type)) throw new Error(`${elementWhere} is of a type survey-core does not know.`);
    visitProperties(el, type, `elements.${name}`, elementWhere, visit);
    visitElements(el.elements, elementWhere, visit);
  });
}

/** Walks every translatable string of a definition, survey first, then each page in order. */
function visitDefinition(definition: SurveyDefinition, visit: Visit): void {
  const seen = new Set<string>();
  const once: Visit = (key, english, replace) => {
    if (seen.has(key)) throw new Error(`Two strings share the translation key "${key}"; element names and choice values must be unique.`);
    seen.add(key);
    visit(key, english, replace);
  };
  visitProperties(definition, 'survey', 'survey', 'The survey', once);
  visitElements(definition.elements, 'the survey', once);
  if (!Array.isArray(definition.pages)) return;
  definition.pages.forEach((page, i) => {
    if (!isPlainObject(page)) return;
    const name = nameOf(page, `Page ${i + 1}`);
    visitProperties(page, 'page', `pages.${name}`, `Page "${name}"`, once);
    visitElements(page.elements, `Page "${name}"`, once);
  });
}

/**
 * Every user-visible English string of a SurveyJS definition, each with a stable key: survey
 * texts (`survey.title`, `survey.completedHtml`, `survey.pageNextText`...), page texts
 * (`pages.<page>.title`), element texts (`elements.<name>.title`, `.description`, `.html`,
 * `.placeholder`, `.minRateDescription`...) and item texts keyed by value
 * (`elements.<name>.choices.<value>`, `elements.<name>.rateValues.<value>`).
 *
 * "User-visible" is what survey-core itself localises (its serializer's localizable
 * properties), less images; strings with no letters ("7") are left out as they read the same in
 * every language. Keys depend only on names and values, so rewording a string keeps its key.
 * Throws when a string cannot be keyed (an unnamed page or element, two strings on one key).
 */
export function translatableStrings(definition: SurveyDefinition): TranslatableString[] {
  const out: TranslatableString[] = [];
  visitDefinition(definition, (key, text) => out.push({ key, text }));
  return out;
}

/**
 * A copy of `definition` in which every translatable string is a survey-core multi-locale
 * string, `{ "default": english, "cy": welsh, "ar": arabic }`, with one entry per translation
 * given that has that key. English stays the default: a survey shows it until `locale` is set,
 * and shows it for any string a translation lacks. Names, values and logic are untouched, so the
 * answers a localised definition accepts are exactly those of the original. The original is not
 * changed.
 */
export function localiseDefinition(
  definition: SurveyDefinition,
  translations: readonly Pick<TranslationFile, 'language' | 'strings'>[],
): SurveyDefinition {
  for (const t of translations) {
    if (t.language === SOURCE_LANGUAGE || t.language === 'default' || t.language === '') {
      throw new Error(`A translation cannot be for "${t.language}": English is the definition itself.`);
    }
  }
  const copy = structuredClone(definition);
  visitDefinition(copy, (key, english, replace) => {
    const localised: LocalisedText = { default: english };
    let any = false;
    for (const t of translations) {
      const text = Object.prototype.hasOwnProperty.call(t.strings, key) ? t.strings[key] : undefined;
      if (typeof text === 'string' && text !== '') {
        localised[t.language] = text;
        any = true;
      }
    }
    if (any) replace(localised);
  });
  return copy;
}

// ---------------------------------------------------------------------------------------------
// Checking a translation

export type TranslationProblemCode =
  | 'wrong_file'
  | 'missing'
  | 'stale'
  | 'untranslated'
  | 'placeholders'
  | 'numbers'
  | 'markup'
  | 'number_direction';

export interface TranslationProblem {
  code: TranslationProblemCode;
  /** the string's key, when the problem is with one string */
  key?: string;
  message: string;
}

/** The `{variable}` placeholders survey-core fills in, sorted (word order may differ between languages). */
function placeholdersOf(text: string): string[] {
  return (text.match(/\{[^{}]+\}/g) ?? []).sort();
}

/** Runs of digits, sorted: a phone number or an age must survive translation whatever the word order. */
function numbersOf(text: string): string[] {
  return (text.match(/\d+/g) ?? []).sort();
}

/** Every HTML tag, in order, exactly as written. */
function tagsOf(text: string): string[] {
  return text.match(/<[^<>]+>/g) ?? [];
}

const LEFT_TO_RIGHT_ISOLATE = '\u2066';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * Numbers with spaces in them (0800 1111) whose digit groups a right-to-left paragraph would
 * show in reverse order ("1111 0800"), unless they sit in a left-to-right isolate.
 */
function unisolatedSpacedNumbers(text: string): string[] {
  const bad: string[] = [];
  for (const m of text.matchAll(/\d+(?:[ \u00a0]\d+)+/g)) {
    const before = text[m.index - 1];
    const after = text[m.index + m[0].length];
    if (before !== LEFT_TO_RIGHT_ISOLATE || after !== POP_DIRECTIONAL_ISOLATE) bad.push(m[0]);
  }
  return bad;
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Everything wrong with one translation file for a definition: strings with no translation (or an
 * empty one, or one left in English), keys the definition does not have, and translations that
 * lost or changed a `{placeholder}`, a number or an HTML tag. In a right-to-left language, a
 * number with spaces (a phone number) must also sit in a left-to-right isolate (U+2066 ... U+2069)
 * so its digits are not shown back to front. An empty list means the file is complete.
 */
export function checkTranslation(
  definition: SurveyDefinition,
  file: TranslationFile,
  expected?: { instrument: string; version: number },
): TranslationProblem[] {
  const found: TranslationProblem[] = [];
  if (expected && (file.instrument !== expected.instrument || file.version !== expected.version)) {
    found.push({ code: 'wrong_file', message: `The file says it is for ${file.instrument} v${file.version}, not ${expected.instrument} v${expected.version}.` });
  }
  const rtl = SHIPPED_LANGUAGES.find((l) => l.code === file.language)?.dir === 'rtl';
  const strings = translatableStrings(definition);
  const keys = new Set(strings.map((s) => s.key));
  for (const { key, text } of strings) {
    const translated = Object.prototype.hasOwnProperty.call(file.strings, key) ? file.strings[key] : undefined;
    if (typeof translated !== 'string' || translated.trim() === '') {
      found.push({ code: 'missing', key, message: `No ${file.language} for ${key}: ${JSON.stringify(text)}` });
      continue;
    }
    if (translated === text) found.push({ code: 'untranslated', key, message: `${key} is still in English: ${JSON.stringify(text)}` });
    if (!same(placeholdersOf(translated), placeholdersOf(text))) {
      found.push({ code: 'placeholders', key, message: `${key} must keep the placeholders ${placeholdersOf(text).join(' ') || '(none)'}, and has ${placeholdersOf(translated).join(' ') || 'none'}.` });
    }
    if (!same(numbersOf(translated), numbersOf(text))) {
      found.push({ code: 'numbers', key, message: `${key} must keep the numbers ${numbersOf(text).join(', ') || '(none)'}, and has ${numbersOf(translated).join(', ') || 'none'}.` });
    }
    if (!same(tagsOf(translated), tagsOf(text))) {
      found.push({ code: 'markup', key, message: `${key} must keep the HTML tags ${tagsOf(text).join('') || '(none)'} in order, and has ${tagsOf(translated).join('') || 'none'}.` });
    }
    if (rtl) {
      for (const n of unisolatedSpacedNumbers(translated)) {
        found.push({ code: 'number_direction', key, message: `${key}: in a right-to-left language, write "${n}" as "\\u2066${n}\\u2069" so it is not shown back to front.` });
      }
    }
  }
  for (const key of Object.keys(file.strings)) {
    if (!keys.has(key)) found.push({ code: 'stale', key, message: `${key} is not a string of this instrument version.` });
  }
  return found;
}

/**
 * A starting file for translating an instrument version into a new language: every key, each
 * holding the English to be replaced (so a translator sees what to translate in place).
 * {@link checkTranslation} reports every string still in English until it is done.
 */
export function translationTemplate(version: Pick<InstrumentVersion, 'id' | 'version' | 'definition'>, language: string): TranslationFile {
  return {
    language,
    instrument: version.id,
    version: version.version,
    status: 'machine-draft',
    reviewedBy: null,
    strings: Object.fromEntries(translatableStrings(version.definition).map((s) => [s.key, s.text])),
  };
}

// ---------------------------------------------------------------------------------------------
// Serving

/** The shipped translation files of one instrument version, in the order of SHIPPED_LANGUAGES. */
export function translationsOf(id: string, version: number): TranslationFile[] {
  const files = TRANSLATIONS.filter((t) => t.instrument === id && t.version === version);
  const order = (t: TranslationFile) => SHIPPED_LANGUAGES.findIndex((l) => l.code === t.language);
  return files.filter((t) => order(t) >= 0).sort((a, b) => order(a) - order(b));
}

/** The languages a child can choose for one instrument version: English, then each shipped translation. */
export function instrumentLanguages(id: string, version: number): InstrumentLanguage[] {
  const english = SHIPPED_LANGUAGES.find((l) => l.code === SOURCE_LANGUAGE)!;
  const out: InstrumentLanguage[] = [{ ...english, status: 'source' }];
  for (const t of translationsOf(id, version)) {
    const language = SHIPPED_LANGUAGES.find((l) => l.code === t.language)!;
    out.push({ ...language, status: t.status });
  }
  return out;
}

/**
 * An instrument version as the respondent app downloads it: the same fields, with a definition
 * that carries every shipped language (English the default) and the list of those languages.
 */
export function localiseInstrument(version: InstrumentVersion): LocalisedInstrumentVersion {
  return {
    ...version,
    definition: localiseDefinition(version.definition, translationsOf(version.id, version.version)),
    languages: instrumentLanguages(version.id, version.version),
  };
}
