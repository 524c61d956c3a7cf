import { useId, useState, type FormEvent } from 'react';
import { localIsoDate } from '../wave-dates.ts';
import { BAND_LABEL } from './dashboard-view.ts';
import { checkEligible, eligibleFieldFor, eligibleRows, type EligibleProblems, type EligibleRow } from './eligible-check.ts';
import { Field, FormError, Saved } from './fields.tsx';
import type { ApiError } from './staff-api.ts';
import { putEligible } from './staff-calls.ts';
import type { StaffWave } from './staff-types.ts';

/**
 * How many children are eligible in each band: the denominator of the response rate. An
 * aggregate number the council counts from its own records; never a list of children.
 */
export function EligibleForm({ wave, onSaved }: { wave: StaffWave; onSaved: (wave: StaffWave) => void }) {
  const [rows, setRows] = useState<EligibleRow[]>(() => eligibleRows(wave, localIsoDate()));
  const [problems, setProblems] = useState<EligibleProblems>({});
  const [error, setError] = useState<ApiError | string | null>(null);
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const headingId = useId();

  const update = (index: number, change: Partial<EligibleRow>) => {
    setSaved(false);
    setRows((all) => all.map((row, i) => (i === index ? { ...row, ...change } : row)));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkEligible(rows);
    setProblems(checked.problems);
    setOther([]);
    setSaved(false);
    if (!checked.counts) {
      setError('Check the highlighted fields.');
      return;
    }
    setBusy(true);
    setError(null);
    const sent = checked.counts;
    const result = await putEligible(wave.id, sent);
    setBusy(false);
    if (result.ok) {
      setSaved(true);
      onSaved(result.value);
    } else {
      const byField: EligibleProblems = {};
      const rest: string[] = [];
      for (const p of result.error.fieldProblems) {
        const field = eligibleFieldFor(p.field, sent);
        if (/^[\d-]+\.(eligible|countedOn)$/.test(field)) byField[field] ??= p.message;
        else rest.push(p.message);
      }
      setProblems(byField);
      setOther(rest);
      setError(result.error);
    }
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Eligible children</h2>
      <p className="muted">
        How many children and young people in each band could take part (looked after for more than about 4 weeks; care leavers with
        an open case). A number only: leave a band empty until it has been counted.
      </p>
      <form onSubmit={submit} noValidate data-testid="eligible-form">
        <FormError error={error} other={other} testId="eligible-error" />
        {rows.map((row, i) => (
          <fieldset key={row.band} className="fieldset eligible-row">
            <legend className="field-label">{BAND_LABEL[row.band]}</legend>
            <div className="field-row">
              <Field
                label="Number eligible"
                type="number"
                inputMode="numeric"
                min={0}
                step={1}
                value={row.eligible}
                onChange={(e) => update(i, { eligible: e.target.value })}
                error={problems[`${row.band}.eligible`]}
                className="narrow"
                testId={`eligible-${row.band}`}
              />
              <Field
                label="Counted on"
                type="date"
                value={row.countedOn}
                onChange={(e) => update(i, { countedOn: e.target.value })}
                error={problems[`${row.band}.countedOn`]}
                testId={`counted-on-${row.band}`}
              />
            </div>
          </fieldset>
        ))}
        <button type="submit" className="button inline" disabled={busy} data-testid="eligible-submit">
          {busy ? 'Saving…' : 'Save eligible numbers'}
        </button>
        {saved && <Saved>Saved. The response rates below use these numbers.</Saved>}
      </form>
    </section>
  );
}
