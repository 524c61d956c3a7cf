import { appLanguage, type LanguageCode } from './languages.ts';
import { chooseLanguage } from './preferences.ts';

/**
 * The start screen's choice of language. Each language is named in itself ("Cymraeg",
 * "العربية") and marked with its own `lang` and direction, so a child finds theirs whatever
 * language the page is in, and a screen reader says each name in the right voice.
 */
export function LanguagePicker({ languages, chosen, legend }: { languages: readonly LanguageCode[]; chosen: LanguageCode; legend: string }) {
  return (
    <fieldset className="choices language-picker">
      <legend>{legend}</legend>
      {languages.map((code) => {
        const language = appLanguage(code);
        return (
          <label key={code} className="choice" lang={code} dir={language.dir}>
            <input
              type="radio"
              name="language"
              value={code}
              checked={code === chosen}
              onChange={() => chooseLanguage(code)}
              data-testid={`language-${code}`}
            />
            {language.name}
          </label>
        );
      })}
    </fieldset>
  );
}
