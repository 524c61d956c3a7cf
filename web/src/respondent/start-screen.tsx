import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { AgeBand, SurveyDefinition } from '@you-said/surveys';
import { LanguagePicker } from '../language/language-picker.tsx';
import { instrumentLanguages, localisedText } from '../language/languages.ts';
import { autoReadFor, chooseAutoRead, resetPreferences, useDocumentLanguage, useMessagesIn, usePreferences, useShownLanguage } from '../language/preferences.ts';
import type { ResponseMode } from '../response-body.ts';
import { LoadFailed, PageHeading } from '../ui.tsx';
import { HelpNow } from './help-now.tsx';

export type InstrumentReadiness = 'loading' | 'ready' | 'unavailable' | 'not_found';

interface StartScreenProps {
  band: AgeBand;
  /** Whether to ask "who is with you" (not for the youngest, nor in a group session). */
  asksMode: boolean;
  title: string;
  councilName: string;
  advocacyService: string;
  mode: ResponseMode | null;
  onModeChange: (mode: ResponseMode) => void;
  readiness: InstrumentReadiness;
  onReload: () => void;
  onStart: () => void;
  /** The instrument, once loaded: which languages it can be answered in, and its title in each. */
  definition?: SurveyDefinition | undefined;
}

/**
 * Before the questions: the language, it is anonymous, anything can be skipped, where help is,
 * and whether questions are read out by themselves.
 */
export function StartScreen(props: StartScreenProps) {
  const { band, asksMode, title, councilName, advocacyService, mode, onModeChange, readiness, onReload, onStart, definition } = props;
  const [modeMissing, setModeMissing] = useState(false);
  const modeHintId = useId();
  const autoReadHintId = useId();
  const firstModeRef = useRef<HTMLInputElement>(null);
  const preferences = usePreferences();
  // Every start screen begins in English with the band's reading default: on a shared tablet,
  // nothing of the last child's choices may show.
  useLayoutEffect(() => resetPreferences(), []);
  const languages = instrumentLanguages(definition);
  const language = languages.includes(preferences.language) ? preferences.language : 'en';
  // The screen changes language all at once, when the chosen language's words have arrived.
  const shown = useShownLanguage(language);
  const m = useMessagesIn(shown);
  useDocumentLanguage(language);
  const shownTitle = localisedText(definition?.title, shown) ?? title;
  useEffect(() => {
    document.title = `${shownTitle} – You Said`;
  }, [shownTitle]);

  const start = () => {
    if (mode === null) {
      setModeMissing(true);
      firstModeRef.current?.focus();
      return;
    }
    onStart();
  };

  return (
    <section className="start">
      <p className="eyebrow">{councilName}</p>
      {/* `title` stays the same whatever the language, so choosing one does not move the focus to the heading. */}
      <PageHeading title={title}>{shownTitle}</PageHeading>

      {languages.length > 1 && <LanguagePicker languages={languages} chosen={language} legend={m.languageLegend} />}

      {band === '4-7' ? (
        <>
          <p className="lead">{m.grownUpLead}</p>
          <p className="note">{m.grownUpNote}</p>
        </>
      ) : (
        <p className="lead">{m.lead(councilName)}</p>
      )}

      <ul className="promises">
        <li>
          <strong>{m.promiseAnonymous}</strong> {m.promiseAnonymousMore}
        </li>
        <li>
          <strong>{m.promiseSkip}</strong> {m.promiseSkipMore}
        </li>
        <li>{m.promiseNoWrong}</li>
      </ul>

      <HelpNow advocacyService={advocacyService} band={band} heading={m.startHelpHeading} />

      {asksMode && (
        <fieldset className="choices" aria-describedby={modeMissing ? modeHintId : undefined}>
          <legend>{m.whoIsWithYou}</legend>
          <label className="choice">
            <input
              ref={firstModeRef}
              type="radio"
              name="mode"
              value="own_device"
              checked={mode === 'own_device'}
              onChange={() => {
                onModeChange('own_device');
                setModeMissing(false);
              }}
              data-testid="mode-own_device"
            />
            {m.justMe}
          </label>
          <label className="choice">
            <input
              type="radio"
              name="mode"
              value="with_adult"
              checked={mode === 'with_adult'}
              onChange={() => {
                onModeChange('with_adult');
                setModeMissing(false);
              }}
              data-testid="mode-with_adult"
            />
            {band === '16-25' ? m.someoneHelping : m.adultHelping}
          </label>
          {modeMissing && (
            <p id={modeHintId} className="field-hint" role="alert">
              {m.chooseFirst}
            </p>
          )}
        </fieldset>
      )}

      <div className="auto-read">
        <label className="choice">
          <input
            type="checkbox"
            checked={autoReadFor(band, preferences)}
            onChange={(event) => chooseAutoRead(event.target.checked)}
            aria-describedby={autoReadHintId}
            data-testid="auto-read"
          />
          {m.autoRead}
        </label>
        <p id={autoReadHintId} className="muted small">
          {m.autoReadHint}
        </p>
      </div>

      {readiness === 'unavailable' && <LoadFailed onRetry={onReload} />}
      {readiness === 'not_found' && (
        <p className="notice" role="alert">
          {m.notAvailable}
        </p>
      )}
      {(readiness === 'ready' || readiness === 'loading') && (
        <button
          type="button"
          className="button start-button"
          onClick={start}
          disabled={readiness !== 'ready'}
          data-testid="start-survey"
        >
          {readiness === 'ready' ? m.start : m.gettingReady}
        </button>
      )}
    </section>
  );
}
