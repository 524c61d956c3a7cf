import { useState } from 'react';
import { localisedText } from '../language/languages.ts';
import { useDocumentLanguage, useMessages, usePreferences, useShownLanguage } from '../language/preferences.ts';
import { LoadFailed, PageHeading } from '../ui.tsx';

export type Readiness = 'loading' | 'ready' | 'unavailable' | 'not_found';

/**
 * Shown instead of the start screen when this device holds answers to this very survey: the
 * child can carry on where they left off, or clear them and start again.
 */
export function ResumeOffer({ title, localisedTitle, councilName, refusal, readiness, onReload, onCarryOn, onStartAgain }: {
  title: string;
  /** the instrument's title in each of its languages, once it has loaded */
  localisedTitle?: unknown;
  councilName: string;
  /** what the server said when it refused these answers, if it did */
  refusal: string | undefined;
  readiness: Readiness;
  onReload: () => void;
  onCarryOn: () => void;
  onStartAgain: () => void;
}) {
  // In the language the child was answering in (see SurveySession), once its words are here.
  const { language } = usePreferences();
  const m = useMessages();
  useDocumentLanguage(language);
  const shownTitle = localisedText(localisedTitle, useShownLanguage(language)) ?? title;
  return (
    <section className="start" data-testid="resume-offer">
      <p className="eyebrow">{councilName}</p>
      <PageHeading title={title}>{m.welcomeBack}</PageHeading>
      {refusal !== undefined ? (
        <div className="error-box" role="alert" data-testid="resume-refusal">
          <p>
            <strong>{m.resumeRefused}</strong> {m.resumeRefusedSaid} <bdi lang="en">{refusal}</bdi>
          </p>
          <p>{m.resumeRefusedNext}</p>
        </div>
      ) : (
        <p className="lead">{m.resumeLead(shownTitle)}</p>
      )}

      {readiness === 'unavailable' && <LoadFailed onRetry={onReload} />}
      {readiness === 'not_found' && (
        <p className="notice" role="alert">
          {m.notAvailable}
        </p>
      )}
      <div className="band-list">
        {(readiness === 'ready' || readiness === 'loading') && (
          <button type="button" className="button" onClick={onCarryOn} disabled={readiness !== 'ready'} data-testid="resume-survey">
            {readiness === 'ready' ? m.carryOn : m.gettingReady}
          </button>
        )}
        <button type="button" className="button secondary" onClick={onStartAgain} data-testid="start-again">
          {m.startAgain}
        </button>
      </div>
      <p className="note">{m.resumeNote(m.startAgain)}</p>
    </section>
  );
}

/**
 * Under the questions on the child's own device: clears the answers kept here and goes back to
 * the start. Asks once more first, in the page (no browser dialog), since it cannot be undone.
 */
export function StartAgain({ onStartAgain }: { onStartAgain: () => void }) {
  const [asking, setAsking] = useState(false);
  const m = useMessages();
  if (!asking) {
    return (
      <p className="start-again">
        <button type="button" className="button secondary" onClick={() => setAsking(true)} data-testid="start-again">
          {m.startAgain}
        </button>
      </p>
    );
  }
  return (
    <div className="notice" role="group" aria-label={`${m.startAgain}?`} data-testid="start-again-confirm">
      <p>{m.startAgainConfirm}</p>
      <div className="band-list">
        <button type="button" className="button" onClick={onStartAgain} data-testid="start-again-yes">
          {m.startAgainYes}
        </button>
        <button type="button" className="button secondary" onClick={() => setAsking(false)} data-testid="start-again-no">
          {m.startAgainNo}
        </button>
      </div>
    </div>
  );
}
