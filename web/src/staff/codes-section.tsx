import { useId, useState, type FormEvent } from 'react';
import type { AgeBand } from '@you-said/surveys';
import { Loading } from '../ui.tsx';
import { dateInWords } from '../wave-dates.ts';
import { BAND_LABEL } from './dashboard-view.ts';
import { Field, FormError, LoadError, Saved } from './fields.tsx';
import { sortFieldProblems } from './form-check.ts';
import type { ApiError } from './staff-api.ts';
import { issueCodes, listBatches, revokeCard } from './staff-calls.ts';
import type { Id, IssuedBatch } from './staff-types.ts';
import { useApi } from './use-api.ts';

const ISSUE_FIELDS = ['band', 'count', 'label'] as const;
type IssueField = (typeof ISSUE_FIELDS)[number];
const MAX_CODES = 500;

/**
 * One-time access codes: issue a batch (printed at once; the server keeps only hashes), see how
 * many of each batch are spent or revoked, and cancel a lost card by its serial number.
 */
export function CodesSection({ waveId, bands, issued, onIssued, onPrint, onForget }: {
  waveId: Id;
  bands: AgeBand[];
  issued: IssuedBatch | null;
  onIssued: (issued: IssuedBatch) => void;
  onPrint: () => void;
  onForget: () => void;
}) {
  const batches = useApi(`batches:${waveId}`, (signal) => listBatches(waveId, signal));
  const headingId = useId();
  const batchesHeadingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId} data-testid="codes">
      <h2 id={headingId}>Access codes</h2>
      <p className="muted">
        Each code works once. Codes are printed on cards for young people; only a scrambled copy is kept, so a code cannot be looked
        up or shown again later.
      </p>

      {issued && (
        <div className="warning-box" role="alert" data-testid="codes-warning">
          <p>
            <strong>
              {issued.codes.length} {issued.codes.length === 1 ? 'code' : 'codes'} issued for {BAND_LABEL[issued.batch.band]}.
            </strong>{' '}
            Print them now: they are only on this page, and cannot be shown again once you leave it.
          </p>
          <div className="actions">
            <button type="button" className="button inline" onClick={onPrint} data-testid="print-cards">
              Print the cards
            </button>
            <button
              type="button"
              className="button secondary inline"
              onClick={() => {
                if (window.confirm('Have you printed the cards? The codes will be gone from this page for good.')) onForget();
              }}
              data-testid="forget-codes"
            >
              I've printed them
            </button>
          </div>
        </div>
      )}

      <IssueForm waveId={waveId} bands={bands} onIssued={(i) => (onIssued(i), batches.reload())} />

      <h3 id={batchesHeadingId}>Batches</h3>
      {batches.state.kind === 'loading' && <Loading />}
      {batches.state.kind === 'error' && <LoadError error={batches.state.error} onRetry={batches.reload} />}
      {batches.state.kind === 'ok' &&
        (batches.state.value.length === 0 ? (
          <p className="muted">No codes issued yet.</p>
        ) : (
          <div className="table-wrap">
            <table className="table" aria-labelledby={batchesHeadingId}>
              <thead>
                <tr>
                  <th scope="col">Age band</th>
                  <th scope="col">Label</th>
                  <th scope="col">Issued</th>
                  <th scope="col" className="num">
                    Cards
                  </th>
                  <th scope="col" className="num">
                    Used
                  </th>
                  <th scope="col" className="num">
                    Cancelled
                  </th>
                </tr>
              </thead>
              <tbody>
                {batches.state.value.map((b) => (
                  <tr key={String(b.id)} data-testid="batch-row">
                    <td>{BAND_LABEL[b.band]}</td>
                    <td>{b.label ?? <span className="muted">—</span>}</td>
                    <td>{b.issuedOn ? dateInWords(b.issuedOn) : ''}</td>
                    <td className="num">{b.count}</td>
                    <td className="num" data-testid="batch-spent">
                      {b.spent}
                    </td>
                    <td className="num" data-testid="batch-revoked">
                      {b.revoked}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}

      {batches.state.kind === 'ok' && batches.state.value.length > 0 && (
        <RevokeForm
          batches={batches.state.value.map((b) => ({ id: b.id, name: `${BAND_LABEL[b.band]}${b.label ? ` – ${b.label}` : ''} (${b.issuedOn ? dateInWords(b.issuedOn) : ''})` }))}
          onRevoked={batches.reload}
        />
      )}
    </section>
  );
}

function IssueForm({ waveId, bands, onIssued }: { waveId: Id; bands: AgeBand[]; onIssued: (issued: IssuedBatch) => void }) {
  const [band, setBand] = useState<AgeBand | ''>(bands.length === 1 ? (bands[0] ?? '') : '');
  const [count, setCount] = useState('');
  const [label, setLabel] = useState('');
  const [problems, setProblems] = useState<Partial<Record<IssueField, string>>>({});
  const [error, setError] = useState<ApiError | string | null>(null);
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const bandId = useId();
  const bandErrorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found: Partial<Record<IssueField, string>> = {};
    const n = Number(count.trim());
    if (band === '') found.band = 'Choose the age band the cards are for.';
    if (!/^\d+$/.test(count.trim()) || n < 1 || n > MAX_CODES) found.count = `Enter how many cards, from 1 to ${MAX_CODES}.`;
    setProblems(found);
    setOther([]);
    if (Object.keys(found).length > 0 || band === '') {
      setError('Check the highlighted fields.');
      return;
    }
    setBusy(true);
    setError(null);
    const trimmed = label.trim();
    const result = await issueCodes(waveId, { band, count: n, ...(trimmed !== '' ? { label: trimmed } : {}) });
    setBusy(false);
    if (result.ok) {
      setCount('');
      setLabel('');
      onIssued(result.value);
    } else {
      const sorted = sortFieldProblems(result.error.fieldProblems, ISSUE_FIELDS);
      setProblems(sorted.byField);
      setOther(sorted.other);
      setError(result.error);
    }
  };

  return (
    <form className="subform" onSubmit={submit} noValidate aria-label="Issue codes" data-testid="issue-form">
      <h3>Issue a batch of cards</h3>
      <FormError error={error} other={other} testId="issue-error" />
      <div className="field-row">
        <div className="field">
          <label htmlFor={bandId} className="field-label">
            Age band
          </label>
          <select
            id={bandId}
            className="select"
            value={band}
            onChange={(e) => setBand(e.target.value as AgeBand | '')}
            aria-invalid={problems.band ? true : undefined}
            aria-describedby={problems.band ? bandErrorId : undefined}
            data-testid="issue-band"
          >
            <option value="">Choose…</option>
            {bands.map((b) => (
              <option key={b} value={b}>
                {BAND_LABEL[b]}
              </option>
            ))}
          </select>
          {problems.band && (
            <p id={bandErrorId} className="field-hint">
              {problems.band}
            </p>
          )}
        </div>
        <Field
          label="How many cards"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_CODES}
          value={count}
          onChange={(e) => setCount(e.target.value)}
          error={problems.count}
          className="narrow"
          testId="issue-count"
        />
      </div>
      <Field
        label="Label (optional)"
        hint="For you, not printed: e.g. “Leaving care forum, March”."
        value={label}
        onChange={(e) => setLabel(e.target.value)}
        error={problems.label}
        maxLength={100}
        testId="issue-label"
      />
      <button type="submit" className="button inline" disabled={busy} data-testid="issue-submit">
        {busy ? 'Issuing…' : 'Issue codes'}
      </button>
    </form>
  );
}

function RevokeForm({ batches, onRevoked }: { batches: { id: Id; name: string }[]; onRevoked: () => void }) {
  const [batchId, setBatchId] = useState(batches.length === 1 ? String(batches[0]?.id) : '');
  const [serial, setSerial] = useState('');
  const [problems, setProblems] = useState<{ batch?: string; serial?: string }>({});
  const [error, setError] = useState<ApiError | string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const batchFieldId = useId();
  const batchErrorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const batch = batches.find((b) => String(b.id) === batchId);
    const typed = serial.trim().replace(/^no\.?\s*/i, '');
    const found: { batch?: string; serial?: string } = {};
    if (!batch) found.batch = 'Choose the batch the card came from.';
    if (typed === '') found.serial = 'Enter the number printed on the card (“No. …”).';
    setProblems(found);
    setDone(null);
    if (!batch || typed === '') {
      setError('Check the highlighted fields.');
      return;
    }
    setBusy(true);
    setError(null);
    // Serial numbers are printed as numbers; sent as one when they are one.
    const result = await revokeCard(batch.id, /^\d+$/.test(typed) && Number.isSafeInteger(Number(typed)) ? Number(typed) : typed);
    setBusy(false);
    if (result.ok) {
      setSerial('');
      setDone(`Card No. ${result.value.serial} is cancelled: its code will not work. Issue a batch of 1 for the young person.`);
      onRevoked();
    } else {
      const field = result.error.fieldProblems.find((p) => p.field === 'serial');
      setProblems(field ? { serial: field.message } : {});
      setError(result.error);
    }
  };

  return (
    <form className="subform" onSubmit={submit} noValidate aria-label="Cancel a lost card" data-testid="revoke-form">
      <h3>Cancel a lost card</h3>
      <FormError error={error} testId="revoke-error" />
      {done && (
        <div data-testid="revoke-done">
          <Saved>{done}</Saved>
        </div>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor={batchFieldId} className="field-label">
            Batch
          </label>
          <select
            id={batchFieldId}
            className="select"
            value={batchId}
            onChange={(e) => setBatchId(e.target.value)}
            aria-invalid={problems.batch ? true : undefined}
            aria-describedby={problems.batch ? batchErrorId : undefined}
            data-testid="revoke-batch"
          >
            <option value="">Choose…</option>
            {batches.map((b) => (
              <option key={String(b.id)} value={String(b.id)}>
                {b.name}
              </option>
            ))}
          </select>
          {problems.batch && (
            <p id={batchErrorId} className="field-hint">
              {problems.batch}
            </p>
          )}
        </div>
        <Field
          label="Card number"
          hint="The “No.” printed on the card."
          value={serial}
          onChange={(e) => setSerial(e.target.value)}
          error={problems.serial}
          className="narrow"
          testId="revoke-serial"
        />
      </div>
      <button type="submit" className="button inline danger" disabled={busy} data-testid="revoke-submit">
        {busy ? 'Cancelling…' : 'Cancel this card'}
      </button>
    </form>
  );
}
