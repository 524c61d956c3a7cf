import { useId, useRef, useState } from 'react';
import type { AgeBand } from '@you-said/surveys';
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
}

/** Before the questions: it is anonymous, anything can be skipped, and where help is. */
export function StartScreen(props: StartScreenProps) {
  const { band, asksMode, title, councilName, advocacyService, mode, onModeChange, readiness, onReload, onStart } = props;
  const [modeMissing, setModeMissing] = useState(false);
  const modeHintId = useId();
  const firstModeRef = useRef<HTMLInputElement>(null);

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
      <PageHeading title={title}>{title}</PageHeading>

      {band === '4-7' ? (
        <>
          <p className="lead">A grown-up reads this with you.</p>
          <p className="note">
            For the grown-up: read each question out loud and let the child choose their own answer. A few questions at the
            end are for you to answer.
          </p>
        </>
      ) : (
        <p className="lead">Tell {councilName} how life is going for you.</p>
      )}

      <ul className="promises">
        <li>
          <strong>Nobody will know these are your answers.</strong> You don't give your name.
        </li>
        <li>
          <strong>You can skip any question.</strong> Just leave it and go on.
        </li>
        <li>There are no right or wrong answers.</li>
      </ul>

      <HelpNow advocacyService={advocacyService} band={band} heading="If something worries you, you can get help now" />

      {asksMode && (
        <fieldset className="choices" aria-describedby={modeMissing ? modeHintId : undefined}>
          <legend>Who is with you?</legend>
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
            Just me
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
            {band === '16-25' ? 'Someone is helping me' : 'An adult is helping me'}
          </label>
          {modeMissing && (
            <p id={modeHintId} className="field-hint" role="alert">
              Choose one first, then press Start.
            </p>
          )}
        </fieldset>
      )}

      {readiness === 'unavailable' && <LoadFailed onRetry={onReload} />}
      {readiness === 'not_found' && (
        <p className="notice" role="alert">
          This survey isn't available right now. Please tell the adult who gave you the link.
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
          {readiness === 'ready' ? 'Start' : 'Getting the questions ready…'}
        </button>
      )}
    </section>
  );
}
