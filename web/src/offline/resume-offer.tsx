import { useState } from 'react';
import { useMessages } from '../language/preferences.ts';
import { LoadFailed, PageHeading } from '../ui.tsx';

export type Readiness = 'loading' | 'ready' | 'unavailable' | 'not_found';

/**
 * Shown instead of the start screen when this device holds answers to this very survey: the
 * child can carry on where they left off, or clear them and start again.
 */
export function ResumeOffer({ title, councilName, refusal, readiness, onReload, onCarryOn, onStartAgain }: {
  title: string;
  councilName: string;
  /** what the server said when it refused these answers, if it did */
  refusal: string | undefined;
  readiness: Readiness;
  onReload: () => void;
  onCarryOn: () => void;
  onStartAgain: () => void;
}) {
  return (
    <section className="start" data-testid="resume-offer">
      <p className="eyebrow">{councilName}</p>
      <PageHeading title={title}>Welcome back</PageHeading>
      {refusal !== undefined ? (
        <div className="error-box" role="alert" data-testid="resume-refusal">
          <p>
            <strong>Your answers have not been saved by the survey yet.</strong> It said: {refusal}
          </p>
          <p>They are still on this device. Carry on to check them, then send them again.</p>
        </div>
      ) : (
        <p className="lead">You started “{title}” on this device. Your answers so far are saved here.</p>
      )}

      {readiness === 'unavailable' && <LoadFailed onRetry={onReload} />}
      {readiness === 'not_found' && (
        <p className="notice" role="alert">
          This survey isn't available right now. Please tell the adult who gave you the link.
        </p>
      )}
      <div className="band-list">
        {(readiness === 'ready' || readiness === 'loading') && (
          <button type="button" className="button" onClick={onCarryOn} disabled={readiness !== 'ready'} data-testid="resume-survey">
            {readiness === 'ready' ? 'Carry on where I left off' : 'Getting the questions ready…'}
          </button>
        )}
        <button type="button" className="button secondary" onClick={onStartAgain} data-testid="start-again">
          Start again
        </button>
      </div>
      <p className="note">
        Your answers are kept only on this device, and only until they are sent. <strong>Start again</strong> clears
        them. If other people use this device, you can clear them now.
      </p>
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
