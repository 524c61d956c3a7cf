import { useId, useState } from 'react';
import type { ApiResult } from '../staff-api.ts';
import { changeComment } from '../report/report-calls.ts';
import type { CommentChange, StaffComment, Theme } from '../report/report-types.ts';
import { bandLabel } from '../report/report-view.ts';
import { changeErrorMessage, flagWords, maskedWords, themeChips, withoutTheme, withTheme } from './comments-view.ts';

/** Shared by both queues: the comment as stored, what was masked, and where it came from. */
export function CommentHead({ comment }: { comment: StaffComment }) {
  return (
    <>
      <p className="comment-meta">
        <span>{bandLabel(comment.band)}</span>
        {comment.question && <span>Asked: {comment.question}</span>}
      </p>
      <p className="comment-text" data-testid="comment-text">
        {comment.text}
      </p>
      {comment.masked.length > 0 && (
        <p className="comment-meta">
          <span>Masked before it was stored:</span>
          <span className="masked-kinds">
            {comment.masked.map((kind) => (
              <span key={kind} className="masked-kind">
                {maskedWords(kind)}
              </span>
            ))}
          </span>
        </p>
      )}
    </>
  );
}

/** One comment in the review queue: its themes as chips, and approving it as a quote. */
export function CommentCard({ comment, themes, onChanged }: { comment: StaffComment; themes: Theme[]; onChanged: (c: StaffComment) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const addId = useId();
  const chips = themeChips(comment, themes);

  const change = async (body: CommentChange) => {
    setBusy(true);
    setError(null);
    const result: ApiResult<StaffComment> = await changeComment(comment.id, body);
    setBusy(false);
    if (result.ok) onChanged(result.value);
    else setError(changeErrorMessage(result.error));
  };

  return (
    <article className="comment" data-testid="comment" data-comment-id={comment.id} aria-label={`Comment from ${bandLabel(comment.band)}`}>
      <CommentHead comment={comment} />

      <div className="comment-themes">
        <p className="comment-meta">
          <strong>Themes</strong>
          <span data-testid="review-state">{comment.themes === null ? 'not reviewed yet' : comment.themes.length === 0 ? 'reviewed: no theme' : 'reviewed'}</span>
        </p>
        {chips.confirmed.length > 0 && (
          <ul className="chips" aria-label="Confirmed themes">
            {chips.confirmed.map((t) => (
              <li key={t.id}>
                <button
                  type="button"
                  className="chip confirmed"
                  disabled={busy}
                  aria-label={`Remove theme ${t.label}`}
                  onClick={() => change({ themes: withoutTheme(comment, t.id) })}
                  data-testid="theme-confirmed"
                >
                  {t.label} <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {chips.suggested.length > 0 && (
          <ul className="chips" aria-label="Suggested themes: one click confirms">
            {chips.suggested.map((t) => (
              <li key={t.id}>
                <button
                  type="button"
                  className="chip suggested"
                  disabled={busy}
                  aria-label={`Confirm suggested theme ${t.label}`}
                  onClick={() => change({ themes: withTheme(comment, t.id) })}
                  data-testid="theme-suggested"
                >
                  <span aria-hidden="true">+</span> {t.label}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="actions">
          {chips.others.length > 0 && (
            <span>
              <select
                id={addId}
                aria-label="Add another theme"
                className="select inline-select"
                value=""
                disabled={busy}
                onChange={(e) => {
                  if (e.target.value) void change({ themes: withTheme(comment, e.target.value) });
                }}
                data-testid="theme-add"
              >
                <option value="">Add another theme…</option>
                {chips.others.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.label}
                  </option>
                ))}
              </select>
            </span>
          )}
          {comment.themes === null && chips.suggested.length > 1 && (
            <button
              type="button"
              className="button secondary inline"
              disabled={busy}
              onClick={() => change({ themes: chips.suggested.map((t) => t.id) })}
              data-testid="confirm-suggested"
            >
              Confirm all suggested
            </button>
          )}
          {comment.themes === null && (
            <button type="button" className="button secondary inline" disabled={busy} onClick={() => change({ themes: [] })} data-testid="no-theme">
              No theme fits
            </button>
          )}
        </div>
      </div>

      <div className="comment-quote">
        {comment.quote === 'approved' ? (
          <p className="comment-meta">
            <span className="badge badge-open" data-testid="quote-approved">
              Approved as a quote
            </span>
            <button type="button" className="button secondary inline" disabled={busy} onClick={() => change({ quote: 'none' })} data-testid="unapprove-quote">
              Withdraw quote
            </button>
          </p>
        ) : (
          <button type="button" className="button inline" disabled={busy} onClick={() => change({ quote: 'approved' })} data-testid="approve-quote">
            Approve as a quote
          </button>
        )}
      </div>
      {error && (
        <div className="error-box" role="alert" data-testid="comment-error">
          <p>{error}</p>
        </div>
      )}
    </article>
  );
}

/** A flagged comment in the safeguarding queue: why it was flagged, and whether it has been acted on. */
export function FlaggedCard({ comment, onChanged }: { comment: StaffComment; onChanged: (c: StaffComment) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const set = async (safeguarding: 'open' | 'actioned') => {
    setBusy(true);
    setError(null);
    const result = await changeComment(comment.id, { safeguarding });
    setBusy(false);
    if (result.ok) onChanged(result.value);
    else setError(changeErrorMessage(result.error));
  };
  return (
    <article className="comment flag-box" data-testid="flagged-comment" aria-label={`Flagged comment from ${bandLabel(comment.band)}`}>
      <CommentHead comment={comment} />
      {comment.flagReasons.length > 0 && (
        <p className="comment-meta">
          <strong>Flagged because it {comment.flagReasons.map(flagWords).join(', and ')}</strong>
        </p>
      )}
      <p className="comment-meta">
        <span data-testid="safeguarding-state">{comment.safeguarding === 'actioned' ? 'Actioned' : 'Open: follow the steps above'}</span>
      </p>
      {comment.safeguarding === 'actioned' ? (
        <button type="button" className="button secondary inline" disabled={busy} onClick={() => set('open')} data-testid="reopen">
          Reopen
        </button>
      ) : (
        <button type="button" className="button inline" disabled={busy} onClick={() => set('actioned')} data-testid="mark-actioned">
          Mark actioned
        </button>
      )}
      {error && (
        <div className="error-box" role="alert">
          <p>{error}</p>
        </div>
      )}
    </article>
  );
}
