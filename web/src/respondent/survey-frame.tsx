import { useEffect, useRef, type ReactNode } from 'react';
import type { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import { appLanguage, DEFAULT_LANGUAGE, isLanguageCode } from '../language/languages.ts';
import { HelpLine } from './help-now.tsx';

/**
 * The questions. The frame takes focus so a screen reader starts at the survey, not the page top.
 * It carries the survey's language and direction itself: right to left for Arabic even if
 * survey-core's Arabic words (which would say so too) could not be fetched.
 */
export function SurveyFrame({ model, label, children }: { model: Model; label: string; children?: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  const language = isLanguageCode(model.locale) ? model.locale : DEFAULT_LANGUAGE;
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    document.title = `${label} – You Said`;
  }, [label]);
  return (
    <>
      <section ref={ref} tabIndex={-1} aria-label={label} className="survey-frame" lang={language} dir={appLanguage(language).dir} data-testid="survey">
        <Survey model={model} />
      </section>
      {children}
      <HelpLine />
    </>
  );
}
