import { useId, useState } from 'react';
import { DEFAULT_IDLE_MINUTES } from '../kiosk/idle.ts';
import { GROUP_PATH } from '../routes.ts';
import { Field, FormError } from './fields.tsx';
import type { ApiError } from './staff-api.ts';
import { startGroupSession } from './staff-calls.ts';
import type { StaffWave } from './staff-types.ts';

/**
 * Turns this device into a group-session kiosk for the wave. The server signs the staff session
 * out on this device as it starts, so a child on the tablet can reach nothing of the staff side.
 */
export function GroupSessionStart({ wave }: { wave: StaffWave }) {
  const [open, setOpen] = useState(false);
  const [minutes, setMinutes] = useState(String(DEFAULT_IDLE_MINUTES));
  const [error, setError] = useState<ApiError | string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = useId();

  const start = async () => {
    const idle = Number(minutes);
    if (!Number.isFinite(idle) || idle < 1 || idle > 30) {
      setError('Choose between 1 and 30 minutes.');
      return;
    }
    setBusy(true);
    setError(null);
    const result = await startGroupSession(wave.id);
    if (!result.ok) {
      setBusy(false);
      setError(result.error);
      return;
    }
    // A fresh page for the kiosk, in place of this one: nothing of the staff app (the CSRF token
    // included) stays in memory, and Back does not lead to this page. The server has already
    // signed the staff session out on this device.
    window.location.replace(`${GROUP_PATH}?idle=${encodeURIComponent(String(idle))}`);
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Group session</h2>
      {wave.state !== 'open' ? (
        <p className="muted">You can start a group session on a tablet while the wave is open.</p>
      ) : !open ? (
        <>
          <p>Use this tablet for a group session: young people take turns, each with a fresh survey, and no one can see another's answers.</p>
          <button type="button" className="button inline" onClick={() => setOpen(true)} data-testid="start-group-session">
            Start a group session on this device
          </button>
        </>
      ) : (
        <div className="subform">
          <FormError error={error} testId="group-session-error" />
          <ul>
            <li>You will be signed out on this device, and it will show only the survey.</li>
            <li>
              To end the session you will need <strong>your password</strong> (the “End session” button in the corner).
            </li>
            <li>If nobody touches the tablet for a while, the answers on screen are cleared.</li>
          </ul>
          <Field
            label="Clear unfinished answers after (minutes)"
            type="number"
            inputMode="numeric"
            min={1}
            max={30}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
            className="narrow"
            testId="group-idle-minutes"
          />
          <div className="actions">
            <button type="button" className="button inline" onClick={start} disabled={busy} data-testid="start-group-session-confirm">
              {busy ? 'Starting…' : 'Start the session'}
            </button>
            <button type="button" className="button secondary inline" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
