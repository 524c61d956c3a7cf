import { useId, useState } from 'react';
import { Loading } from '../../ui.tsx';
import { FormError, LoadError, Saved } from '../fields.tsx';
import type { ApiError } from '../staff-api.ts';
import type { StaffWave } from '../staff-types.ts';
import { useApi } from '../use-api.ts';
import { getComments, putSafeguardingSteps } from '../report/report-calls.ts';
import type { StaffComment } from '../report/report-types.ts';
import { FlaggedCard } from './comment-card.tsx';

const STEPS_MAX = 4000;

/**
 * Comments the redaction flagged as a possible sign that a child is at risk, kept apart from
 * the review queue (they are never quoted), with the council's own steps to follow.
 */
export function SafeguardingTab({ wave }: { wave: StaffWave }) {
  const queue = useApi(`comments:safeguarding:${wave.id}`, (signal) => getComments(wave.id, 'safeguarding', signal));
  const [changed, setChanged] = useState<Record<string, StaffComment>>({});
  const [steps, setSteps] = useState<string | null>(null);

  if (queue.state.kind === 'loading') return <Loading>Loading flagged comments…</Loading>;
  if (queue.state.kind === 'error') return <LoadError error={queue.state.error} onRetry={queue.reload} />;
  const comments = queue.state.value.comments.map((c) => changed[c.id] ?? c);
  const open = comments.filter((c) => c.safeguarding !== 'actioned').length;
  const currentSteps = steps ?? queue.state.value.safeguardingSteps ?? '';

  return (
    <div data-testid="safeguarding">
      <p className="notice small">
        Restricted: only the survey lead sees this. The comments are anonymous, so nobody can be traced from them; follow the council's steps
        below and record each as actioned.
      </p>
      <section className="panel" aria-label="The council's safeguarding steps">
        <h2>What to do</h2>
        {currentSteps.trim() === '' ? (
          <p className="muted">The council has not written its steps yet. Add them below so that whoever reads these knows what to do.</p>
        ) : (
          <p className="steps" data-testid="safeguarding-steps">
            {currentSteps}
          </p>
        )}
        <StepsEditor councilId={wave.councilId} initial={currentSteps} onSaved={setSteps} />
      </section>
      <h2>
        Flagged comments <span className="muted">({open} open)</span>
      </h2>
      {comments.length === 0 ? (
        <p className="muted">No comments have been flagged.</p>
      ) : (
        <ul className="comment-list">
          {comments.map((c) => (
            <li key={c.id}>
              <FlaggedCard comment={c} onChanged={(next) => setChanged((all) => ({ ...all, [next.id]: next }))} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function StepsEditor({ councilId, initial, onSaved }: { councilId: string | number; initial: string; onSaved: (steps: string) => void }) {
  const [text, setText] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | string | null>(null);
  const [saved, setSaved] = useState(false);
  const id = useId();
  return (
    <form
      className="subform"
      onSubmit={async (e) => {
        e.preventDefault();
        setSaved(false);
        if (text.length > STEPS_MAX) {
          setError(`Keep the steps to ${STEPS_MAX} characters or fewer.`);
          return;
        }
        setBusy(true);
        setError(null);
        const result = await putSafeguardingSteps(councilId, text.trim());
        setBusy(false);
        if (!result.ok) setError(result.error);
        else {
          setSaved(true);
          onSaved(text.trim());
        }
      }}
    >
      <h3>Edit the steps</h3>
      <FormError error={error} />
      <label htmlFor={id} className="field-label">
        Steps to follow when a comment is flagged
      </label>
      <p className="field-help">For example: who to tell (the designated safeguarding lead), how quickly, and where to record it.</p>
      <textarea
        id={id}
        className="textarea"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setSaved(false);
        }}
        rows={5}
        data-testid="steps-input"
      />
      <button type="submit" className="button inline" disabled={busy} data-testid="steps-save">
        Save steps
      </button>
      {saved && <Saved>Steps saved.</Saved>}
    </form>
  );
}
