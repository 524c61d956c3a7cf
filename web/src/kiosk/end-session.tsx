import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { endGroupSession } from './group-session-api.ts';

/**
 * The kiosk's only way out: small, in a corner, and it needs the password of the worker who
 * started the session, so a child cannot leave the survey for anything else on the tablet.
 */
export function EndSession({ childInProgress, sending, onEnded }: {
  childInProgress: boolean;
  /** A child's answers are on their way: ending now could lose them. */
  sending: boolean;
  onEnded: () => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="kiosk-end" onClick={() => setOpen(true)} data-testid="end-session">
        End session
      </button>
      {open && <EndSessionDialog childInProgress={childInProgress} sending={sending} onClose={() => setOpen(false)} onEnded={onEnded} />}
    </>
  );
}

function EndSessionDialog({ childInProgress, sending, onClose, onEnded }: {
  childInProgress: boolean;
  sending: boolean;
  onClose: () => void;
  onEnded: () => void;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const passwordId = useId();
  const errorId = useId();

  useEffect(() => {
    // No close() on cleanup: the dialog closes as it leaves the page, and a close() here would
    // fire a late 'close' event that shuts it again after React's development re-run.
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || sending) return;
    if (password === '') {
      setError('Type your password first.');
      return;
    }
    setBusy(true);
    const outcome = await endGroupSession(password);
    setBusy(false);
    if (outcome.kind === 'ended') {
      setPassword('');
      onEnded();
    } else {
      setError(outcome.kind === 'refused' ? outcome.message : "We couldn't reach the server. Check the Wi-Fi, then try again.");
    }
  };

  return (
    // Escape closes a modal dialog natively; keep React's state in step with it.
    <dialog ref={dialogRef} className="kiosk-dialog" aria-labelledby={headingId} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id={headingId}>End the group session?</h2>
        <p>For the worker running the session: type your password to end it on this tablet.</p>
        {sending ? (
          <p className="notice" role="status">
            A young person's answers are still being sent. Wait for the thank-you screen before you end the session.
          </p>
        ) : (
          childInProgress && <p className="notice">The answers on the screen now have not been sent, and will be cleared.</p>
        )}
        <label htmlFor={passwordId} className="field-label">
          Your password
        </label>
        <input
          id={passwordId}
          className="text-input"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={error !== null ? true : undefined}
          aria-describedby={error !== null ? errorId : undefined}
          data-testid="end-session-password"
        />
        {error !== null && (
          <p id={errorId} className="field-hint" role="alert" data-testid="end-session-error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button secondary" onClick={onClose} data-testid="end-session-cancel">
            Cancel
          </button>
          <button type="submit" className="button" disabled={busy || sending} data-testid="end-session-submit">
            {busy ? 'Ending…' : 'End session'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
