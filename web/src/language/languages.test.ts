import { beforeAll, describe, expect, it } from 'vitest';
import { loadEveryLanguage, loadMessages } from './language-packs.ts';
import { APP_LANGUAGES, instrumentLanguages, localisedText } from './languages.ts';
import { messagesFor, type Messages } from './messages.ts';

describe('instrumentLanguages', () => {
  it('offers only English for an instrument with no translations', () => {
    expect(instrumentLanguages({ title: 'Me and my life', pages: [] })).toEqual(['en']);
    expect(instrumentLanguages(undefined)).toEqual(['en']);
  });

  it("finds the languages an instrument's multi-locale strings carry, in the app's order", () => {
    const definition = {
      title: { default: 'Me and my life', ar: 'أنا وحياتي' },
      pages: [{ elements: [{ type: 'radiogroup', name: 'feel_safe', title: { default: 'Do you feel safe?', cy: "Wyt ti'n teimlo'n ddiogel?" } }] }],
    };
    expect(instrumentLanguages(definition)).toEqual(['en', 'cy', 'ar']);
  });

  it("follows the definition's own list of languages when it has one, leaving out any the app cannot show", () => {
    expect(instrumentLanguages({ languages: [{ code: 'ar' }, 'fr'], title: { default: 'x', cy: 'y' } })).toEqual(['en', 'ar']);
  });
});

describe('localisedText', () => {
  it('takes the string in the language asked for, or the default when there is none', () => {
    const title = { default: 'Me and my life', cy: 'Fi a fy mywyd' };
    expect(localisedText(title, 'cy')).toBe('Fi a fy mywyd');
    expect(localisedText(title, 'ar')).toBe('Me and my life');
    expect(localisedText('Plain', 'ar')).toBe('Plain');
    expect(localisedText(undefined, 'en')).toBeNull();
  });
});

/** Every message of a table, functions called with sample arguments, as text. */
function allText(m: Messages): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(m)) {
    if (typeof value === 'string') out[key] = value;
    else if (typeof value === 'function') {
      out[key] = String((value as (a: unknown, b?: unknown) => string)(key === 'noVoice' ? 'cy' : key === 'childlineFree' || key === 'trustedAdultWho' ? true : key === 'progress' ? 3 : 'Demo Council', 17));
    } else out[key] = Object.values(value as Record<string, string>).join('|');
  }
  return out;
}

describe('the respondent messages', () => {
  const english = allText(messagesFor('en'));
  beforeAll(async () => {
    expect(await loadEveryLanguage()).toEqual(APP_LANGUAGES.map(() => true));
  });

  for (const language of APP_LANGUAGES) {
    it(`has every message, none empty, in ${language.name}`, () => {
      const text = allText(messagesFor(language.code));
      expect(Object.keys(text).sort()).toEqual(Object.keys(english).sort());
      for (const [key, value] of Object.entries(text)) expect(value.trim(), key).not.toBe('');
    });
  }

  it('is translated, not English, in Welsh and Arabic (apart from the names of languages)', () => {
    for (const code of ['cy', 'ar'] as const) {
      const text = allText(messagesFor(code));
      for (const [key, value] of Object.entries(text)) if (key !== 'languageName') expect(value, `${code} ${key}`).not.toBe(english[key]);
    }
  });

  it('names the language a device cannot read, in the words of the page', () => {
    expect(messagesFor('en').noVoice('cy')).toBe("This device can't read Welsh aloud. Ask the adult helping you to read it.");
    expect(messagesFor('cy').noVoice('cy')).toContain('Cymraeg');
    expect(messagesFor('ar').noVoice('ar')).toContain('العربية');
  });

  it('keeps the visible word "Listen" inside every Listen button\'s spoken name', () => {
    for (const language of APP_LANGUAGES) {
      const m = messagesFor(language.code);
      for (const name of [m.listenToQuestion, m.listenToPart, m.listenToAnswer('x')]) expect(name).toContain(m.listen);
    }
  });
});

describe('language packs', () => {
  it('gives English words for a language until its pack has arrived, then its own', async () => {
    // A fresh copy of the modules, so no earlier test has loaded Welsh yet.
    const { vi } = await import('vitest');
    vi.resetModules();
    const messages = await import('./messages.ts');
    const packs = await import('./language-packs.ts');
    expect(messages.hasMessages('cy')).toBe(false);
    expect(messages.messagesFor('cy').start).toBe(messages.messagesFor('en').start);
    const version = messages.messagesVersion();
    expect(await packs.loadMessages('cy')).toBe(true);
    expect(messages.hasMessages('cy')).toBe(true);
    expect(messages.messagesVersion()).toBeGreaterThan(version);
    expect(messages.messagesFor('cy').start).not.toBe(messages.messagesFor('en').start);
  });

  it('registers survey-core\'s own words for a language when its pack arrives', async () => {
    const { surveyLocalization } = await import('survey-core');
    expect(await loadMessages('ar')).toBe(true);
    const { loadSurveyLocale } = await import('./language-packs.ts');
    expect(await loadSurveyLocale('ar')).toBe(true);
    expect(surveyLocalization.locales.ar?.pageNextText).toBeTruthy();
    expect(surveyLocalization.locales.ar?.pageNextText).not.toBe(surveyLocalization.locales.en?.pageNextText);
  });
});
