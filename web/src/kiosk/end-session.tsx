import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { endGroupSession } from './group-session-api.ts';

/**
 * The kiosk's only way out: small, in a corner, and it needs the password of the worker who
 * started the session, so a child cannot leave the survey for anything else on the tablet.
 */
export function EndSession({ childInProgress, waiting, onSendNow, onEnded }: {
  childInProgress: boolean;
  /**
   * Finished surveys still on this tablet (waiting for the Wi-Fi, or refused). They can only be
   * sent while the session lasts: ending it deletes them, so the worker must say so on purpose.
   */
  waiting: number;
  onSendNow: () => void;
  onEnded: () => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="kiosk-end" onClick={() => setOpen(true)} data-testid="end-session">
        End session
      </button>
      {open && (
        <EndSessionDialog childInProgress={childInProgress} waiting={waiting} onSendNow={onSendNow} onClose={() => setOpen(false)} onEnded={onEnded} />
      )}
    </>
  );
}

function EndSessionDialog({ childInProgress, waiting, onSendNow, onClose, onEnded }: {
  childInProgress: boolean;
  waiting: number;
  onSendNow: () => void;
  onClose: () => void;
  onEnded: () => void;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [deleteWaiting, setDeleteWaiting] = useState(false);
  const blocked = waiting > 0 && !deleteWaiting;
  const headingId = useId();
  const deleteId = useId();
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
    if (busy || blocked) return;
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
        {waiting > 0 && (
          <div className="notice" role="alert" data-testid="end-session-waiting">
            <p>
              <strong>
                {waiting === 1 ? '1 finished survey has' : `${waiting} finished surveys have`} not been sent from this tablet yet.
              </strong>{' '}
              They can only be sent while this session is running. If you end it now, they will be deleted from the tablet
              and will not count. Connect to the Wi-Fi and wait until none are waiting.
            </p>
            <button type="button" className="button secondary" onClick={onSendNow} data-testid="end-session-send-now">
              Try sending them now
            </button>
            <label htmlFor={deleteId} className="choice">
              <input
                id={deleteId}
                type="checkbox"
                checked={deleteWaiting}
                onChange={(e) => setDeleteWaiting(e.target.checked)}
                data-testid="end-session-delete-waiting"
              />
              End anyway, and delete {waiting === 1 ? 'it' : 'them'}
            </label>
          </div>
        )}
        {childInProgress && <p className="notice">The answers on the screen now have not been sent, and will be cleared.</p>}
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
          <button type="submit" className="button" disabled={busy || blocked} data-testid="end-session-submit">
            {busy ? 'Ending…' : 'End session'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
